#include "endpointstore.h"

#include "identity/operatorservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace tailor {

namespace {

const QString columns = QStringLiteral(
    "name, provider, base_url, model, api_version, parameters, concurrency, requests_per_minute, "
    "tokens_per_minute, timeout_ms, max_attempts, price_per_1k_input, price_per_1k_output, streaming, "
    "secret_env, "
    "secret_key, updated_by, updated_at");

Result<StoredEndpoint> fromRow(const QSqlQuery &query)
{
    const QString providerText = query.value(1).toString();
    const auto provider = parseEndpointProvider(providerText);
    if (!provider)
        return Error::failed(
            QCoreApplication::translate(
                "tailor::EndpointStore",
                "The endpoint '%1' has an unknown provider '%2'; was it written by a newer Tailor?")
                .arg(query.value(0).toString(), providerText));
    StoredEndpoint stored;
    EndpointConfig &config = stored.config;
    config.name = query.value(0).toString();
    config.provider = *provider;
    config.baseUrl = query.value(2).toString();
    config.model = query.value(3).toString();
    config.apiVersion = query.value(4).toString();
    auto parameters =
        ChatParameters::fromJson(QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object());
    if (!parameters)
        return parameters.error();
    config.parameters = parameters.value();
    config.concurrency = query.value(6).toInt();
    config.requestsPerMinute = query.value(7).toInt();
    config.tokensPerMinute = query.value(8).toInt();
    config.timeoutMs = query.value(9).toInt();
    config.maxAttempts = query.value(10).toInt();
    config.pricePer1kInput = query.value(11).toDouble();
    config.pricePer1kOutput = query.value(12).toDouble();
    config.streaming = query.value(13).toInt() != 0;
    config.secretEnv = query.value(14).toString();
    config.secretKey = query.value(15).toString();
    stored.updatedBy = query.value(16).toString();
    stored.updatedAt = query.value(17).toString();
    return stored;
}

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

StoredEndpoint builtInDryRun()
{
    return {EndpointConfig::preset(EndpointProvider::DryRun), {}, {}};
}

} // namespace

EndpointStore::EndpointStore(Database &database, OperatorService &operators)
    : m_database(database)
    , m_operators(operators)
{}

Result<QList<StoredEndpoint>> EndpointStore::list()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    if (auto done = execSql(
            query, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM llm_endpoints ORDER BY name"),
            {}, QCoreApplication::translate("tailor::EndpointStore", "listing LLM endpoints"));
        !done)
        return done.error();
    QList<StoredEndpoint> endpoints;
    bool hasDryRun = false;
    while (query.next()) {
        auto stored = fromRow(query);
        if (!stored)
            return stored.error();
        hasDryRun = hasDryRun || stored->config.name == QLatin1String("dry-run");
        endpoints.append(stored.value());
    }
    if (!hasDryRun) {
        const StoredEndpoint dryRun = builtInDryRun();
        auto at = std::lower_bound(
            endpoints.begin(), endpoints.end(), dryRun.config.name,
            [](const StoredEndpoint &e, const QString &name) { return e.config.name < name; });
        endpoints.insert(at, dryRun);
    }
    return endpoints;
}

Result<EndpointConfig> EndpointStore::get(const QString &name)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done = execSql(
            query, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM llm_endpoints WHERE name = ?"),
            {name}, QCoreApplication::translate("tailor::EndpointStore", "reading the LLM endpoint"));
        !done)
        return done.error();
    if (!query.next()) {
        if (name == QLatin1String("dry-run"))
            return builtInDryRun().config;
        return Error::notFound(
            QCoreApplication::translate("tailor::EndpointStore", "There is no LLM endpoint named '%1'.")
                .arg(name));
    }
    auto stored = fromRow(query);
    if (!stored)
        return stored.error();
    return stored->config;
}

Result<void> EndpointStore::save(const EndpointConfig &config)
{
    if (auto allowed = m_operators.require(Permission::ManageEndpoints); !allowed)
        return allowed;
    if (auto valid = config.validate(); !valid)
        return valid;
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QString who = m_operators.actingOperator();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery query(db);
    if (auto done =
            execSql(query, QStringLiteral("SELECT 1 FROM llm_endpoints WHERE name = ?"), {config.name},
                    QCoreApplication::translate("tailor::EndpointStore", "reading the LLM endpoint"));
        !done)
        return done;
    const bool existed = query.next();
    query.finish();
    const QVariantList values{
        config.name,
        endpointProviderId(config.provider),
        text(config.baseUrl.trimmed()),
        text(config.model.trimmed()),
        text(config.apiVersion.trimmed()),
        QString::fromUtf8(QJsonDocument(config.parameters.toJson()).toJson(QJsonDocument::Compact)),
        config.concurrency,
        config.requestsPerMinute,
        config.tokensPerMinute,
        config.timeoutMs,
        config.maxAttempts,
        config.pricePer1kInput,
        config.pricePer1kOutput,
        int(config.streaming),
        text(config.secretEnv),
        text(config.secretKey),
        who,
        now};
    const QString sql =
        existed ? QStringLiteral(
                      "UPDATE llm_endpoints SET name = ?, provider = ?, base_url = ?, model = ?, "
                      "api_version = ?, parameters = ?, concurrency = ?, requests_per_minute = ?, "
                      "tokens_per_minute = ?, timeout_ms = ?, max_attempts = ?, price_per_1k_input = ?, "
                      "price_per_1k_output = ?, streaming = ?, secret_env = ?, secret_key = ?, "
                      "updated_by = ?, updated_at = ? WHERE name = ?")
                : QStringLiteral("INSERT INTO llm_endpoints (") + columns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QVariantList bound = values;
    if (existed)
        bound << config.name;
    if (auto done = execSql(query, sql, bound,
                            QCoreApplication::translate("tailor::EndpointStore", "saving the LLM endpoint"));
        !done)
        return done;
    QJsonObject payload = config.toJson();
    payload.insert(QLatin1String("created"), !existed);
    if (auto entry = AuditLog::append(db, who, QStringLiteral("endpoint.save"),
                                      QStringLiteral("endpoint:") + config.name, payload);
        !entry)
        return entry.error();
    return transaction.commit();
}

Result<void> EndpointStore::remove(const QString &name)
{
    if (auto allowed = m_operators.require(Permission::ManageEndpoints); !allowed)
        return allowed;
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlDatabase db = connection.value();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(db);
    if (auto done = execSql(
            query, QStringLiteral("SELECT provider, base_url, model FROM llm_endpoints WHERE name = ?"),
            {name}, QCoreApplication::translate("tailor::EndpointStore", "reading the LLM endpoint"));
        !done)
        return done;
    if (!query.next())
        return Error::notFound(
            QCoreApplication::translate("tailor::EndpointStore", "There is no LLM endpoint named '%1'.")
                .arg(name));
    const QJsonObject payload{{QLatin1String("provider"), query.value(0).toString()},
                              {QLatin1String("base_url"), query.value(1).toString()},
                              {QLatin1String("model"), query.value(2).toString()}};
    query.finish();
    if (auto done =
            execSql(query, QStringLiteral("DELETE FROM llm_endpoints WHERE name = ?"), {name},
                    QCoreApplication::translate("tailor::EndpointStore", "removing the LLM endpoint"));
        !done)
        return done;
    if (auto entry = AuditLog::append(db, m_operators.actingOperator(), QStringLiteral("endpoint.remove"),
                                      QStringLiteral("endpoint:") + name, payload);
        !entry)
        return entry.error();
    return transaction.commit();
}

} // namespace tailor
