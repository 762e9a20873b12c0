#include "httpconnection.h"

#include "responsebuilder.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace tailor::test {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = 256 * 1024 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, quint64 id, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer.append(m_socket->readAll());
        parse();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::markClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            markClosed();
    });
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (!m_closed)
        m_socket->write(bytes);
}

void HttpConnection::finishResponse(bool keepAlive)
{
    m_busy = false;
    if (!keepAlive) {
        closeGracefully();
        return;
    }
    // The next pipelined request, if any, starts from the event loop so the finishing exchange unwinds first.
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::parse);
}

void HttpConnection::closeGracefully()
{
    if (m_closed)
        return;
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        markClosed();
}

void HttpConnection::reset()
{
    if (m_closed)
        return;
    // What was written so far goes out first, so a reset mid-stream really comes after the chunks before it.
    m_socket->flush();
    const struct linger lingerOption
    {
        1, 0
    };
    ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption,
                 sizeof(lingerOption));
    m_socket->abort();
    markClosed();
}

void HttpConnection::markClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    // Queued: the closing call may come from deep inside an exchange that the endpoint is about to delete.
    QMetaObject::invokeMethod(
        this, [this] { emit closed(this); }, Qt::QueuedConnection);
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    const QByteArray body = "{\"error\":{\"message\":\"" + message +
                            "\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}";
    write("HTTP/1.1 " + QByteArray::number(status) + ' ' + ResponseBuilder::reasonPhrase(status) +
          "\r\nContent-Type: application/json\r\n" + "Content-Length: " + QByteArray::number(body.size()) +
          "\r\nConnection: close\r\n\r\n" + body);
    m_buffer.clear();
    m_busy = true;
    closeGracefully();
}

void HttpConnection::parse()
{
    if (m_busy || m_closed)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > maxHeaderBytes)
            fail(431, QByteArrayLiteral("Request headers are too large."));
        return;
    }

    HttpRequest request;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, QByteArrayLiteral("Malformed request line."));
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    qint64 contentLength = 0;
    QByteArray connectionHeader;
    bool expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, QByteArrayLiteral("Malformed header line."));
            return;
        }
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                fail(400, QByteArrayLiteral("Invalid Content-Length."));
                return;
            }
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            connectionHeader = value.toLower();
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            fail(400, QByteArrayLiteral("Chunked request bodies are not supported by the test endpoint."));
            return;
        }
    }
    if (contentLength > maxBodyBytes) {
        fail(413, QByteArrayLiteral("Request body is too large."));
        return;
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (m_buffer.size() < total) {
        if (expectContinue && !m_continueSent) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continueSent = true;
        }
        return;
    }
    m_continueSent = false;
    request.body = m_buffer.mid(headerEnd + 4, contentLength);
    m_buffer.remove(0, total);
    request.keepAlive = request.version == "HTTP/1.0" ? connectionHeader.contains("keep-alive")
                                                      : !connectionHeader.contains("close");
    m_busy = true;
    emit requestReady(this, request);
}

} // namespace tailor::test
