#include "endpointspage.h"

#include "appstyle.h"
#include "chatpanel.h"
#include "displayformat.h"
#include "llm/secretstore.h"
#include "widgets/endpointform.h"
#include "widgets/pagewidgets.h"
#include "workspacetask.h"

#include <QFontMetrics>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tailor {

namespace {

const QString okStyle = AppStyle::textStyle(AppStyle::Color::SuccessText);
const QString errorStyle = AppStyle::textStyle(AppStyle::Color::ErrorText);

QLabel *addValue(QGridLayout *grid, int row, const QString &name, const QString &objectName)
{
    auto *nameLabel = new QLabel(name, grid->parentWidget());
    nameLabel->setObjectName(QStringLiteral("fieldName"));
    auto *value = new QLabel(QStringLiteral("—"), grid->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(nameLabel, row, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, 1, Qt::AlignTop);
    return value;
}

} // namespace

EndpointsPage::EndpointsPage(QThreadPool *workspacePool, QWidget *parent)
    : QWidget(parent)
    , m_pool(workspacePool)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(0);

    m_note = createNote(tr("No workspace open — endpoints are kept in the workspace. Use File → New "
                           "workspace or Open workspace."),
                        this);
    m_note->setObjectName(QStringLiteral("endpointsNote"));
    layout->addWidget(m_note);

    m_body = new QWidget(this);
    auto *bodyLayout = new QHBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, m_body);
    splitter->setObjectName(QStringLiteral("endpointsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListPane());
    splitter->addWidget(createDetailPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 570});
    bodyLayout->addWidget(splitter);
    layout->addWidget(m_body, 1);

    setEnabledForWorkspace(false);
}

QWidget *EndpointsPage::createListPane()
{
    auto *pane = new QWidget(this);
    pane->setMinimumWidth(380);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 14, 0);
    layout->setSpacing(8);
    layout->addWidget(paneTitle(tr("Endpoints"), pane));

    m_table = new QTableWidget(0, 5, pane);
    m_table->setObjectName(QStringLiteral("endpointsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Provider"), tr("Model"), tr("Base URL"), tr("In flight")});
    m_table->horizontalHeaderItem(4)->setToolTip(tr("Concurrency: requests in flight at once"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Columns as wide as their header or a typical value in this language and font, the base URL taking the
    // rest: cells elide, the tooltips hold the whole text.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    QFont headerFont = header->font();
    headerFont.setBold(true); // tailor.qss
    const QFontMetrics headerMetrics(headerFont);
    const QFontMetrics cellMetrics(m_table->font());
    const QStringList samples{QStringLiteral("team-vllm"), QStringLiteral("OpenAI"), QStringLiteral("gpt-4o"),
                              QString(), QStringLiteral("32")};
    for (int column : {0, 1, 2, 4}) {
        const int forHeader =
            headerMetrics.horizontalAdvance(m_table->horizontalHeaderItem(column)->text()) + 24;
        header->resizeSection(column,
                              qMax(forHeader, cellMetrics.horizontalAdvance(samples.at(column)) + 24));
    }
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setMinimumHeight(120);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EndpointsPage::tableSelectionChanged);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    // A push button with a menu: its arrow has room of its own (a tool button's overlapped the text).
    m_new = new QPushButton(tr("&New from preset"), pane);
    m_new->setObjectName(QStringLiteral("newEndpointButton"));
    auto *presets = new QMenu(m_new);
    presets->setObjectName(QStringLiteral("presetMenu"));
    for (EndpointProvider provider : allEndpointProviders()) {
        QAction *action = presets->addAction(endpointProviderDisplayName(provider), this,
                                             [this, provider] { newFromPreset(provider); });
        action->setObjectName(QStringLiteral("preset-") + endpointProviderId(provider));
    }
    m_new->setMenu(presets);
    actions->addWidget(m_new);
    actions->addStretch();
    m_delete = new QPushButton(tr("De&lete…"), pane);
    m_delete->setObjectName(QStringLiteral("deleteEndpointButton"));
    m_delete->setToolTip(tr("Remove the selected endpoint from the workspace (admins only)."));
    connect(m_delete, &QPushButton::clicked, this, &EndpointsPage::confirmRemove);
    actions->addWidget(m_delete);
    layout->addLayout(actions);

    layout->addSpacing(10);
    layout->addWidget(createUsageBox(pane));
    return pane;
}

