// CliContext carries what every tailor-cli command needs: the global options (--db, --as, --json), the
// output streams, opening the workspace they name, and turning a core Error into the message on stderr
// and the exit code (0 ok, 1 failed check or refused action, 2 bad usage or input).
#pragma once

#include "result.h"
#include "workspace/workspace.h"
#include "workspace/workspacelocator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>

namespace tailor::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitCheckFailed = 1,
    ExitBadUsage = 2
};

class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err);

    QString dbOption;
    QString asOption;
    bool json = false;

    QTextStream &out;
    QTextStream &err;

    Result<LocatedWorkspace> locate() const;
    Result<std::shared_ptr<Workspace>> open(bool migrate = true) const;

    // Prints "tailor-cli: <message>" on stderr and returns the exit code for the error's kind.
    int fail(const Error &error) const;
    int usageError(const QString &message) const;
    void printJson(const QJsonValue &value) const;
};

struct CommandSpec
{
    QString area;
    QString verb;
    QString summary;
    QString description;
    QList<QCommandLineOption> options;
    QList<std::pair<QString, QString>> positionals; // name, description
    std::function<int(CliContext &, const QCommandLineParser &)> run;
    // How many trailing positionals may be left out, and whether the last one may repeat (FILE...).
    int optionalPositionals = 0;
    bool lastRepeats = false;
};

} // namespace tailor::cli
