#include "rule.h"

#include "responsebuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace tailor::test {

Rule Rule::reply(const QString &content)
{
    Rule rule;
    rule.content = content.toUtf8();
    return rule;
}

Rule Rule::replyJson(const QJsonValue &content)
{
    Rule rule;
    if (content.isObject())
        rule.content = QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact);
    else if (content.isArray())
        rule.content = QJsonDocument(content.toArray()).toJson(QJsonDocument::Compact);
    else
        rule.content = content.toVariant().toString().toUtf8();
    return rule;
}

Rule Rule::error(int status, Dialect dialect, const QString &message)
{
    Rule rule;
    rule.action = Action::Error;
    rule.status = status;
    rule.dialect = dialect;
    rule.message = message;
    return rule;
}

Rule Rule::rateLimited(int retryAfterSeconds, qint64 retryAfterMs)
{
    Rule rule = error(429);
    rule.retryAfterSeconds = retryAfterSeconds;
    rule.retryAfterMs = retryAfterMs;
    return rule;
}

Rule Rule::quotaExhausted()
{
    Rule rule =
        error(429, Dialect::OpenAI,
              QStringLiteral("You exceeded your current quota, please check your plan and billing details."));
    rule.errorType = QStringLiteral("insufficient_quota");
    rule.errorCode = QStringLiteral("insufficient_quota");
    return rule;
}

Rule Rule::reset()
{
    Rule rule;
    rule.action = Action::Reset;
    return rule;
}

Rule Rule::hang()
{
    Rule rule;
    rule.action = Action::Hang;
    return rule;
}

Rule Rule::malformedJson()
{
    return raw(200, QByteArrayLiteral("application/json"),
               QByteArrayLiteral(
                   "{\"id\":\"chatcmpl-malformed\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                   "\"message\":{\"role\":\"assistant\",\"content\":\"unterminated"));
}

Rule Rule::htmlPage(int status)
{
    const QByteArray line = QByteArray::number(status) + ' ' + ResponseBuilder::reasonPhrase(status);
    return raw(status, QByteArrayLiteral("text/html"),
               "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line +
                   "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

Rule Rule::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    Rule rule;
    rule.action = Action::Raw;
    rule.status = status;
    rule.contentType = contentType;
    rule.rawBody = body;
    return rule;
}

Rule Rule::redirect(int status, const QString &location)
{
    Rule rule = raw(status, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Moved\n"));
    rule.extraHeaders.append({QByteArrayLiteral("Location"), location.toUtf8()});
    return rule;
}

Rule Rule::hugeReply(qint64 bytes)
{
    Rule rule;
    rule.hugeBytes = bytes;
    return rule;
}

Rule Rule::invalidUtf8Reply()
{
    Rule rule;
    rule.invalidUtf8 = true;
    return rule;
}

Rule Rule::streamFaulting(StreamFault fault, int afterChunks)
{
    Rule rule;
    rule.streamFault = fault;
    rule.faultAfterChunks = afterChunks;
    return rule;
}

Rule Rule::vllmNullChoices()
{
    Rule rule;
    rule.nullChoicesChunk = true;
    return rule;
}

Rule &Rule::onRoute(Route value)
{
    route = value;
    return *this;
}

Rule &Rule::onNth(int value)
{
    nth = value;
    return *this;
}

Rule &Rule::whenUserMessage(const QString &pattern)
{
    userMessage.setPattern(pattern);
    return *this;
}

Rule &Rule::whenBody(const QString &pattern)
{
    body.setPattern(pattern);
    return *this;
}

Rule &Rule::forModel(const QString &value)
{
    model = value;
    return *this;
}

Rule &Rule::onlyStreaming(bool value)
{
    stream = value;
    return *this;
}

Rule &Rule::onlyTimes(int value)
{
    times = value;
    return *this;
}

Rule &Rule::withProbability(double value)
{
    probability = value;
    return *this;
}

Rule &Rule::afterDelay(int ms)
{
    delayMs = ms;
    return *this;
}

Rule &Rule::withChunks(int count, int delayMs)
{
    streamChunks = count;
    chunkDelayMs = delayMs;
    return *this;
}

Rule &Rule::withoutUsage()
{
    omitUsage = true;
    return *this;
}

bool Rule::matches(const RecordedRequest &request, Route requestRoute) const
{
    if (route != Route::Any && route != requestRoute)
        return false;
    if (nth > 0 && request.number != nth)
        return false;
    if (!model.isEmpty() && request.model() != model)
        return false;
    if (stream && request.stream() != *stream)
        return false;
    if (!userMessage.pattern().isEmpty() && !userMessage.match(request.lastUserMessage()).hasMatch())
        return false;
    if (!body.pattern().isEmpty() && !body.match(QString::fromUtf8(request.body)).hasMatch())
        return false;
    return true;
}

namespace {

Error badField(const QString &field, const QString &problem)
{
    return Error::badInput(QStringLiteral("rule field \"%1\": %2").arg(field, problem));
}

// Reads an optional integer field; a present field of the wrong type is an error, not a silent default.
std::optional<Error> readInt(const QJsonObject &object, const QString &key, qint64 &target)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger()))
        return badField(key, QStringLiteral("expected an integer"));
    target = value.toInteger();
    return std::nullopt;
}

