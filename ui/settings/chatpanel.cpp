#include "chatpanel.h"

#include "appstyle.h"
#include "displayformat.h"
#include "llm/chatrequest.h"
#include "llm/llmclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace tailor {

namespace {

const QString okStyle = AppStyle::textStyle(AppStyle::Color::SuccessText);
const QString errorStyle = AppStyle::textStyle(AppStyle::Color::ErrorText);

} // namespace

ChatPanel::ChatPanel(EndpointSource endpoint, QWidget *parent)
    : QWidget(parent)
    , m_endpoint(std::move(endpoint))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *systemLabel = new QLabel(tr("S&ystem prompt (optional)"), this);
    layout->addWidget(systemLabel);
    m_system = new QPlainTextEdit(this);
    m_system->setObjectName(QStringLiteral("chatSystem"));
    m_system->setPlaceholderText(tr("You are a helpful assistant."));
    m_system->setTabChangesFocus(true);
    m_system->setFixedHeight(48);
    systemLabel->setBuddy(m_system);
    layout->addWidget(m_system);

    auto *userLabel = new QLabel(tr("&Message"), this);
    layout->addWidget(userLabel);
    m_user = new QPlainTextEdit(this);
    m_user->setObjectName(QStringLiteral("chatUser"));
    m_user->setPlaceholderText(tr("Say hello in five words."));
    m_user->setTabChangesFocus(true);
    m_user->setFixedHeight(64);
    userLabel->setBuddy(m_user);
    layout->addWidget(m_user);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(8);
    m_cachePolicy = new QComboBox(this);
    m_cachePolicy->setObjectName(QStringLiteral("chatCachePolicy"));
    m_cachePolicy->addItem(tr("Use the cache"), cachePolicyId(CachePolicy::Use));
    m_cachePolicy->addItem(tr("Bypass the cache"), cachePolicyId(CachePolicy::Bypass));
    m_cachePolicy->setToolTip(tr("With the cache, an identical earlier request is answered from the "
                                 "workspace at no cost; bypassing always asks the endpoint."));
    controls->addWidget(m_cachePolicy);
    m_stream = new QCheckBox(tr("S&tream the answer"), this);
    m_stream->setObjectName(QStringLiteral("chatStream"));
    controls->addWidget(m_stream);
    controls->addStretch();
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("chatCancel"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ChatPanel::cancel);
    controls->addWidget(m_cancel);
    m_send = new QPushButton(tr("Sen&d"), this);
    m_send->setObjectName(QStringLiteral("chatSend"));
    m_send->setDefault(true);
    m_send->setEnabled(false);
    connect(m_send, &QPushButton::clicked, this, &ChatPanel::send);
    connect(m_user, &QPlainTextEdit::textChanged, this, [this] { setBusy(isBusy()); });
    controls->addWidget(m_send);
    layout->addLayout(controls);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("chatAnswer"));
    m_answer->setReadOnly(true);
    m_answer->setPlaceholderText(tr("The answer appears here as it arrives."));
    m_answer->setMinimumHeight(80);
    layout->addWidget(m_answer, 1);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(5);
    auto addValue = [this, grid](int row, int column, const QString &name, const QString &objectName,
                                 int span = 1) {
        auto *nameLabel = new QLabel(name, this);
        nameLabel->setObjectName(QStringLiteral("fieldName"));
        auto *value = new QLabel(QStringLiteral("—"), this);
        value->setObjectName(objectName);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(nameLabel, row, column * 2);
        grid->addWidget(value, row, column * 2 + 1, 1, span);
        return value;
    };
    // Two pairs a row, the token counts (the longest value) on a row of their own, so the figures stay
    // whole beside the endpoint list in longer languages.
    m_tokens = addValue(0, 0, tr("Tokens"), QStringLiteral("chatTokens"), 3);
    m_latency = addValue(1, 0, tr("Latency"), QStringLiteral("chatLatency"));
    m_ttft = addValue(1, 1, tr("First token"), QStringLiteral("chatTtft"));
    m_cost = addValue(2, 0, tr("Cost"), QStringLiteral("chatCost"));
    m_cached = addValue(2, 1, tr("Cached"), QStringLiteral("chatCached"));
    m_retries = addValue(3, 0, tr("Retries"), QStringLiteral("chatRetries"));
    for (int column : {1, 3})
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("chatError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(errorStyle);
    m_error->hide();
    layout->addWidget(m_error);
}

void ChatPanel::setClient(LlmClient *client)
{
    if (m_client == client)
        return;
    if (m_client) {
        if (m_activeId != 0)
            m_client->cancel(m_activeId);
        disconnect(m_client, nullptr, this, nullptr);
    }
    m_client = client;
    m_activeId = 0;
    if (m_client) {
        // The client emits on its own thread.
        connect(m_client, &LlmClient::delta, this, &ChatPanel::appendDelta, Qt::QueuedConnection);
        connect(m_client, &LlmClient::retrying, this, &ChatPanel::restartAnswer, Qt::QueuedConnection);
        connect(m_client, &LlmClient::finished, this, &ChatPanel::showResult, Qt::QueuedConnection);
    }
    m_answer->clear();
    m_status->clear();
    clearAccounting();
    setBusy(false);
}

