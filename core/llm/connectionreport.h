// ConnectionReport is the answer to "Test connection" for an endpoint: whether the server answered at all,
// the model ids GET {base}/models listed (and whether the configured model is among them), and how a tiny
// chat request went — each with its latency and, on failure, a message an operator can act on.
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tailor {

struct ConnectionReport
{
    QString endpoint;
    bool reachable = false; // the server answered HTTP (any status)
    bool modelsListed = false;
    QStringList models;
    bool modelFound = false; // the configured model is among `models`
    qint64 modelsLatencyMs = -1;
    QString modelsError;
    bool chatOk = false;
    qint64 chatLatencyMs = -1;
    QString chatReply;
    QString chatError;

    // The endpoint works when the chat request succeeded; listing models is optional (not every server can).
    bool ok() const { return chatOk; }
    // One line for people: what works, else the first thing that does not.
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace tailor

Q_DECLARE_METATYPE(tailor::ConnectionReport)
