#include "connectionreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tailor {

QString ConnectionReport::summary() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("tailor::ConnectionReport", text); };
    if (chatOk) {
        if (modelsListed)
            return tr("'%1' works: %2 models listed, a chat request answered in %3 ms.")
                .arg(endpoint)
                .arg(models.size())
                .arg(chatLatencyMs);
        return tr("'%1' works: a chat request answered in %2 ms (the server does not list its models).")
            .arg(endpoint)
            .arg(chatLatencyMs);
    }
    if (!chatError.isEmpty())
        return chatError;
    return modelsError;
}

QJsonObject ConnectionReport::toJson() const
{
    QJsonObject object{{QLatin1String("endpoint"), endpoint},
                       {QLatin1String("ok"), ok()},
                       {QLatin1String("reachable"), reachable},
                       {QLatin1String("models_listed"), modelsListed},
                       {QLatin1String("models"), QJsonArray::fromStringList(models)},
                       {QLatin1String("model_found"), modelFound},
                       {QLatin1String("chat_ok"), chatOk},
                       {QLatin1String("summary"), summary()}};
    if (modelsLatencyMs >= 0)
        object.insert(QLatin1String("models_latency_ms"), modelsLatencyMs);
    if (!modelsError.isEmpty())
        object.insert(QLatin1String("models_error"), modelsError);
    if (chatLatencyMs >= 0)
        object.insert(QLatin1String("chat_latency_ms"), chatLatencyMs);
    if (!chatReply.isEmpty())
        object.insert(QLatin1String("chat_reply"), chatReply);
    if (!chatError.isEmpty())
        object.insert(QLatin1String("chat_error"), chatError);
    return object;
}

} // namespace tailor
