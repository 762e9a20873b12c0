#include "responsebuilder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

namespace tailor::test {

namespace {

// A token no request can make QJsonDocument produce by accident; replaced by the content bytes afterwards.
const QByteArray contentMarker = QByteArrayLiteral("\"@@tailor-testendpoint:content@@\"");

// JSON string text for arbitrary bytes: escapes what JSON requires and copies every other byte as it is, so
// content with deliberately invalid UTF-8 reaches the client unchanged (QJsonDocument would repair it).
QByteArray jsonString(const QByteArray &bytes)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8 + 2);
    out.append('"');
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(hex[byte >> 4]);
                out.append(hex[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

QJsonValue markerValue()
{
    return QJsonValue(QString::fromLatin1(contentMarker.mid(1, contentMarker.size() - 2)));
}

QByteArray withContent(const QJsonObject &object, const QByteArray &content)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const qsizetype at = text.indexOf(contentMarker);
    if (at >= 0)
        text.replace(at, contentMarker.size(), jsonString(content));
    return text;
}

QByteArray event(const QByteArray &data)
{
    return "data: " + data + "\n\n";
}

QByteArray filler(qint64 bytes)
{
    static const QByteArray pattern = QByteArrayLiteral("The quick brown fox jumps over the lazy dog. ");
    QByteArray out;
    out.reserve(bytes);
    while (out.size() + pattern.size() <= bytes)
        out.append(pattern);
    out.append(pattern.left(bytes - out.size()));
    return out;
}

// Splits into `count` pieces of about equal size without cutting a UTF-8 sequence in two.
QList<QByteArray> split(const QByteArray &content, int count)
{
    QList<QByteArray> pieces;
    if (content.isEmpty() || count <= 0)
        return pieces;
    count = static_cast<int>(std::min<qsizetype>(count, content.size()));
    qsizetype start = 0;
    for (int i = 1; i <= count; ++i) {
        qsizetype end = i == count ? content.size() : content.size() * i / count;
        while (end < content.size() && (static_cast<unsigned char>(content.at(end)) & 0xc0) == 0x80)
            ++end;
        if (end > start)
            pieces.append(content.mid(start, end - start));
        start = end;
    }
    return pieces;
}

QString openAiType(int status)
{
    if (status == 429)
        return QStringLiteral("requests");
    if (status == 403)
        return QStringLiteral("permission_error");
    if (status >= 500)
        return QStringLiteral("server_error");
    return QStringLiteral("invalid_request_error");
}

QString openAiCode(int status)
{
    switch (status) {
    case 401:
        return QStringLiteral("invalid_api_key");
    case 404:
        return QStringLiteral("model_not_found");
    case 429:
        return QStringLiteral("rate_limit_exceeded");
    default:
        return {};
    }
}

QString llamaCppType(int status)
{
    switch (status) {
    case 401:
        return QStringLiteral("authentication_error");
    case 403:
        return QStringLiteral("permission_error");
    case 404:
        return QStringLiteral("not_found_error");
    case 501:
        return QStringLiteral("not_supported_error");
    case 503:
        return QStringLiteral("unavailable_error");
    default:
        return status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error");
    }
}

QString vllmType(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BadRequestError");
    case 404:
        return QStringLiteral("NotFoundError");
    case 500:
        return QStringLiteral("InternalServerError");
    default:
        return QString::fromLatin1(ResponseBuilder::reasonPhrase(status)).remove(QLatin1Char(' ')) +
               QStringLiteral("Error");
    }
}

} // namespace

ResponseBuilder::ResponseBuilder(EndpointSettings settings)
    : m_settings(std::move(settings))
{}

Rule::Route ResponseBuilder::routeOf(const QString &path)
{
    if (path.endsWith(QStringLiteral("/chat/completions")))
        return Rule::Route::Chat;
    if (path.endsWith(QStringLiteral("/models")))
        return Rule::Route::Models;
    return Rule::Route::Any;
}

QByteArray ResponseBuilder::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return status < 400 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    }
}

