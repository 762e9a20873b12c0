// EndpointsPage is Settings → LLM endpoints: the workspace's endpoints (the built-in dry run included), a
// form to create one from a provider preset or edit one, saving and deleting (core decides who may and says
// why not), storing an API key in the OS keychain, "Test connection", a one-message chat through the
// endpoint, and the workspace's request log summary and response cache with "Clear cache". Database work runs
// on the workspace pool, network work on the LLM client's own thread; the page shows what core answers.
#pragma once

#include "llm/connectionreport.h"
#include "llm/endpointstore.h"
#include "llm/requestlog.h"
#include "llm/responsecache.h"
#include "workspace/workspace.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThreadPool;

namespace tailor {

class ChatPanel;
class EndpointForm;

class EndpointsPage : public QWidget
{
    Q_OBJECT

public:
    // `workspacePool` runs this page's database work; it must outlive the page.
    explicit EndpointsPage(QThreadPool *workspacePool, QWidget *parent = nullptr);

    // Shows `workspace` (nullptr: nothing to configure) and loads its endpoints and usage.
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    void reload(const QString &select = {});
    void refreshUsage();

    // Fills the form from a provider's preset, as "New from preset" does.
    void newFromPreset(EndpointProvider provider);
    // Shows a listed endpoint in the form.
    void selectEndpoint(const QString &name);
    QString currentEndpoint() const { return m_current; }

signals:
    // The list was (re)loaded.
    void endpointsLoaded(const QList<tailor::StoredEndpoint> &endpoints);
    // A connection test finished (of the form as it is, saved or not).
    void connectionTested(const tailor::ConnectionReport &report);
    // A connection test of an endpoint exactly as it is saved finished: what the status bar reports. A test
    // of unsaved edits says nothing about the endpoint everyone else uses.
    void savedEndpointTested(const tailor::ConnectionReport &report);
    void saved(const QString &name);
    // The request log summary and cache statistics were refreshed.
    void usageRefreshed();

private:
    struct Usage
    {
        RequestLogSummary summary;
        CacheStats cache;
    };

    QWidget *createListPane();
    QWidget *createUsageBox(QWidget *parent);
    QWidget *createDetailPane();
    QWidget *createConfigurationTab();
    QWidget *createTestTab();

    void showEndpoints(const QList<StoredEndpoint> &endpoints, const QString &select);
    void tableSelectionChanged();
    void restoreTableSelection();
    void showInForm(const EndpointConfig &config, bool isNew);
    void formEdited();
    Result<EndpointConfig> formEndpoint() const;
    void updateHeader();
    void save();
    void confirmRemove();
    void remove(const QString &name);
    void storeKey(const QString &keyName, const QString &envName);
    void testConnection();
    void showReport(const ConnectionReport &report);
    void showUsage(const Usage &usage);
    void clearCache();
    void showFormMessage(const QString &text, bool error);
    void setEnabledForWorkspace(bool enabled);

    QThreadPool *m_pool = nullptr;
    std::shared_ptr<Workspace> m_workspace;
    QList<StoredEndpoint> m_endpoints;
    QString m_current; // the saved endpoint the form started from; empty for a new one
    bool m_dirty = false;
    bool m_testing = false;
    QString m_pendingMessage; // shown once the list has been reloaded after a save or delete

    QLabel *m_note = nullptr;
    QWidget *m_body = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;

    QLabel *m_calls = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_latency = nullptr;
    QLabel *m_cacheEntries = nullptr;
    QLabel *m_cacheHits = nullptr;
    QLabel *m_usageMessage = nullptr;
    QPushButton *m_clearCache = nullptr;
    QPushButton *m_refreshUsage = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    EndpointForm *m_form = nullptr;
    QLabel *m_formMessage = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;

    QPushButton *m_test = nullptr;
    QLabel *m_testSummary = nullptr;
    QLabel *m_reachable = nullptr;
    QLabel *m_modelsLatency = nullptr;
    QLabel *m_modelFound = nullptr;
    QLabel *m_chatLatency = nullptr;
    QLabel *m_chatReply = nullptr;
    QLabel *m_testErrors = nullptr;
    QListWidget *m_models = nullptr;

    ChatPanel *m_chat = nullptr;
};

} // namespace tailor
