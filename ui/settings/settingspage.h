// SettingsPage shows the open workspace (where it lives, its schema, who is at the keyboard and in which
// role, the audit log and whether its hash chain is intact, checked against anchors the operator kept
// elsewhere, and a copy of its head as a new anchor), lets admins grant and revoke roles, keeps the
// interface language, and holds the LLM endpoints tab (EndpointsPage). Every database call runs on the
// workspace's worker pool; the page only shows what core answers, including why something was refused.
#pragma once

#include "workspace/workspace.h"
#include "workspacesnapshot.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThreadPool;

namespace tailor {

class EndpointsPage;
class Settings;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    // `workspacePool` runs this page's database work; it must outlive the page.
    SettingsPage(Settings &settings, QThreadPool *workspacePool, QWidget *parent = nullptr);

    // Shows `workspace` (or the no-workspace note for nullptr) and reloads everything about it.
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    void refresh();
    EndpointsPage *endpointsPage() const { return m_endpointsPage; }
    // Brings the LLM endpoints tab to the front.
    void showEndpoints();

signals:
    // A reload finished; the main window keeps its status bar in step (a role may have changed).
    void refreshed(const tailor::WorkspaceInfo &info);

protected:
    // The figures are read again whenever the page comes into view: other windows and tailor-cli write too.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createWorkspaceSection();
    QWidget *createOperatorsSection();
    QWidget *createLanguageSection();
    QLabel *addField(QGridLayout *grid, int row, int column, const QString &name);

    void showSnapshot(const WorkspaceSnapshot &snapshot);
    void showNoWorkspace();
    void verifyAudit();
    void copyAnchor();
    void showVerification(const AuditVerification &result);
    void showAuditMessage(const QString &text, const QString &style);
    // One line per (text, style sheet) pair.
    void showAuditLines(const QList<std::pair<QString, QString>> &lines);
    void grantRole();
    void revokeRole();
    void updateRevokeButton();

    Settings &m_settings;
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<Workspace> m_workspace;

    QTabWidget *m_tabs = nullptr;
    EndpointsPage *m_endpointsPage = nullptr;
    QLabel *m_workspaceNote = nullptr;
    QWidget *m_workspaceDetails = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_dialect = nullptr;
    QLabel *m_serverVersion = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_workspaceId = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_fileSizeName = nullptr;
    QLabel *m_fileSize = nullptr;
    QLabel *m_operator = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_auditCount = nullptr;
    QLabel *m_operatorCount = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_copyAnchor = nullptr;
    QLineEdit *m_anchors = nullptr;
    QLabel *m_verifyResult = nullptr;
    QTableWidget *m_auditTable = nullptr;

    QLabel *m_operatorsNote = nullptr;
    QWidget *m_operatorsDetails = nullptr;
    QTableWidget *m_operatorsTable = nullptr;
    QWidget *m_adminControls = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLineEdit *m_grantName = nullptr;
    QComboBox *m_grantRole = nullptr;
    QPushButton *m_grant = nullptr;
    QPushButton *m_revoke = nullptr;

    QComboBox *m_language = nullptr;
};

} // namespace tailor