QWidget *EndpointsPage::createUsageBox(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(paneTitle(tr("Usage in this workspace"), box));

    auto *gridHost = new QWidget(box);
    auto *grid = new QGridLayout(gridHost);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(5);
    m_calls = addValue(grid, 0, tr("Calls"), QStringLiteral("usageCalls"));
    m_tokens = addValue(grid, 1, tr("Tokens"), QStringLiteral("usageTokens"));
    m_cost = addValue(grid, 2, tr("Cost"), QStringLiteral("usageCost"));
    m_latency = addValue(grid, 3, tr("Latency"), QStringLiteral("usageLatency"));
    m_cacheEntries = addValue(grid, 4, tr("Cached answers"), QStringLiteral("cacheEntries"));
    m_cacheHits = addValue(grid, 5, tr("Cache hits"), QStringLiteral("cacheHits"));
    grid->setColumnStretch(1, 1);
    layout->addWidget(gridHost);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_usageMessage = new QLabel(box);
    m_usageMessage->setObjectName(QStringLiteral("usageMessage"));
    m_usageMessage->setWordWrap(true);
    buttons->addWidget(m_usageMessage, 1);
    m_refreshUsage = new QPushButton(tr("Re&fresh"), box);
    m_refreshUsage->setObjectName(QStringLiteral("refreshUsageButton"));
    connect(m_refreshUsage, &QPushButton::clicked, this, &EndpointsPage::refreshUsage);
    buttons->addWidget(m_refreshUsage);
    m_clearCache = new QPushButton(tr("Clear &cache"), box);
    m_clearCache->setObjectName(QStringLiteral("clearCacheButton"));
    m_clearCache->setToolTip(tr("Remove every cached answer, so the next identical request goes to the "
                                "endpoint again (admins only). The clearing is recorded in the audit log."));
    connect(m_clearCache, &QPushButton::clicked, this, &EndpointsPage::clearCache);
    buttons->addWidget(m_clearCache);
    layout->addLayout(buttons);
    return box;
}

QWidget *EndpointsPage::createDetailPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(14, 0, 0, 0);
    layout->setSpacing(4);
    m_title = new QLabel(pane);
    m_title->setObjectName(QStringLiteral("promptTitle"));
    layout->addWidget(m_title);
    m_subtitle = createNote(QString(), pane);
    m_subtitle->setObjectName(QStringLiteral("endpointSubtitle"));
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);

    m_tabs = new QTabWidget(pane);
    m_tabs->setObjectName(QStringLiteral("endpointTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createConfigurationTab(), tr("Configuration"));
    m_tabs->addTab(createTestTab(), tr("Test connection"));
    m_chat = new ChatPanel([this] { return formEndpoint(); }, m_tabs);
    m_chat->setObjectName(QStringLiteral("chatPanel"));
    m_chat->setContentsMargins(0, 10, 0, 0);
    connect(m_chat, &ChatPanel::chatFinished, this, &EndpointsPage::refreshUsage);
    m_tabs->addTab(m_chat, tr("Chat"));
    layout->addWidget(m_tabs, 1);
    return pane;
}

QWidget *EndpointsPage::createConfigurationTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);

    auto *scroll = new QScrollArea(tab);
    scroll->setObjectName(QStringLiteral("endpointFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new EndpointForm(scroll);
    m_form->setObjectName(QStringLiteral("endpointForm"));
    m_form->setContentsMargins(0, 0, 10, 0);
    connect(m_form, &EndpointForm::edited, this, &EndpointsPage::formEdited);
    connect(m_form, &EndpointForm::storeKeyRequested, this, &EndpointsPage::storeKey);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_formMessage = new QLabel(tab);
    m_formMessage->setObjectName(QStringLiteral("endpointMessage"));
    m_formMessage->setWordWrap(true);
    m_formMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_formMessage, 1);
    m_revert = new QPushButton(tr("&Revert"), tab);
    m_revert->setObjectName(QStringLiteral("revertEndpointButton"));
    m_revert->setToolTip(tr("Drop the changes and show the endpoint as saved."));
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_current.isEmpty())
            return;
        m_dirty = false; // selectEndpoint() keeps edits it finds; these are being dropped
        selectEndpoint(m_current);
    });
    bar->addWidget(m_revert, 0, Qt::AlignBottom);
    m_save = new QPushButton(tr("&Save"), tab);
    m_save->setObjectName(QStringLiteral("saveEndpointButton"));
    m_save->setToolTip(tr("Save the endpoint in the workspace under its name (admins only)."));
    connect(m_save, &QPushButton::clicked, this, &EndpointsPage::save);
    bar->addWidget(m_save, 0, Qt::AlignBottom);
    layout->addLayout(bar);
    return tab;
}

