// MainWindow is Tailor's shell: a sidebar of workspace areas, one page per area, the File and Help menus
// and a status bar naming the workspace, the operator and the LLM endpoint. It opens and creates workspaces
// on a worker thread (PostgreSQL may take seconds to answer) and swaps the open workspace only when the new
// one opened cleanly, so a failed open leaves the previous workspace in place.
#pragma once

#include "llm/connectionreport.h"
#include "llm/endpointstore.h"
#include "storage/databaseurl.h"
#include "workspace/workspace.h"

#include <QMainWindow>
#include <QThreadPool>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tailor {

class EmptyStatePage;
class ProfilesPage;
class PromptsPage;
class Settings;
class SettingsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class OpenMode
    {
        OpenExisting,
        CreateNew
    };

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);

    // --as NAME: the operator name to act as on SQLite workspaces (ignored by PostgreSQL, which knows).
    void setOperatorOverride(const QString &name);

    // Opens (or creates) the workspace in the background; emits workspaceOpened or workspaceFailed.
    void openWorkspace(const DatabaseUrl &url, OpenMode mode);
    // Reports a workspace that could not be opened: emits workspaceFailed and shows the message.
    void reportOpenFailure(const QString &message);

    std::shared_ptr<Workspace> workspace() const { return m_workspace; }

    // Shows the page with this id ("profiles", "prompts", "experiments", "metrics", "releases",
    // "settings"), as a click in the sidebar does; false for an unknown id.
    bool showPage(const QString &id);

signals:
    void workspaceOpened(const QString &url);
    void workspaceFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Opened
    {
        std::shared_ptr<Workspace> workspace;
        WorkspaceInfo info;
    };

    void createPages();
    void createMenus();
    void createStatusBar();
    void restoreWindowState();
    void setCurrentPage(int row);

    void newWorkspace();
    void openWorkspaceFile();
    void connectToPostgres();
    void updateRecentMenu();

    void adoptWorkspace(Opened opened);
    void showWorkspaceInfo(const WorkspaceInfo &info);
    void updateEndpointStatus();

    Settings &m_settings;
    QString m_operatorOverride;
    std::shared_ptr<Workspace> m_workspace;
    quint64 m_openGeneration = 0;
    // Every database call for the open workspace runs here, one at a time and off the GUI thread. Declared
    // after m_workspace so that, on destruction, running jobs finish before the workspace goes.
    QThreadPool m_workspacePool;

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<EmptyStatePage *> m_emptyPages;
    ProfilesPage *m_profilesPage = nullptr;
    PromptsPage *m_promptsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusWorkspace = nullptr;
    QLabel *m_statusOperator = nullptr;
    QLabel *m_statusEndpoint = nullptr;
    // What the status bar says about the LLM: the workspace's endpoints and the last connection test.
    QList<StoredEndpoint> m_endpoints;
    std::optional<ConnectionReport> m_lastTest;
};

} // namespace tailor
