// WorkspaceLocator decides which workspace to open: --db, then TAILOR_DB, then the last workspace in
// settings, then the default file under the user's application data folder.
#pragma once

#include "result.h"
#include "storage/databaseurl.h"

namespace tailor {

struct LocatedWorkspace
{
    enum class Source
    {
        CommandLine,
        Environment,
        LastUsed,
        Default
    };
    DatabaseUrl url;
    Source source = Source::Default;
};

class WorkspaceLocator
{
public:
    static Result<LocatedWorkspace> locate(const QString &commandLine, const QString &environment,
                                           const QString &lastUsed, const QString &defaultPath);
    // QStandardPaths::AppDataLocation/workspace.tailor
    static QString defaultWorkspacePath();
};

} // namespace tailor
