// ProfilesPage browses the workspace's users: a paged table filtered by search, interest, consent and
// activity window (or a saved segment, which can be saved and deleted here) and sorted by any column, the
// selected user's profile — attributes with PII masked until revealed, likes and dislikes as a bar chart,
// monthly activity as a timeline and the latest interactions — and an import dialog for new data. Every
// database call runs on the workspace pool.
#pragma once

#include "profiles/profilestore.h"
#include "profiles/segmentstore.h"
#include "workspace/workspace.h"
#include "workspacetask.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QThreadPool;

namespace tailor {

class ActivityTimeline;
class InterestChart;
class ProfileTableModel;

class ProfilesPage : public QWidget
{
    Q_OBJECT

public:
    // `workspacePool` runs this page's database work; it must outlive the page.
    explicit ProfilesPage(QThreadPool *workspacePool, QWidget *parent = nullptr);

    // Shows `workspace` (or the no-workspace note for nullptr) and loads its profiles.
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    // Reloads the table, the statistics and the segments.
    void refresh();
    // The filter the widgets (and the applied segment) describe.
    ProfileFilter currentFilter() const;
    ProfileTableModel *tableModel() const { return m_model; }
    QString currentUser() const { return m_user; }
    // Opens the import dialog (window-modal, not blocking the caller).
    void openImportDialog();

signals:
    // The table holds the first page of the current query (after every reload).
    void profilesLoaded();
    // The detail pane shows `userId`.
    void detailLoaded(const QString &userId);
    // The statistics (categories, demo flag) and segments are shown.
    void statsLoaded();
    // The reveal finished (shown, or refused with core's message).
    void revealFinished();
    // The segment list was read again (after loading, saving or deleting a segment).
    void segmentsLoaded();
    // A segment deletion ended: deleted, or refused with core's message in an error box.
    void segmentDeleteFinished(bool deleted);

private:
    void loadStats();
    QWidget *createFilterBar();
    QWidget *createDetailPane();
    void applyFilter();
    void applySegment(int index);
    void saveSegment();
    void deleteSegment();
    void updateSegmentButtons();
    // Empties every filter widget and the applied segment, and shows all users.
    void clearFilters();
    void updateClearButton();
    void loadSegments(const QString &select = {});
    void updateCount();
    void selectionChanged();
    void showDetail(const ProfileDetail &detail);
    void showAttributes(const QList<ProfileAttribute> &attributes);
    void reveal();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QThreadPool *m_pool = nullptr;
    std::shared_ptr<Workspace> m_workspace;
    TaskGeneration m_generation;       // advances when the workspace changes: drops late results
    TaskGeneration m_detailGeneration; // advances when the workspace or the selected user changes
    QString m_user;
    // What an applied segment filters by beyond what the widgets show (attributes, minimum activity, …).
    ProfileFilter m_segmentExtra;
    bool m_settingWidgets = false;
    bool m_firstPageSeen = false;
    QTimer m_searchTimer;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QDoubleSpinBox *m_minStrength = nullptr;
    QComboBox *m_consent = nullptr;
    QDateEdit *m_activeFrom = nullptr;
    QDateEdit *m_activeUntil = nullptr;
    QComboBox *m_segments = nullptr;
    QPushButton *m_saveSegment = nullptr;
    QPushButton *m_deleteSegment = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QLabel *m_segmentNote = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_tableWidth = 0; // what the table's columns need, in this language and font
    bool m_splitterPlaced = false;
    ProfileTableModel *m_model = nullptr;

    QStackedWidget *m_detailStack = nullptr;
    QScrollArea *m_detailScroll = nullptr;
    QDateTime m_firstActivity; // the workspace's activity span, where the date pickers open
    QDateTime m_lastActivity;
    QString m_shownUser; // whose profile the detail pane shows, to keep its scroll only for that user
    QLabel *m_interestsTitle = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailInfo = nullptr;
    QTableWidget *m_attributes = nullptr;
    QPushButton *m_revealButton = nullptr;
    QLabel *m_revealNote = nullptr;
    InterestChart *m_chart = nullptr;
    ActivityTimeline *m_timeline = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace tailor