QByteArray ResponseBuilder::errorBody(const Rule &rule)
{
    const QString message =
        rule.message.isEmpty() ? QString::fromLatin1(reasonPhrase(rule.status)) : rule.message;
    QJsonObject body;
    switch (rule.dialect) {
    case Rule::Dialect::OpenAI: {
        const QString code = rule.errorCode.isEmpty() ? openAiCode(rule.status) : rule.errorCode;
        body.insert(
            QStringLiteral("error"),
            QJsonObject{
                {QStringLiteral("message"), message},
                {QStringLiteral("type"), rule.errorType.isEmpty() ? openAiType(rule.status) : rule.errorType},
                {QStringLiteral("param"), QJsonValue::Null},
                {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : code}});
        break;
    }
    case Rule::Dialect::LlamaCpp:
        body.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("code"), rule.status},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("type"),
                                 rule.errorType.isEmpty() ? llamaCppType(rule.status) : rule.errorType}});
        break;
    case Rule::Dialect::Vllm:
        body = QJsonObject{
            {QStringLiteral("object"), QStringLiteral("error")},
            {QStringLiteral("message"), message},
            {QStringLiteral("type"), rule.errorType.isEmpty() ? vllmType(rule.status) : rule.errorType},
            {QStringLiteral("param"), QJsonValue::Null},
            {QStringLiteral("code"), rule.status}};
        break;
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

int ResponseBuilder::tokenEstimate(qsizetype chars)
{
    return static_cast<int>((chars + 3) / 4);
}

int ResponseBuilder::promptTokens(const RecordedRequest &request)
{
    qsizetype chars = 0;
    const QJsonArray messages = request.json.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &message : messages) {
        const QJsonValue content = message.toObject().value(QStringLiteral("content"));
        if (content.isString()) {
            chars += content.toString().size();
            continue;
        }
        for (const QJsonValue &part : content.toArray())
            chars += part.toObject().value(QStringLiteral("text")).toString().size();
    }
    return tokenEstimate(chars);
}

QByteArray ResponseBuilder::echoContent(const RecordedRequest &request)
{
    return "ok: " + request.lastUserMessage().left(40).toUtf8();
}

PlannedResponse ResponseBuilder::build(const RecordedRequest &request, const Rule &rule, int ruleIndex) const
{
    PlannedResponse plan;
    const Rule::Route route = routeOf(request.path);
    switch (rule.action) {
    case Rule::Action::Reset:
        plan.kind = PlannedResponse::Kind::Reset;
        plan.status = 0;
        break;
    case Rule::Action::Hang:
        plan.kind = PlannedResponse::Kind::Hang;
        plan.status = 0;
        break;
    case Rule::Action::Error: {
        HttpHeaders headers = rule.extraHeaders;
        if (rule.retryAfterSeconds >= 0)
            headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(rule.retryAfterSeconds)});
        if (rule.retryAfterMs >= 0)
            headers.append({QByteArrayLiteral("retry-after-ms"), QByteArray::number(rule.retryAfterMs)});
        plan = bytes(request, rule.status, QByteArrayLiteral("application/json"), errorBody(rule), headers);
        break;
    }
    case Rule::Action::Raw:
        plan = bytes(request, rule.status, rule.contentType, rule.rawBody, rule.extraHeaders);
        break;
    case Rule::Action::Reply:
        if (route == Rule::Route::Models && !rule.content) {
            plan = models(request, rule);
        } else if (route == Rule::Route::Chat || ruleIndex >= 0) {
            if (ruleIndex < 0 && request.method != QStringLiteral("POST")) {
                plan = bytes(request, 405, QByteArrayLiteral("application/json"),
                             errorBody(Rule::error(405, Rule::Dialect::OpenAI,
                                                   QStringLiteral("Use POST for %1").arg(request.path))),
                             {});
            } else if (ruleIndex < 0 && !request.jsonValid) {
                plan = bytes(request, 400, QByteArrayLiteral("application/json"),
                             errorBody(Rule::error(400, Rule::Dialect::OpenAI,
                                                   QStringLiteral("We could not parse the JSON body of your "
                                                                  "request: it is not a JSON object."))),
                             {});
            } else {
                plan = completion(request, rule);
            }
        } else {
            plan = bytes(request, 404, QByteArrayLiteral("application/json"),
                         errorBody(Rule::error(
                             404, Rule::Dialect::OpenAI,
                             QStringLiteral("Unknown request URL: %1 %2").arg(request.method, request.path))),
                         {});
        }
        break;
    }
    plan.delayMs = rule.delayMs >= 0 ? rule.delayMs : m_settings.latencyMs;
    return plan;
}

