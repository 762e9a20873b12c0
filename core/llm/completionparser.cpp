#include "completionparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace tailor {

namespace {

constexpr qsizetype maxMessageLength = 300;
constexpr qsizetype maxUnframedBytes = 1 << 20;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > maxMessageLength)
        text = text.left(maxMessageLength - 1) + QChar(0x2026);
    return text;
}

// Parses JSON; on invalid UTF-8 parses again with the bad sequences replaced by U+FFFD.
QJsonDocument parseJson(QByteArrayView bytes, bool *replacedUtf8)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        document = QJsonDocument::fromJson(QString::fromUtf8(bytes).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            *replacedUtf8 = true;
    }
    return document;
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    return bytes.trimmed();
}

QByteArrayView head(QByteArrayView bytes, qsizetype length)
{
    return bytes.first(std::min(length, bytes.size()));
}

bool looksLikeHtml(QByteArrayView body)
{
    const QByteArray start = head(trimmed(body), 256).toByteArray().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head") ||
           start.startsWith("<body") || start.startsWith("<?xml") || start.startsWith("<h1") ||
           start.startsWith("<title");
}

QString htmlTitle(QByteArrayView body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromUtf8(head(body, 64 * 1024));
    for (const QRegularExpression *pattern : {&title, &heading}) {
        const auto match = pattern->match(text);
        if (match.hasMatch()) {
            QString found = match.captured(1);
            found.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            if (!found.simplified().isEmpty())
                return shortened(found);
        }
    }
    return {};
}

int intOf(const QJsonValue &value, int fallback)
{
    if (value.isDouble())
        return value.toInt(fallback);
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

// The error shapes: {"error": {"message", "type", "code"}}, {"error": "text"}, vLLM's {"object": "error",
// "message", "type", "code"}, and FastAPI's {"detail": ...}.
bool describeError(const QJsonObject &object, ServerError *error)
{
    const QJsonValue nested = object.value(QLatin1String("error"));
    QJsonObject source;
    if (nested.isObject()) {
        source = nested.toObject();
    } else if (nested.isString()) {
        error->message = shortened(nested.toString());
        error->json = true;
        return true;
    } else if (object.value(QLatin1String("object")).toString() == QLatin1String("error")) {
        source = object;
    } else if (object.contains(QLatin1String("detail")) && !object.contains(QLatin1String("choices"))) {
        const QJsonValue detail = object.value(QLatin1String("detail"));
        QString text = detail.toString();
        if (detail.isArray())
            text = QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
        else if (detail.isObject())
            text = QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact));
        error->message = shortened(text);
        error->json = true;
        return true;
    } else {
        return false;
    }
    error->json = true;
    error->message = shortened(source.value(QLatin1String("message")).toString());
    const QJsonValue code = source.value(QLatin1String("code"));
    if (code.isDouble())
        error->code = code.toInt();
    else if (code.isString())
        error->type = code.toString();
    const QString type = source.value(QLatin1String("type")).toString();
    if (error->type.isEmpty() || type.contains(QLatin1String("quota"), Qt::CaseInsensitive))
        error->type = type.isEmpty() ? error->type : type;
    if (error->code == 0)
        error->code = intOf(source.value(QLatin1String("status")), 0);
    return true;
}

} // namespace

