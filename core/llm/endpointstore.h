// EndpointStore keeps the workspace's LLM endpoints. Anyone may read them; saving and removing need the
// ManageEndpoints permission (admins; on PostgreSQL the database refuses anyone else too) and are audited in
// the same transaction as endpoint.save / endpoint.remove. An endpoint holds the names of where its API key
// lives, never the key: validation refuses what looks like a key. The dry-run endpoint always exists.
#pragma once

#include "llm/endpointconfig.h"
#include "result.h"

#include <QList>
#include <QString>

namespace tailor {

class Database;
class OperatorService;

struct StoredEndpoint
{
    EndpointConfig config;
    QString updatedBy; // empty for the built-in dry-run endpoint
    QString updatedAt;
};

class EndpointStore
{
public:
    EndpointStore(Database &database, OperatorService &operators);

    // By name; includes the built-in `dry-run` unless an endpoint of that name was saved.
    Result<QList<StoredEndpoint>> list();
    Result<EndpointConfig> get(const QString &name);
    // Creates or replaces the endpoint of config.name.
    Result<void> save(const EndpointConfig &config);
    Result<void> remove(const QString &name);

private:
    Database &m_database;
    OperatorService &m_operators;
};

} // namespace tailor