QString ResponseBuilder::modelFor(const RecordedRequest &request) const
{
    const QString model = request.model();
    if (!model.isEmpty())
        return model;
    return m_settings.models.isEmpty() ? QStringLiteral("tailor-test") : m_settings.models.first();
}

PlannedResponse ResponseBuilder::completion(const RecordedRequest &request, const Rule &rule) const
{
    QByteArray content =
        rule.hugeBytes > 0 ? filler(rule.hugeBytes) : rule.content.value_or(echoContent(request));
    if (rule.invalidUtf8)
        content.append(QByteArrayLiteral(" \xc3\x28 \xff\xfe \xed\xa0\x80"));
    if (request.stream())
        return stream(request, rule, content);

    const int prompt = promptTokens(request);
    const int completionTokens = tokenEstimate(QString::fromUtf8(content).size());
    const QJsonObject object{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-tailor-%1").arg(request.number)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("model"), modelFor(request)},
        {QStringLiteral("system_fingerprint"), QStringLiteral("tailor-testendpoint")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{
             {QStringLiteral("index"), 0},
             {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                     {QStringLiteral("content"), markerValue()}}},
             {QStringLiteral("logprobs"), QJsonValue::Null},
             {QStringLiteral("finish_reason"), rule.finishReason}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), prompt},
                                              {QStringLiteral("completion_tokens"), completionTokens},
                                              {QStringLiteral("total_tokens"), prompt + completionTokens}}},
    };
    return bytes(request, 200, QByteArrayLiteral("application/json"), withContent(object, content),
                 rule.extraHeaders);
}