void ChatPanel::setStreamDefault(bool stream)
{
    m_stream->setChecked(stream);
}

void ChatPanel::send()
{
    if (!m_client || isBusy() || m_user->toPlainText().trimmed().isEmpty())
        return;
    auto endpoint = m_endpoint();
    if (endpoint) {
        if (auto valid = endpoint.value().validate(); !valid)
            endpoint = valid.error();
    }
    if (!endpoint) {
        showStatus(tr("Cannot send: %1").arg(endpoint.error().message), errorStyle);
        return;
    }
    ChatRequest request;
    request.endpoint = endpoint.value();
    const QString system = m_system->toPlainText().trimmed();
    if (!system.isEmpty())
        request.messages.append({QStringLiteral("system"), system});
    request.messages.append({QStringLiteral("user"), m_user->toPlainText()});
    request.stream = m_stream->isChecked();
    request.cache = parseCachePolicy(m_cachePolicy->currentData().toString()).value_or(CachePolicy::Use);

    m_answer->clear();
    clearAccounting();
    m_receivedDelta = false;
    m_activeId = m_client->submit(std::move(request)).id;
    setBusy(true);
    showStatus(tr("Sending to '%1'…").arg(endpoint.value().name));
}

void ChatPanel::cancel()
{
    if (m_client && isBusy()) {
        m_client->cancel(m_activeId);
        showStatus(tr("Cancelling…"));
    }
}

void ChatPanel::appendDelta(quint64 id, const QString &text)
{
    if (id != m_activeId || id == 0)
        return;
    if (!m_receivedDelta) {
        m_receivedDelta = true;
        showStatus(tr("Streaming…"));
    }
    QScrollBar *scroll = m_answer->verticalScrollBar();
    const bool atEnd = scroll->value() == scroll->maximum();
    QTextCursor cursor = m_answer->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd)
        scroll->setValue(scroll->maximum());
}

void ChatPanel::restartAnswer(quint64 id, int attempt, int maxAttempts, const QString &reason)
{
    if (id != m_activeId || id == 0)
        return;
    // What streamed so far belongs to the failed attempt; the next one starts the answer again.
    m_answer->clear();
    m_receivedDelta = false;
    showStatus(tr("Retrying (attempt %1 of %2): %3").arg(attempt).arg(maxAttempts).arg(reason), errorStyle);
}

void ChatPanel::showResult(quint64 id, const ChatResult &result)
{
    if (id != m_activeId || id == 0)
        return;
    m_activeId = 0;
    setBusy(false);
    const QLocale locale;

    // The result holds the whole answer; it replaces what the deltas built up.
    if (!result.content.isEmpty() || result.ok())
        m_answer->setPlainText(result.content);
    switch (result.status) {
    case ChatStatus::Ok:
        if (result.dryRun)
            showStatus(tr("Dry run: nothing was sent; the tokens are counted."), okStyle);
        else
            showStatus(tr("Answered by %1%2.")
                           .arg(result.model, result.finishReason.isEmpty()
                                                  ? QString()
                                                  : tr(" (finish reason: %1)").arg(result.finishReason)),
                       okStyle);
        break;
    case ChatStatus::Cancelled:
        showStatus(tr("Cancelled."), errorStyle);
        break;
    case ChatStatus::Failed:
        showStatus(tr("Failed (%1).").arg(chatFailureId(result.failure)), errorStyle);
        break;
    }

    const QString tokens =
        tr("%1 prompt + %2 completion")
            .arg(locale.toString(result.promptTokens), locale.toString(result.completionTokens));
    m_tokens->setText(result.tokensEstimated ? tr("%1 (estimated)").arg(tokens) : tokens);
    m_latency->setText(displayMilliseconds(result.latencyMs));
    m_ttft->setText(result.ttftMs >= 0 ? displayMilliseconds(result.ttftMs) : tr("not streamed"));
    m_cost->setText(displayCost(result.cost));
    m_cached->setText(result.cached ? (result.coalesced ? tr("yes (shared an identical call)") : tr("yes"))
                                    : tr("no"));
    m_retries->setText(locale.toString(result.retries));
    m_error->setText(result.error);
    m_error->setVisible(!result.error.isEmpty());
    emit chatFinished(result);
}

void ChatPanel::clearAccounting()
{
    for (QLabel *label : {m_tokens, m_latency, m_ttft, m_cost, m_cached, m_retries})
        label->setText(QStringLiteral("—"));
    m_error->clear();
    m_error->hide();
}

void ChatPanel::setBusy(bool busy)
{
    m_send->setEnabled(m_client && !busy && !m_user->toPlainText().trimmed().isEmpty());
    m_cancel->setEnabled(busy);
}

void ChatPanel::showStatus(const QString &text, const QString &style)
{
    m_status->setStyleSheet(style);
    m_status->setText(text);
}

} // namespace tailor