bool ServerError::isQuotaExhausted() const
{
    return type.contains(QLatin1String("quota"), Qt::CaseInsensitive) ||
           type.contains(QLatin1String("billing"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("exceeded your current quota"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("insufficient_quota"), Qt::CaseInsensitive);
}

ServerError ServerError::fromBody(QByteArrayView body)
{
    ServerError error;
    const QByteArrayView text = trimmed(body);
    if (text.isEmpty())
        return error;
    if (text.startsWith('{')) {
        bool replaced = false;
        const QJsonDocument document = parseJson(text, &replaced);
        if (document.isObject() && describeError(document.object(), &error))
            return error;
    }
    if (looksLikeHtml(text)) {
        error.html = true;
        error.message = htmlTitle(text);
        return error;
    }
    error.message = shortened(QString::fromUtf8(head(text, 4096)));
    return error;
}

void CompletionParser::reset()
{
    *this = CompletionParser();
}

void CompletionParser::setMalformed(const QString &problem)
{
    if (m_state == State::ServerFailed)
        return;
    m_state = State::Malformed;
    m_problem = problem;
}

bool CompletionParser::takeError(const QJsonObject &object)
{
    if (!object.contains(QLatin1String("error")) &&
        object.value(QLatin1String("object")).toString() != QLatin1String("error"))
        return false;
    ServerError error;
    if (!describeError(object, &error))
        return false;
    m_error = error;
    m_state = State::ServerFailed;
    return true;
}

void CompletionParser::parseBody(QByteArrayView body)
{
    const QByteArrayView text = trimmed(body);
    if (text.isEmpty()) {
        setMalformed(QCoreApplication::translate("tailor::CompletionParser", "an empty answer"));
        return;
    }
    if (looksLikeHtml(text)) {
        m_error.html = true;
        m_error.message = htmlTitle(text);
        setMalformed(
            m_error.message.isEmpty()
                ? QCoreApplication::translate("tailor::CompletionParser", "an HTML page instead of JSON")
                : QCoreApplication::translate("tailor::CompletionParser",
                                              "an HTML page (\"%1\") instead of JSON")
                      .arg(m_error.message));
        return;
    }
    const QJsonDocument document = parseJson(text, &m_invalidUtf8);
    if (!document.isObject()) {
        setMalformed(
            QCoreApplication::translate("tailor::CompletionParser", "something that is not JSON: \"%1\"")
                .arg(shortened(QString::fromUtf8(head(text, 200)))));
        return;
    }
    const QJsonObject object = document.object();
    if (takeError(object))
        return;
    const QJsonValue choices = object.value(QLatin1String("choices"));
    if (!choices.isArray() || choices.toArray().isEmpty()) {
        setMalformed(QCoreApplication::translate("tailor::CompletionParser",
                                                 "JSON without choices: not a chat completion"));
        return;
    }
    const QJsonObject choice = choices.toArray().first().toObject();
    const QJsonValue message = choice.value(QLatin1String("message"));
    if (!message.isObject()) {
        // Legacy completions put the text here; accept it rather than call the server broken.
        if (choice.value(QLatin1String("text")).isString()) {
            m_content = choice.value(QLatin1String("text")).toString();
        } else {
            setMalformed(QCoreApplication::translate("tailor::CompletionParser",
                                                     "a choice without a message: not a chat completion"));
            return;
        }
    } else {
        m_content = message.toObject().value(QLatin1String("content")).toString();
    }
    m_finishReason = choice.value(QLatin1String("finish_reason")).toString();
    m_model = object.value(QLatin1String("model")).toString();
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    if (!usage.isEmpty()) {
        m_promptTokens = intOf(usage.value(QLatin1String("prompt_tokens")), -1);
        m_completionTokens = intOf(usage.value(QLatin1String("completion_tokens")), -1);
    }
    m_state = State::Complete;
}

qsizetype CompletionParser::feedStream(QByteArrayView bytes)
{
    const qsizetype before = m_content.size();
    m_pending.append(bytes.data(), bytes.size());
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArrayView line(m_pending.constData() + start, newline - start);
        start = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (!m_eventData.isEmpty()) {
                handleEvent(m_eventData);
                m_eventData.clear();
            }
            continue;
        }
        if (line.startsWith("data:")) {
            QByteArrayView value = line.sliced(5);
            if (value.startsWith(' '))
                value = value.sliced(1);
            if (!m_eventData.isEmpty())
                m_eventData.append('\n');
            m_eventData.append(value.data(), value.size());
            m_sawEvent = true;
            continue;
        }
        if (line.startsWith(':') || line.startsWith("event:") || line.startsWith("id:") ||
            line.startsWith("retry:"))
            continue;
        // Not SSE at all: a server that answered the stream request with a plain body.
        if (!m_sawEvent && m_unframed.size() < maxUnframedBytes) {
            m_unframed.append(line.data(), line.size());
            m_unframed.append('\n');
        }
    }
    m_pending.remove(0, start);
    return m_content.size() - before;
}

void CompletionParser::endStream()
{
    if (!m_pending.isEmpty()) {
        m_pending.append('\n');
        feedStream({});
        if (!m_pending.isEmpty() && !m_sawEvent)
            m_unframed.append(m_pending);
        m_pending.clear();
    }
    if (!m_eventData.isEmpty()) {
        handleEvent(m_eventData);
        m_eventData.clear();
    }
    if (m_state != State::Incomplete)
        return;
    if (!m_sawEvent && !m_unframed.isEmpty()) {
        parseBody(m_unframed);
        return;
    }
    if (!m_sawEvent)
        setMalformed(QCoreApplication::translate("tailor::CompletionParser", "an empty stream"));
}

void CompletionParser::handleEvent(QByteArrayView data)
{
    if (m_state == State::ServerFailed || m_state == State::Malformed)
        return;
    const QByteArrayView text = trimmed(data);
    if (text == "[DONE]") {
        m_sawDone = true;
        m_state = State::Complete;
        return;
    }
    const QJsonDocument document = parseJson(text, &m_invalidUtf8);
    if (!document.isObject()) {
        setMalformed(
            QCoreApplication::translate("tailor::CompletionParser", "a stream chunk that is not JSON: \"%1\"")
                .arg(shortened(QString::fromUtf8(head(text, 200)))));
        return;
    }
    handleChunk(document.object());
}

void CompletionParser::handleChunk(const QJsonObject &chunk)
{
    if (takeError(chunk))
        return;
    if (m_model.isEmpty())
        m_model = chunk.value(QLatin1String("model")).toString();
    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject()) {
        const QJsonObject counts = usage.toObject();
        m_promptTokens = intOf(counts.value(QLatin1String("prompt_tokens")), m_promptTokens);
        m_completionTokens = intOf(counts.value(QLatin1String("completion_tokens")), m_completionTokens);
    }
    // Usage chunks have no choices; vLLM sends "choices": null.
    const QJsonValue choices = chunk.value(QLatin1String("choices"));
    if (!choices.isArray())
        return;
    const QJsonArray list = choices.toArray();
    if (list.isEmpty())
        return;
    const QJsonObject choice = list.first().toObject();
    const QJsonValue delta = choice.value(QLatin1String("delta"));
    if (delta.isObject()) {
        const QJsonValue content = delta.toObject().value(QLatin1String("content"));
        if (content.isString())
            m_content += content.toString();
    } else if (choice.value(QLatin1String("text")).isString()) {
        m_content += choice.value(QLatin1String("text")).toString();
    }
    const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
    if (finish.isString() && !finish.toString().isEmpty()) {
        m_finishReason = finish.toString();
        m_state = State::Complete;
    }
}

} // namespace tailor
