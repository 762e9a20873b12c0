#include "clicontext.h"

#include "settings/settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tailor::cli {

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : out(out)
    , err(err)
{}

Result<LocatedWorkspace> CliContext::locate() const
{
    const Settings settings;
    return WorkspaceLocator::locate(dbOption, qEnvironmentVariable("TAILOR_DB"), settings.lastWorkspace(),
                                    WorkspaceLocator::defaultWorkspacePath());
}

Result<std::shared_ptr<Workspace>> CliContext::open(bool migrate) const
{
    auto located = locate();
    if (!located)
        return located.error();
    Workspace::OpenOptions options;
    options.migrate = migrate;
    options.operatorOverride = asOption;
    return Workspace::open(located.value().url, options);
}

int CliContext::fail(const Error &error) const
{
    err << QStringLiteral("tailor-cli: ") << error.message << Qt::endl;
    // A conflict (someone saved in between, the thing already exists or is already so) is an action the
    // workspace refused, not a mistake in the command line: scripts retry or rebase on 1, fix their call
    // on 2.
    switch (error.kind) {
    case Error::Kind::BadInput:
    case Error::Kind::NotFound:
        return ExitBadUsage;
    case Error::Kind::Conflict:
    case Error::Kind::PermissionDenied:
    case Error::Kind::Failed:
        return ExitCheckFailed;
    }
    return ExitCheckFailed;
}

int CliContext::usageError(const QString &message) const
{
    return fail(Error::badInput(message));
}

void CliContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace tailor::cli