QWidget *EndpointsPage::createTestTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    m_test = new QPushButton(tr("&Test connection"), tab);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    connect(m_test, &QPushButton::clicked, this, &EndpointsPage::testConnection);
    top->addWidget(m_test, 0, Qt::AlignTop);
    top->addWidget(createNote(tr("Lists the server's models (GET /models) and sends a tiny chat request, "
                                 "with the settings shown under Configuration, saved or not."),
                              tab),
                   1);
    layout->addLayout(top);

    m_testSummary = new QLabel(tab);
    m_testSummary->setObjectName(QStringLiteral("testSummary"));
    m_testSummary->setWordWrap(true);
    m_testSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_testSummary);

    auto *gridHost = new QWidget(tab);
    auto *grid = new QGridLayout(gridHost);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    m_reachable = addValue(grid, 0, tr("Reachable"), QStringLiteral("testReachable"));
    m_modelsLatency = addValue(grid, 1, tr("Model list"), QStringLiteral("testModelsLatency"));
    m_modelFound = addValue(grid, 2, tr("Configured model"), QStringLiteral("testModelFound"));
    m_chatLatency = addValue(grid, 3, tr("Chat request"), QStringLiteral("testChatLatency"));
    m_chatReply = addValue(grid, 4, tr("Reply"), QStringLiteral("testChatReply"));
    grid->setColumnStretch(1, 1);
    layout->addWidget(gridHost);

    m_testErrors = new QLabel(tab);
    m_testErrors->setObjectName(QStringLiteral("testErrors"));
    m_testErrors->setWordWrap(true);
    m_testErrors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testErrors->setStyleSheet(errorStyle);
    m_testErrors->hide();
    layout->addWidget(m_testErrors);

    layout->addWidget(paneTitle(tr("Models the server lists"), tab));
    m_models = new QListWidget(tab);
    m_models->setObjectName(QStringLiteral("modelsList"));
    m_models->setMinimumHeight(80);
    layout->addWidget(m_models, 1);
    return tab;
}

void EndpointsPage::setEnabledForWorkspace(bool enabled)
{
    m_note->setVisible(!enabled);
    m_body->setVisible(enabled);
}

void EndpointsPage::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    // The client is created here, on the GUI thread, so its signals are delivered through this thread. The
    // chat lets go of the old workspace's client before this page drops what may be the last reference to it.
    m_chat->setClient(workspace ? &workspace->llm() : nullptr);
    m_workspace = std::move(workspace);
    m_endpoints.clear();
    m_current.clear();
    m_dirty = false;
    m_table->setRowCount(0);
    m_testing = false;
    m_test->setEnabled(true);
    showReport({});
    m_testSummary->clear();
    setEnabledForWorkspace(m_workspace != nullptr);
    if (!m_workspace) {
        emit endpointsLoaded({});
        return;
    }
    reload();
    refreshUsage();
}

void EndpointsPage::reload(const QString &select)
{
    if (!m_workspace)
        return;
    auto workspace = m_workspace;
    runWorkspaceTask(
        m_pool, workspace, this, [](Workspace &workspace) { return workspace.endpoints().list(); },
        [this, workspace, select](Result<QList<StoredEndpoint>> endpoints) {
            if (workspace != m_workspace)
                return;
            if (!endpoints) {
                showFormMessage(tr("Cannot read the endpoints: %1").arg(endpoints.error().message), true);
                return;
            }
            showEndpoints(endpoints.value(), select);
        });
}

