// ChatPanel sends one message (an optional system prompt and a user message) through an endpoint with the
// workspace's LLM client, shows the answer as it streams in, lets the operator cancel it at any moment, and
// then shows what the call came to: tokens (and whether they were estimated), latency, time to first token,
// cost, cache hit, retries and the error. The client works on its own thread; its signals reach the panel
// as queued calls, so the GUI thread never waits on the network.
#pragma once

#include "llm/chatresult.h"
#include "llm/endpointconfig.h"
#include "result.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tailor {

class LlmClient;

class ChatPanel : public QWidget
{
    Q_OBJECT

public:
    using EndpointSource = std::function<Result<EndpointConfig>()>;

    // `endpoint` is asked for the endpoint at the moment Send is pressed.
    explicit ChatPanel(EndpointSource endpoint, QWidget *parent = nullptr);

    // The workspace's client, or nullptr without a workspace. A call in flight on the old client is
    // cancelled.
    void setClient(LlmClient *client);
    // Sets "Stream the answer" to the endpoint's own setting (when another endpoint is chosen).
    void setStreamDefault(bool stream);
    bool isBusy() const { return m_activeId != 0; }

signals:
    void chatFinished(const tailor::ChatResult &result);

private:
    void send();
    void cancel();
    void appendDelta(quint64 id, const QString &text);
    void restartAnswer(quint64 id, int attempt, int maxAttempts, const QString &reason);
    void showResult(quint64 id, const tailor::ChatResult &result);
    void clearAccounting();
    void setBusy(bool busy);
    void showStatus(const QString &text, const QString &style = {});

    EndpointSource m_endpoint;
    LlmClient *m_client = nullptr;
    quint64 m_activeId = 0;
    bool m_receivedDelta = false;

    QPlainTextEdit *m_system = nullptr;
    QPlainTextEdit *m_user = nullptr;
    QComboBox *m_cachePolicy = nullptr;
    QCheckBox *m_stream = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_latency = nullptr;
    QLabel *m_ttft = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_cached = nullptr;
    QLabel *m_retries = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tailor