PlannedResponse ResponseBuilder::stream(const RecordedRequest &request, const Rule &rule,
                                        const QByteArray &content) const
{
    const bool includeUsage = request.includeUsage();
    QJsonObject base{{QStringLiteral("id"), QStringLiteral("chatcmpl-tailor-%1").arg(request.number)},
                     {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                     {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                     {QStringLiteral("model"), modelFor(request)},
                     {QStringLiteral("system_fingerprint"), QStringLiteral("tailor-testendpoint")}};
    if (includeUsage)
        base.insert(QStringLiteral("usage"), QJsonValue::Null);
    const auto chunk = [&base](const QJsonObject &delta, const QJsonValue &finishReason) {
        QJsonObject object = base;
        object.insert(QStringLiteral("choices"),
                      QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                             {QStringLiteral("delta"), delta},
                                             {QStringLiteral("logprobs"), QJsonValue::Null},
                                             {QStringLiteral("finish_reason"), finishReason}}});
        return object;
    };

    PlannedResponse plan;
    plan.kind = PlannedResponse::Kind::Stream;
    plan.events.append(
        event(QJsonDocument(chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                              {QStringLiteral("content"), QString()}},
                                  QJsonValue::Null))
                  .toJson(QJsonDocument::Compact)));
    const QList<QByteArray> pieces =
        split(content, rule.streamChunks > 0 ? rule.streamChunks : m_settings.streamChunks);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        plan.events.append(event(withContent(
            chunk(QJsonObject{{QStringLiteral("content"), markerValue()}}, QJsonValue::Null), pieces.at(i))));
        if (i == 0 && rule.nullChoicesChunk) {
            QJsonObject nullChoices = base;
            nullChoices.insert(QStringLiteral("choices"), QJsonValue::Null);
            plan.events.append(event(QJsonDocument(nullChoices).toJson(QJsonDocument::Compact)));
        }
    }
    plan.events.append(
        event(QJsonDocument(chunk(QJsonObject(), rule.finishReason)).toJson(QJsonDocument::Compact)));
    if (includeUsage && !rule.omitUsage) {
        const int prompt = promptTokens(request);
        const int completionTokens = tokenEstimate(QString::fromUtf8(content).size());
        QJsonObject usage = base;
        usage.insert(QStringLiteral("choices"), QJsonArray());
        usage.insert(QStringLiteral("usage"),
                     QJsonObject{{QStringLiteral("prompt_tokens"), prompt},
                                 {QStringLiteral("completion_tokens"), completionTokens},
                                 {QStringLiteral("total_tokens"), prompt + completionTokens}});
        plan.events.append(event(QJsonDocument(usage).toJson(QJsonDocument::Compact)));
    }
    if (rule.streamFault != Rule::StreamFault::NoDone)
        plan.events.append(QByteArrayLiteral("data: [DONE]\n\n"));
    plan.fault = rule.streamFault == Rule::StreamFault::NoDone ? Rule::StreamFault::None : rule.streamFault;
    plan.faultAfterChunks = rule.faultAfterChunks;
    plan.chunkDelayMs = rule.chunkDelayMs >= 0 ? rule.chunkDelayMs : m_settings.streamChunkDelayMs;
    plan.chunked = request.httpVersion != QStringLiteral("HTTP/1.0");
    plan.keepAlive = request.keepAlive && plan.chunked;
    HttpHeaders headers = rule.extraHeaders;
    headers.prepend({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")});
    if (plan.chunked)
        headers.prepend({QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked")});
    plan.head =
        headFor(request, 200, QByteArrayLiteral("text/event-stream; charset=utf-8"), headers, plan.keepAlive);
    return plan;
}

PlannedResponse ResponseBuilder::models(const RecordedRequest &request, const Rule &rule) const
{
    if (request.method != QStringLiteral("GET"))
        return bytes(request, 405, QByteArrayLiteral("application/json"),
                     errorBody(Rule::error(405, Rule::Dialect::OpenAI,
                                           QStringLiteral("Use GET for %1").arg(request.path))),
                     {});
    QJsonArray data;
    for (const QString &model : m_settings.models)
        data.append(QJsonObject{{QStringLiteral("id"), model},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("created"), 1700000000},
                                {QStringLiteral("owned_by"), QStringLiteral("tailor-testendpoint")}});
    const QJsonObject list{{QStringLiteral("object"), QStringLiteral("list")},
                           {QStringLiteral("data"), data}};
    return bytes(request, 200, QByteArrayLiteral("application/json"),
                 QJsonDocument(list).toJson(QJsonDocument::Compact), rule.extraHeaders);
}

PlannedResponse ResponseBuilder::bytes(const RecordedRequest &request, int status,
                                       const QByteArray &contentType, const QByteArray &body,
                                       const HttpHeaders &extraHeaders) const
{
    PlannedResponse plan;
    plan.kind = PlannedResponse::Kind::Bytes;
    plan.status = status;
    plan.keepAlive = request.keepAlive;
    HttpHeaders headers = extraHeaders;
    headers.prepend({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});
    plan.head = headFor(request, status, contentType, headers, plan.keepAlive);
    plan.body = body;
    return plan;
}

QByteArray ResponseBuilder::headFor(const RecordedRequest &request, int status, const QByteArray &contentType,
                                    const HttpHeaders &headers, bool keepAlive) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: " + QByteArray(keepAlive ? "keep-alive" : "close") + "\r\n";
    head += "x-request-id: req-" + QByteArray::number(request.number) + "\r\n";
    head += "Server: tailor-testendpoint\r\n\r\n";
    return head;
}

} // namespace tailor::test
