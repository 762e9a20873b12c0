#include "exchange.h"

#include "httpconnection.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace tailor::test {

Exchange::Exchange(HttpConnection *connection, PlannedResponse plan, std::function<void()> onDone)
    : QObject(connection)
    , m_connection(connection)
    , m_plan(std::move(plan))
    , m_onDone(std::move(onDone))
{}

Exchange::~Exchange()
{
    finish();
}

void Exchange::start()
{
    if (m_plan.delayMs > 0)
        QTimer::singleShot(m_plan.delayMs, this, &Exchange::begin);
    else
        begin();
}

void Exchange::begin()
{
    switch (m_plan.kind) {
    case PlannedResponse::Kind::Reset:
        m_connection->reset();
        finish();
        deleteLater();
        return;
    case PlannedResponse::Kind::Hang:
        return;
    case PlannedResponse::Kind::Bytes:
        m_connection->write(m_plan.head + m_plan.body);
        complete();
        return;
    case PlannedResponse::Kind::Stream:
        m_connection->write(m_plan.head);
        sendEvents();
        return;
    }
}

void Exchange::sendEvents()
{
    const qsizetype faultAt = std::min<qsizetype>(m_plan.faultAfterChunks, m_plan.events.size());
    for (;;) {
        if (m_plan.fault != Rule::StreamFault::None && m_nextEvent >= faultAt) {
            applyFault();
            return;
        }
        if (m_nextEvent >= m_plan.events.size()) {
            if (m_plan.chunked)
                m_connection->write(QByteArrayLiteral("0\r\n\r\n"));
            complete();
            return;
        }
        writeEvent(m_plan.events.at(m_nextEvent++));
        if (m_plan.chunkDelayMs > 0 && m_nextEvent < m_plan.events.size()) {
            QTimer::singleShot(m_plan.chunkDelayMs, this, &Exchange::sendEvents);
            return;
        }
    }
}

void Exchange::writeEvent(const QByteArray &event)
{
    if (m_plan.chunked)
        m_connection->write(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
    else
        m_connection->write(event);
}

void Exchange::applyFault()
{
    switch (m_plan.fault) {
    case Rule::StreamFault::Reset:
        m_connection->reset();
        break;
    case Rule::StreamFault::Close:
        m_connection->closeGracefully();
        break;
    case Rule::StreamFault::Hang:
        return;
    case Rule::StreamFault::None:
    case Rule::StreamFault::NoDone:
        break;
    }
    finish();
    deleteLater();
}

void Exchange::complete()
{
    finish();
    const bool keepAlive = m_plan.keepAlive;
    HttpConnection *connection = m_connection;
    deleteLater();
    connection->finishResponse(keepAlive);
}

void Exchange::finish()
{
    if (!m_onDone)
        return;
    const auto onDone = std::exchange(m_onDone, nullptr);
    onDone();
}

} // namespace tailor::test