std::optional<Error> readInt(const QJsonObject &object, const QString &key, int &target)
{
    qint64 wide = target;
    if (auto error = readInt(object, key, wide))
        return error;
    target = static_cast<int>(wide);
    return std::nullopt;
}

std::optional<Error> readString(const QJsonObject &object, const QString &key, QString &target)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        return badField(key, QStringLiteral("expected a string"));
    target = value.toString();
    return std::nullopt;
}

std::optional<Error> readBool(const QJsonObject &object, const QString &key, bool &target)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool())
        return badField(key, QStringLiteral("expected true or false"));
    target = value.toBool();
    return std::nullopt;
}

std::optional<Error> readRegex(const QJsonObject &object, const QString &key, QRegularExpression &target)
{
    QString pattern;
    if (auto error = readString(object, key, pattern))
        return error;
    target.setPattern(pattern);
    if (!target.isValid())
        return badField(key, QStringLiteral("invalid regular expression: %1").arg(target.errorString()));
    return std::nullopt;
}

std::optional<Error> checkKeys(const QJsonObject &object, const QSet<QString> &known, const QString &where)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return Error::badInput(QStringLiteral("%1: unknown field \"%2\"").arg(where, it.key()));
    }
    return std::nullopt;
}

std::optional<Error> readMatch(const QJsonObject &object, Rule &rule)
{
    static const QSet<QString> known{QStringLiteral("route"),       QStringLiteral("nth"),
                                     QStringLiteral("userMessage"), QStringLiteral("body"),
                                     QStringLiteral("model"),       QStringLiteral("stream")};
    if (auto error = checkKeys(object, known, QStringLiteral("rule \"match\"")))
        return error;
    QString route = QStringLiteral("chat");
    if (auto error = readString(object, QStringLiteral("route"), route))
        return error;
    if (route == QStringLiteral("chat"))
        rule.route = Rule::Route::Chat;
    else if (route == QStringLiteral("models"))
        rule.route = Rule::Route::Models;
    else if (route == QStringLiteral("any"))
        rule.route = Rule::Route::Any;
    else
        return badField(QStringLiteral("route"),
                        QStringLiteral("expected chat, models or any, not \"%1\"").arg(route));
    if (auto error = readInt(object, QStringLiteral("nth"), rule.nth))
        return error;
    if (auto error = readRegex(object, QStringLiteral("userMessage"), rule.userMessage))
        return error;
    if (auto error = readRegex(object, QStringLiteral("body"), rule.body))
        return error;
    if (auto error = readString(object, QStringLiteral("model"), rule.model))
        return error;
    if (object.contains(QStringLiteral("stream"))) {
        bool stream = false;
        if (auto error = readBool(object, QStringLiteral("stream"), stream))
            return error;
        rule.stream = stream;
    }
    return std::nullopt;
}

} // namespace

