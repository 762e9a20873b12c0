// DemoWorkspace builds the synthetic demo workspace: it writes a deterministic MovieLens-100K-style data
// set (u.item in Latin-1 with 18 genres, u.user, u.data ratings over one year, plus a generic CSV with
// e-mail addresses marked as PII and consent, about 5% refused) into a folder and imports it through the
// real importers, so the demo exercises the same path as real data. Users have latent genre preferences,
// so their derived interests are visibly different. The workspace is marked as demo data
// (workspace_meta demo = true) so the GUI can say so. Same options → byte-identical files.
#pragma once

#include "result.h"
#include "storage/databaseurl.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace tailor {

class Workspace;

struct DemoOptions
{
    int users = 5000;
    int items = 1600;
    int ratings = 300000; // approximate: each user rates a latent-preference-driven number of items
    quint64 seed = 20240101;
};

struct DemoFiles
{
    QString items;     // u.item
    QString users;     // u.user
    QString userExtra; // users_extra.csv: user_id, email (PII), consent
    QString ratings;   // u.data
    qint64 ratingCount = 0;
};

class DemoWorkspace
{
public:
    static Result<DemoFiles> writeFiles(const QString &directory, const DemoOptions &options);
    // Creates the workspace at `url` (it must not exist yet), imports the files and marks it as demo data.
    static Result<std::shared_ptr<Workspace>> create(const DatabaseUrl &url, const QString &operatorOverride,
                                                     const DemoOptions &options = {},
                                                     const std::function<void(const QString &)> &step = {});
};

} // namespace tailor
