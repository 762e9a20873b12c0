// Exchange plays one PlannedResponse out on its connection: waits the planned delay on a timer (never a
// blocking sleep, so one thread serves hundreds of slow requests at once), writes the bytes or paces the
// SSE events, and injects the planned fault. It reports completion exactly once — when the response is
// written, the connection is reset or closed, or, for a hang, when the connection goes away.
#pragma once

#include "responsebuilder.h"

#include <QObject>

#include <functional>

namespace tailor::test {

class HttpConnection;

class Exchange : public QObject
{
    Q_OBJECT

public:
    // The exchange is a child of `connection` and dies with it.
    Exchange(HttpConnection *connection, PlannedResponse plan, std::function<void()> onDone);
    ~Exchange() override;

    void start();

private:
    void begin();
    void sendEvents();
    void writeEvent(const QByteArray &event);
    void applyFault();
    void complete();
    void finish();

    HttpConnection *m_connection;
    PlannedResponse m_plan;
    std::function<void()> m_onDone;
    qsizetype m_nextEvent = 0;
};

} // namespace tailor::test
