#include "recordedrequest.h"

#include <QJsonArray>

namespace tailor::test {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RecordedRequest::model() const
{
    return json.value(QStringLiteral("model")).toString();
}

bool RecordedRequest::stream() const
{
    return json.value(QStringLiteral("stream")).toBool();
}

bool RecordedRequest::includeUsage() const
{
    return json.value(QStringLiteral("stream_options"))
        .toObject()
        .value(QStringLiteral("include_usage"))
        .toBool();
}

QString RecordedRequest::lastUserMessage() const
{
    const QJsonArray messages = json.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QStringLiteral("role")).toString() != QStringLiteral("user"))
            continue;
        const QJsonValue content = message.value(QStringLiteral("content"));
        if (!content.isArray())
            return content.toString();
        QStringList parts;
        for (const QJsonValue &part : content.toArray()) {
            const QJsonObject object = part.toObject();
            if (object.value(QStringLiteral("type")).toString() == QStringLiteral("text"))
                parts.append(object.value(QStringLiteral("text")).toString());
        }
        return parts.join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace tailor::test