void EndpointsPage::showEndpoints(const QList<StoredEndpoint> &endpoints, const QString &select)
{
    m_endpoints = endpoints;
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
        m_table->setRowCount(int(endpoints.size()));
        for (int row = 0; row < endpoints.size(); ++row) {
            const EndpointConfig &config = endpoints.at(row).config;
            // The host matters more than the scheme in a narrow column; the tooltip has the whole URL.
            const QUrl url(config.baseUrl);
            const QString shortUrl = url.isValid() && !url.host().isEmpty()
                                         ? url.toString(QUrl::RemoveScheme).mid(2)
                                         : config.baseUrl;
            const QStringList cells{config.name, endpointProviderDisplayName(config.provider), config.model,
                                    config.isDryRun() ? tr("no network") : shortUrl,
                                    QLocale().toString(config.concurrency)};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setToolTip(column == 3 && !config.isDryRun() ? config.baseUrl : cells.at(column));
                m_table->setItem(row, column, item);
            }
        }
    }
    QString wanted = select;
    if (wanted.isEmpty() && !m_current.isEmpty())
        wanted = m_current;
    if (wanted.isEmpty() && !(m_dirty && m_current.isEmpty())) {
        // Nothing chosen yet: the first endpoint someone configured, else the built-in dry run.
        for (const StoredEndpoint &stored : endpoints) {
            if (!stored.updatedBy.isEmpty()) {
                wanted = stored.config.name;
                break;
            }
        }
        if (wanted.isEmpty() && !endpoints.isEmpty())
            wanted = endpoints.constFirst().config.name;
    }
    if (!wanted.isEmpty())
        selectEndpoint(wanted);
    updateHeader();
    if (!m_pendingMessage.isEmpty()) {
        showFormMessage(m_pendingMessage, false);
        m_pendingMessage.clear();
    }
    emit endpointsLoaded(endpoints);
}

void EndpointsPage::selectEndpoint(const QString &name)
{
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row).config.name != name)
            continue;
        const bool sameRow = m_table->currentRow() == row && m_table->item(row, 0)->isSelected();
        if (sameRow && name == m_current && m_dirty)
            return; // keep the operator's edits over a reload
        {
            const QSignalBlocker blocker(m_table);
            m_table->selectRow(row);
        }
        showInForm(m_endpoints.at(row).config, false);
        return;
    }
}

void EndpointsPage::tableSelectionChanged()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    if (row < 0 || row >= m_endpoints.size())
        return;
    const EndpointConfig wanted = m_endpoints.at(row).config;
    if (!m_dirty || wanted.name == m_current) {
        showInForm(wanted, false);
        return;
    }
    // Unsaved edits: keep the form and its selection until the operator decides.
    restoreTableSelection();
    const QString editing =
        m_current.isEmpty() ? tr("the new endpoint") : QStringLiteral("'%1'").arg(m_current);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("You changed %1 and did not save it. Discard those changes and open '%2'?")
                                    .arg(editing, wanted.name),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardEndpointChanges"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name = wanted.name](int result) {
        if (result != QMessageBox::Discard)
            return;
        m_dirty = false;
        selectEndpoint(name);
    });
    box->open();
}

void EndpointsPage::restoreTableSelection()
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (!m_current.isEmpty() && m_endpoints.at(row).config.name == m_current) {
            m_table->selectRow(row);
            return;
        }
    }
    m_table->clearSelection();
}

void EndpointsPage::newFromPreset(EndpointProvider provider)
{
    // A name no endpoint has yet, so saving the new one never replaces another by accident.
    const QString base = endpointProviderId(provider);
    QString name = base;
    auto taken = [this](const QString &candidate) {
        return std::any_of(m_endpoints.cbegin(), m_endpoints.cend(),
                           [&candidate](const StoredEndpoint &e) { return e.config.name == candidate; });
    };
    for (int suffix = 2; taken(name); ++suffix)
        name = QStringLiteral("%1-%2").arg(base).arg(suffix);
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    }
    showInForm(EndpointConfig::preset(provider, name), true);
    m_dirty = true;
    updateHeader();
    m_tabs->setCurrentIndex(0);
}

