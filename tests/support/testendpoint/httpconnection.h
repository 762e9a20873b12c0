// HttpConnection is the server side of one TCP connection of the test endpoint: a minimal HTTP/1.1 parser
// (request line, headers, Content-Length body, keep-alive, pipelined requests queued) and the raw socket
// operations fault injection needs — write bytes, close gracefully, or reset with a TCP RST. It hands each
// complete request to the endpoint and parses the next one only after the current response has finished.
#pragma once

#include "recordedrequest.h"

#include <QObject>

class QTcpSocket;

namespace tailor::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray version;
    HttpHeaders headers;
    QByteArray body;
    bool keepAlive = true;
};

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, quint64 id, QObject *parent = nullptr);
    ~HttpConnection() override;

    quint64 id() const { return m_id; }
    bool isOpen() const { return !m_closed; }

    void write(const QByteArray &bytes);
    // The current response is complete: close if it was the last one, else go on with the next request.
    void finishResponse(bool keepAlive);
    // Flushes what was written, then closes with a FIN.
    void closeGracefully();
    // Drops the connection with a TCP RST (SO_LINGER 0), as a crashing server or a proxy would.
    void reset();

signals:
    void requestReady(tailor::test::HttpConnection *connection, const tailor::test::HttpRequest &request);
    void closed(tailor::test::HttpConnection *connection);

private:
    void parse();
    void fail(int status, const QByteArray &message);
    void markClosed();

    QTcpSocket *m_socket;
    quint64 m_id;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_continueSent = false;
    bool m_closed = false;
};

} // namespace tailor::test
