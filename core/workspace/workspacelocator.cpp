#include "workspacelocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tailor {

Result<LocatedWorkspace> WorkspaceLocator::locate(const QString &commandLine, const QString &environment,
                                                  const QString &lastUsed, const QString &defaultPath)
{
    const auto pick = [](const QString &text, LocatedWorkspace::Source source) -> Result<LocatedWorkspace> {
        auto url = DatabaseUrl::parse(text);
        if (!url)
            return url.error();
        return LocatedWorkspace{url.value(), source};
    };
    if (!commandLine.trimmed().isEmpty())
        return pick(commandLine, LocatedWorkspace::Source::CommandLine);
    if (!environment.trimmed().isEmpty()) {
        auto located = pick(environment, LocatedWorkspace::Source::Environment);
        if (!located)
            return Error::badInput(QCoreApplication::translate("tailor::WorkspaceLocator", "TAILOR_DB: %1")
                                       .arg(located.error().message));
        return located;
    }
    if (!lastUsed.trimmed().isEmpty()) {
        if (auto located = pick(lastUsed, LocatedWorkspace::Source::LastUsed))
            return located;
    }
    return LocatedWorkspace{DatabaseUrl::sqliteFile(defaultPath), LocatedWorkspace::Source::Default};
}

QString WorkspaceLocator::defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workspace.tailor");
}

} // namespace tailor