void EndpointsPage::showInForm(const EndpointConfig &config, bool isNew)
{
    const QString previous = m_current;
    m_form->setConfig(config);
    m_current = isNew ? QString() : config.name;
    m_dirty = false;
    m_chat->setStreamDefault(config.streaming);
    if (isNew || previous != m_current) {
        showFormMessage(QString(), false);
        if (!m_testing) {
            showReport({});
            m_testSummary->clear();
        }
    }
    updateHeader();
}

void EndpointsPage::formEdited()
{
    m_dirty = true;
    auto endpoint = formEndpoint();
    showFormMessage(endpoint ? QString() : endpoint.error().message, true);
    updateHeader();
}

Result<EndpointConfig> EndpointsPage::formEndpoint() const
{
    auto endpoint = m_form->config();
    if (!endpoint)
        return endpoint;
    if (auto valid = endpoint.value().validate(); !valid)
        return valid.error();
    return endpoint;
}

void EndpointsPage::updateHeader()
{
    const auto endpoint = m_form->config();
    const QString name = endpoint ? endpoint.value().name : QString();
    m_title->setText(name.isEmpty() ? tr("Unnamed endpoint") : name);
    const StoredEndpoint *stored = nullptr;
    for (const StoredEndpoint &candidate : std::as_const(m_endpoints)) {
        if (!m_current.isEmpty() && candidate.config.name == m_current)
            stored = &candidate;
    }
    QString subtitle;
    if (!stored)
        subtitle = tr("New endpoint — not saved yet.");
    else if (m_dirty)
        subtitle = tr("Changed — not saved yet.");
    else if (stored->updatedBy.isEmpty())
        subtitle = tr("Built in: renders and counts tokens without any network call.");
    else
        subtitle = tr("Saved by %1 at %2.").arg(stored->updatedBy, displayTime(stored->updatedAt));
    m_subtitle->setText(subtitle);
    m_delete->setEnabled(stored && !stored->updatedBy.isEmpty());
    m_revert->setEnabled(stored && m_dirty);
    m_save->setEnabled(m_workspace && (m_dirty || !stored || stored->updatedBy.isEmpty()));
}

void EndpointsPage::save()
{
    if (!m_workspace)
        return;
    auto endpoint = formEndpoint();
    if (!endpoint) {
        showFormMessage(endpoint.error().message, true);
        return;
    }
    const EndpointConfig config = endpoint.value();
    auto workspace = m_workspace;
    m_save->setEnabled(false);
    showFormMessage(tr("Saving…"), false);
    runWorkspaceTask(
        m_pool, workspace, this,
        [config](Workspace &workspace) { return workspace.endpoints().save(config); },
        [this, workspace, config](Result<void> saved) {
            if (workspace != m_workspace)
                return;
            if (!saved) {
                updateHeader();
                showFormMessage(tr("Not saved: %1").arg(saved.error().message), true);
                return;
            }
            m_current = config.name;
            m_dirty = false;
            m_pendingMessage = tr("Saved '%1'.").arg(config.name);
            reload(config.name);
            emit this->saved(config.name);
        });
}

void EndpointsPage::confirmRemove()
{
    if (!m_workspace || m_current.isEmpty())
        return;
    const QString name = m_current;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete endpoint"),
                                tr("Delete the endpoint '%1' from this workspace? Its request log entries "
                                   "and cached answers stay.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteEndpoint"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result == QMessageBox::Yes)
            remove(name);
    });
    box->open();
}

void EndpointsPage::remove(const QString &name)
{
    auto workspace = m_workspace;
    if (!workspace)
        return;
    runWorkspaceTask(
        m_pool, workspace, this, [name](Workspace &workspace) { return workspace.endpoints().remove(name); },
        [this, workspace, name](Result<void> removed) {
            if (workspace != m_workspace)
                return;
            if (!removed) {
                showFormMessage(tr("Not deleted: %1").arg(removed.error().message), true);
                return;
            }
            m_current.clear();
            m_dirty = false;
            m_pendingMessage = tr("Deleted '%1'.").arg(name);
            reload();
        });
}

