// RecordedRequest is what the test endpoint saw of one HTTP request: the raw request line, headers and body,
// the parsed JSON, when and on which connection it arrived, and which scripted rule answered it. Tests read
// these to check what a client really sent (headers, parameters, retries, duplicates).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace tailor::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct RecordedRequest
{
    int number = 0;           // 1-based arrival order over all requests the endpoint received
    quint64 connectionId = 0; // 1-based, in accept order; requests on one keep-alive connection share it
    QString method;
    QString path;        // without the query string
    QString httpVersion; // "HTTP/1.1" or "HTTP/1.0"
    HttpHeaders headers;
    QByteArray body;
    QJsonObject json; // the body parsed as a JSON object, empty if it was not one
    bool jsonValid = false;
    QDateTime arrival;
    qint64 arrivalMs = 0; // milliseconds since listen(), monotonic
    int ruleIndex = -1;   // index of the rule that answered, -1 for the built-in answer
    bool keepAlive = true;

    // Case-insensitive; the first value of the header, empty if absent.
    QByteArray header(const QByteArray &name) const;
    QString model() const;
    bool stream() const;
    bool includeUsage() const;
    // Content of the last message with role "user"; text parts of array content are joined.
    QString lastUserMessage() const;
};

} // namespace tailor::test

Q_DECLARE_METATYPE(tailor::test::RecordedRequest)
