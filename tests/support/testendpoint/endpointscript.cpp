#include "endpointscript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace tailor::test {

namespace {

Result<QList<Rule>> parseRules(const QJsonArray &array)
{
    QList<Rule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Error::badInput(QStringLiteral("rule %1: expected an object").arg(i + 1));
        auto rule = Rule::fromJson(array.at(i).toObject());
        if (!rule)
            return Error::badInput(QStringLiteral("rule %1: %2").arg(i + 1).arg(rule.error().message));
        rules.append(std::move(rule).value());
    }
    return rules;
}

std::optional<Error> readSetting(const QJsonObject &object, const QString &key, std::optional<int> &target)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || value.toInteger(-1) < 0)
        return Error::badInput(QStringLiteral("\"%1\": expected a non-negative integer").arg(key));
    target = static_cast<int>(value.toInteger());
    return std::nullopt;
}

} // namespace

Result<EndpointScript> EndpointScript::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badInput(QStringLiteral("not valid JSON at offset %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));

    EndpointScript script;
    if (document.isArray()) {
        auto rules = parseRules(document.array());
        if (!rules)
            return rules.error();
        script.rules = std::move(rules).value();
        return script;
    }
    if (!document.isObject())
        return Error::badInput(QStringLiteral("expected an object or an array of rules"));

    const QJsonObject object = document.object();
    static const QSet<QString> known{QStringLiteral("latencyMs"),    QStringLiteral("streamChunkMs"),
                                     QStringLiteral("streamChunks"), QStringLiteral("seed"),
                                     QStringLiteral("models"),       QStringLiteral("rules")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return Error::badInput(QStringLiteral("unknown field \"%1\"").arg(it.key()));
    }
    if (auto error = readSetting(object, QStringLiteral("latencyMs"), script.latencyMs))
        return *error;
    if (auto error = readSetting(object, QStringLiteral("streamChunkMs"), script.streamChunkDelayMs))
        return *error;
    if (auto error = readSetting(object, QStringLiteral("streamChunks"), script.streamChunks))
        return *error;
    const QJsonValue seed = object.value(QStringLiteral("seed"));
    if (!seed.isUndefined()) {
        if (!seed.isDouble() || seed.toInteger(-1) < 0)
            return Error::badInput(QStringLiteral("\"seed\": expected a non-negative integer"));
        script.seed = static_cast<quint64>(seed.toInteger());
    }
    const QJsonValue models = object.value(QStringLiteral("models"));
    if (!models.isUndefined()) {
        if (!models.isArray())
            return Error::badInput(QStringLiteral("\"models\": expected an array of strings"));
        for (const QJsonValue &model : models.toArray()) {
            if (!model.isString())
                return Error::badInput(QStringLiteral("\"models\": expected an array of strings"));
            script.models.append(model.toString());
        }
    }
    const QJsonValue rules = object.value(QStringLiteral("rules"));
    if (!rules.isUndefined()) {
        if (!rules.isArray())
            return Error::badInput(QStringLiteral("\"rules\": expected an array"));
        auto parsed = parseRules(rules.toArray());
        if (!parsed)
            return parsed.error();
        script.rules = std::move(parsed).value();
    }
    return script;
}

Result<EndpointScript> EndpointScript::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    auto script = parse(file.readAll());
    if (!script)
        return Error::badInput(QStringLiteral("%1: %2").arg(path, script.error().message));
    return script;
}

} // namespace tailor::test