void EndpointsPage::storeKey(const QString &keyName, const QString &envName)
{
    if (keyName.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("storeKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Store API key"));
    dialog->setLabelText(tr("API key for the keychain entry '%1'. It goes to the OS keychain only; Tailor "
                            "saves just the entry's name.")
                             .arg(keyName));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setOkButtonText(tr("Store in keychain"));
    // The key is taken out of the dialog as it closes, so it does not linger in a widget.
    connect(dialog, &QDialog::finished, this, [this, dialog, keyName, envName](int result) {
        const QString key = dialog->textValue().trimmed();
        dialog->setTextValue(QString());
        if (result != QDialog::Accepted)
            return;
        if (key.isEmpty()) {
            showFormMessage(tr("No key was typed; nothing was stored."), true);
            return;
        }
        showFormMessage(tr("Storing the key in the keychain…"), false);
        SecretStore().writeAsync(
            keyName, key, this,
            [this, keyName](Result<void> stored) {
                if (!stored)
                    showFormMessage(stored.error().message, true);
                else
                    showFormMessage(tr("The API key is in the keychain entry '%1'.").arg(keyName), false);
            },
            envName);
    });
    dialog->open();
}

void EndpointsPage::testConnection()
{
    if (!m_workspace || m_testing)
        return;
    auto endpoint = formEndpoint();
    if (!endpoint) {
        showReport({});
        m_testSummary->setStyleSheet(errorStyle);
        m_testSummary->setText(tr("Cannot test: %1").arg(endpoint.error().message));
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    showReport({});
    m_testSummary->setStyleSheet(QString());
    m_testSummary->setText(tr("Testing '%1'…").arg(endpoint.value().name));
    const bool asSaved =
        std::any_of(m_endpoints.cbegin(), m_endpoints.cend(),
                    [&](const StoredEndpoint &stored) { return stored.config == endpoint.value(); });
    auto workspace = m_workspace;
    auto *watcher = new QFutureWatcher<ConnectionReport>(this);
    connect(watcher, &QFutureWatcher<ConnectionReport>::finished, this, [this, watcher, workspace, asSaved] {
        watcher->deleteLater();
        if (workspace != m_workspace)
            return;
        m_testing = false;
        m_test->setEnabled(true);
        if (watcher->future().resultCount() == 0) {
            m_testSummary->setStyleSheet(errorStyle);
            m_testSummary->setText(tr("The test was interrupted."));
            return;
        }
        const ConnectionReport report = watcher->future().result();
        showReport(report);
        emit connectionTested(report);
        if (asSaved)
            emit savedEndpointTested(report);
    });
    watcher->setFuture(m_workspace->llm().testConnection(endpoint.value()));
}

void EndpointsPage::showReport(const ConnectionReport &report)
{
    const bool empty = report.endpoint.isEmpty();
    m_testSummary->setStyleSheet(empty ? QString() : report.ok() ? okStyle : errorStyle);
    // A failure's cause is said once, in the lines below the headline; the model list and the chat request
    // usually fail for the same reason (a refused connection), and then share one line.
    m_testSummary->setText(empty         ? QString()
                           : report.ok() ? report.summary()
                                         : tr("'%1' failed the test.").arg(report.endpoint));
    m_reachable->setText(empty ? QStringLiteral("—") : report.reachable ? tr("yes") : tr("no"));
    m_modelsLatency->setText(empty                 ? QStringLiteral("—")
                             : report.modelsListed ? tr("%1 listed in %2")
                                                         .arg(QLocale().toString(report.models.size()),
                                                              displayMilliseconds(report.modelsLatencyMs))
                                                   : tr("not listed"));
    m_modelFound->setText(empty || !report.modelsListed ? QStringLiteral("—")
                          : report.modelFound           ? tr("listed by the server")
                                                        : tr("not among the listed models"));
    m_chatLatency->setText(empty ? QStringLiteral("—")
                           : report.chatOk
                               ? tr("answered in %1").arg(displayMilliseconds(report.chatLatencyMs))
                               : tr("failed"));
    m_chatReply->setText(report.chatReply.isEmpty() ? QStringLiteral("—") : report.chatReply);
    QStringList errors;
    if (!report.modelsError.isEmpty() && report.modelsError == report.chatError) {
        errors << tr("Model list and chat request: %1").arg(report.chatError);
    } else {
        if (!report.modelsError.isEmpty())
            errors << tr("Model list: %1").arg(report.modelsError);
        if (!report.chatError.isEmpty())
            errors << tr("Chat request: %1").arg(report.chatError);
    }
    m_testErrors->setText(errors.join(QLatin1Char('\n')));
    m_testErrors->setVisible(!errors.isEmpty());
    m_models->clear();
    m_models->addItems(report.models);
}

void EndpointsPage::refreshUsage()
{
    if (!m_workspace)
        return;
    auto workspace = m_workspace;
    LlmClient *client = &workspace->llm();
    runWorkspaceTask(
        m_pool, workspace, this,
        [client](Workspace &) -> Result<Usage> {
            // Rows still waiting in the client's batch belong in the summary.
            auto flushed = client->flushLog();
            auto summary = flushed ? client->requestLog()->summarize({}) : flushed.error();
            auto stats = client->cache()->stats();
            if (!summary)
                return summary.error();
            if (!stats)
                return stats.error();
            return Usage{summary.value(), stats.value()};
        },
        [this, workspace](Result<Usage> usage) {
            if (workspace != m_workspace)
                return;
            if (!usage) {
                m_usageMessage->setStyleSheet(errorStyle);
                m_usageMessage->setText(tr("Cannot read the request log: %1").arg(usage.error().message));
                return;
            }
            showUsage(usage.value());
            emit usageRefreshed();
        });
}

void EndpointsPage::showUsage(const Usage &usage)
{
    const QLocale locale;
    const RequestLogSummary &summary = usage.summary;
    m_calls->setText(tr("%1 (%2 ok, %3 failed, %4 cancelled, %5 retries)")
                         .arg(locale.toString(summary.count), locale.toString(summary.ok),
                              locale.toString(summary.failed), locale.toString(summary.cancelled),
                              locale.toString(summary.retries)));
    QString tokens =
        tr("%1 prompt + %2 completion")
            .arg(locale.toString(summary.promptTokens), locale.toString(summary.completionTokens));
    if (summary.estimated > 0)
        tokens = tr("%1; estimated in %2 of the calls").arg(tokens, locale.toString(summary.estimated));
    m_tokens->setText(tokens);
    m_cost->setText(displayCost(summary.cost));
    m_latency->setText(summary.count == 0 ? tr("no calls yet")
                                          : tr("p50 %1 · p95 %2")
                                                .arg(displayMilliseconds(summary.p50LatencyMs),
                                                     displayMilliseconds(summary.p95LatencyMs)));
    m_cacheEntries->setText(
        tr("%1 (%2)").arg(locale.toString(usage.cache.entries), locale.formattedDataSize(usage.cache.bytes)));
    m_cacheHits->setText(
        tr("%1 hits, %2 misses since Tailor started")
            .arg(locale.toString(usage.cache.hitsSinceStart), locale.toString(usage.cache.missesSinceStart)));
}

void EndpointsPage::clearCache()
{
    if (!m_workspace)
        return;
    auto workspace = m_workspace;
    LlmClient *client = &workspace->llm();
    m_clearCache->setEnabled(false);
    runWorkspaceTask(
        m_pool, workspace, this,
        [client](Workspace &workspace) { return client->cache()->clear(workspace.operators()); },
        [this, workspace](Result<qint64> cleared) {
            if (workspace != m_workspace)
                return;
            m_clearCache->setEnabled(true);
            if (!cleared) {
                m_usageMessage->setStyleSheet(errorStyle);
                m_usageMessage->setText(tr("Cannot clear the cache: %1").arg(cleared.error().message));
                return;
            }
            m_usageMessage->setStyleSheet(okStyle);
            m_usageMessage->setText(
                tr("Cache cleared; answers removed: %1.").arg(QLocale().toString(cleared.value())));
            refreshUsage();
        });
}

void EndpointsPage::showFormMessage(const QString &text, bool error)
{
    m_formMessage->setStyleSheet(error ? errorStyle : okStyle);
    m_formMessage->setText(text);
}

} // namespace tailor