Result<Rule> Rule::fromJson(const QJsonObject &object)
{
    static const QSet<QString> known{QStringLiteral("match"),        QStringLiteral("times"),
                                     QStringLiteral("probability"),  QStringLiteral("delayMs"),
                                     QStringLiteral("action"),       QStringLiteral("content"),
                                     QStringLiteral("json"),         QStringLiteral("finishReason"),
                                     QStringLiteral("hugeBytes"),    QStringLiteral("invalidUtf8"),
                                     QStringLiteral("chunks"),       QStringLiteral("chunkDelayMs"),
                                     QStringLiteral("omitUsage"),    QStringLiteral("nullChoicesChunk"),
                                     QStringLiteral("streamFault"),  QStringLiteral("faultAfterChunks"),
                                     QStringLiteral("status"),       QStringLiteral("dialect"),
                                     QStringLiteral("message"),      QStringLiteral("type"),
                                     QStringLiteral("code"),         QStringLiteral("retryAfter"),
                                     QStringLiteral("retryAfterMs"), QStringLiteral("contentType"),
                                     QStringLiteral("body"),         QStringLiteral("headers"),
                                     QStringLiteral("location")};
    if (auto error = checkKeys(object, known, QStringLiteral("rule")))
        return *error;

    QString action = QStringLiteral("reply");
    if (auto error = readString(object, QStringLiteral("action"), action))
        return *error;
    Rule rule;
    if (action == QStringLiteral("reply"))
        rule = Rule();
    else if (action == QStringLiteral("error"))
        rule = Rule::error(500);
    else if (action == QStringLiteral("quota"))
        rule = Rule::quotaExhausted();
    else if (action == QStringLiteral("reset"))
        rule = Rule::reset();
    else if (action == QStringLiteral("hang"))
        rule = Rule::hang();
    else if (action == QStringLiteral("malformed"))
        rule = Rule::malformedJson();
    else if (action == QStringLiteral("html"))
        rule = Rule::htmlPage(object.value(QStringLiteral("status")).toInt(502));
    else if (action == QStringLiteral("raw"))
        rule = Rule::raw(200, QByteArrayLiteral("text/plain"), {});
    else if (action == QStringLiteral("redirect"))
        rule = Rule::raw(307, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Moved\n"));
    else
        return badField(QStringLiteral("action"),
                        QStringLiteral("expected reply, error, quota, reset, hang, malformed, html, raw or "
                                       "redirect, not \"%1\"")
                            .arg(action));

    const QJsonValue match = object.value(QStringLiteral("match"));
    if (!match.isUndefined()) {
        if (!match.isObject())
            return badField(QStringLiteral("match"), QStringLiteral("expected an object"));
        if (auto error = readMatch(match.toObject(), rule))
            return *error;
    }
    if (auto error = readInt(object, QStringLiteral("times"), rule.times))
        return *error;
    const QJsonValue probability = object.value(QStringLiteral("probability"));
    if (!probability.isUndefined()) {
        if (!probability.isDouble() || probability.toDouble() < 0.0 || probability.toDouble() > 1.0)
            return badField(QStringLiteral("probability"), QStringLiteral("expected a number from 0 to 1"));
        rule.probability = probability.toDouble();
    }
    if (auto error = readInt(object, QStringLiteral("delayMs"), rule.delayMs))
        return *error;

    if (object.contains(QStringLiteral("content")) && object.contains(QStringLiteral("json")))
        return badField(QStringLiteral("json"),
                        QStringLiteral("give either \"content\" or \"json\", not both"));
    QString content;
    if (auto error = readString(object, QStringLiteral("content"), content))
        return *error;
    if (object.contains(QStringLiteral("content")))
        rule.content = content.toUtf8();
    if (object.contains(QStringLiteral("json")))
        rule.content = Rule::replyJson(object.value(QStringLiteral("json"))).content;
    if (auto error = readString(object, QStringLiteral("finishReason"), rule.finishReason))
        return *error;
    if (auto error = readInt(object, QStringLiteral("hugeBytes"), rule.hugeBytes))
        return *error;
    if (auto error = readBool(object, QStringLiteral("invalidUtf8"), rule.invalidUtf8))
        return *error;
    if (auto error = readInt(object, QStringLiteral("chunks"), rule.streamChunks))
        return *error;
    if (auto error = readInt(object, QStringLiteral("chunkDelayMs"), rule.chunkDelayMs))
        return *error;
    if (auto error = readBool(object, QStringLiteral("omitUsage"), rule.omitUsage))
        return *error;
    if (auto error = readBool(object, QStringLiteral("nullChoicesChunk"), rule.nullChoicesChunk))
        return *error;
    QString fault = QStringLiteral("none");
    if (auto error = readString(object, QStringLiteral("streamFault"), fault))
        return *error;
    if (fault == QStringLiteral("none"))
        rule.streamFault = StreamFault::None;
    else if (fault == QStringLiteral("reset"))
        rule.streamFault = StreamFault::Reset;
    else if (fault == QStringLiteral("close"))
        rule.streamFault = StreamFault::Close;
    else if (fault == QStringLiteral("hang"))
        rule.streamFault = StreamFault::Hang;
    else if (fault == QStringLiteral("noDone"))
        rule.streamFault = StreamFault::NoDone;
    else
        return badField(QStringLiteral("streamFault"),
                        QStringLiteral("expected none, reset, close, hang or noDone, not \"%1\"").arg(fault));
    if (auto error = readInt(object, QStringLiteral("faultAfterChunks"), rule.faultAfterChunks))
        return *error;

    if (auto error = readInt(object, QStringLiteral("status"), rule.status))
        return *error;
    if (rule.status < 100 || rule.status > 599)
        return badField(QStringLiteral("status"), QStringLiteral("expected an HTTP status from 100 to 599"));
    QString dialect = QStringLiteral("openai");
    if (auto error = readString(object, QStringLiteral("dialect"), dialect))
        return *error;
    if (dialect == QStringLiteral("openai"))
        rule.dialect = Dialect::OpenAI;
    else if (dialect == QStringLiteral("llamacpp"))
        rule.dialect = Dialect::LlamaCpp;
    else if (dialect == QStringLiteral("vllm"))
        rule.dialect = Dialect::Vllm;
    else
        return badField(QStringLiteral("dialect"),
                        QStringLiteral("expected openai, llamacpp or vllm, not \"%1\"").arg(dialect));
    if (auto error = readString(object, QStringLiteral("message"), rule.message))
        return *error;
    if (auto error = readString(object, QStringLiteral("type"), rule.errorType))
        return *error;
    if (auto error = readString(object, QStringLiteral("code"), rule.errorCode))
        return *error;
    if (auto error = readInt(object, QStringLiteral("retryAfter"), rule.retryAfterSeconds))
        return *error;
    if (auto error = readInt(object, QStringLiteral("retryAfterMs"), rule.retryAfterMs))
        return *error;
    QString contentType = QString::fromLatin1(rule.contentType);
    if (auto error = readString(object, QStringLiteral("contentType"), contentType))
        return *error;
    rule.contentType = contentType.toUtf8();
    if (object.contains(QStringLiteral("body"))) {
        QString body;
        if (auto error = readString(object, QStringLiteral("body"), body))
            return *error;
        rule.rawBody = body.toUtf8();
    }
    const QJsonValue headers = object.value(QStringLiteral("headers"));
    if (!headers.isUndefined()) {
        if (!headers.isObject())
            return badField(QStringLiteral("headers"), QStringLiteral("expected an object of strings"));
        const QJsonObject map = headers.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!it.value().isString())
                return badField(QStringLiteral("headers"),
                                QStringLiteral("\"%1\" is not a string").arg(it.key()));
            rule.extraHeaders.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        }
    }
    QString location;
    if (auto error = readString(object, QStringLiteral("location"), location))
        return *error;
    if (action == QStringLiteral("redirect")) {
        static const QSet<int> redirects{301, 302, 303, 307, 308};
        if (!redirects.contains(rule.status))
            return badField(
                QStringLiteral("status"),
                QStringLiteral("a redirect is 301, 302, 303, 307 or 308, not %1").arg(rule.status));
        if (location.isEmpty())
            return badField(QStringLiteral("location"), QStringLiteral("a redirect needs a location"));
        rule.extraHeaders.append({QByteArrayLiteral("Location"), location.toUtf8()});
    } else if (object.contains(QStringLiteral("location"))) {
        return badField(QStringLiteral("location"), QStringLiteral("only a redirect has a location"));
    }
    return rule;
}

} // namespace tailor::test
