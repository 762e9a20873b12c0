// PromptsPage is where prompt templates are edited: a tree of folders and prompts with search, the selected
// prompt's versions and labels with the label history, and tabs to edit the template (highlighting, undo,
// inline diagnostics), preview it rendered live, and diff any two versions side by side. Every database
// call runs on the workspace pool and the page shows what core answers — conflicts, refusals, "no changes" —
// without ever dropping the text in the editor.
#pragma once

#include "prompts/compiledprompt.h"
#include "prompts/promptregistry.h"
#include "workspace/workspace.h"
#include "workspacetask.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QThreadPool;
class QToolButton;
class QTreeView;

namespace tailor {

class DiffView;
class PromptPreview;
class PromptTreeModel;
class PromptVersionModel;
class TemplateEditor;

class PromptsPage : public QWidget
{
    Q_OBJECT

public:
    // `workspacePool` runs this page's database work; it must outlive the page.
    explicit PromptsPage(QThreadPool *workspacePool, QWidget *parent = nullptr);

    // Shows `workspace` (or the no-workspace note for nullptr) and loads its prompts.
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    // Reloads the tree, keeping the selection.
    void refresh();

    // Opens a prompt as if it was clicked in the tree.
    void selectPrompt(const QString &name);
    QString currentPrompt() const { return m_prompt; }
    // The version the editor's text started from; a save must be on top of it.
    int baseVersion() const { return m_baseVersion; }
    bool hasUnsavedChanges() const;
    PromptTreeModel *treeModel() const { return m_treeModel; }

signals:
    // The tree holds the workspace's prompts (after every load).
    void treeLoaded();
    // A prompt's versions, labels and latest text are shown.
    void promptLoaded(const QString &name);
    // The editor's diagnostics were recomputed.
    void diagnosticsUpdated();
    // The diff view shows the chosen versions.
    void diffShown();

private:
    struct PromptDetails
    {
        PromptVersion latest;
        QList<PromptVersion> versions;
        QMap<QString, int> labels;
        QList<LabelMove> history;
    };
    struct TreeContents
    {
        QList<PromptSummary> prompts;
        QStringList folders;
    };
    enum class EditorText
    {
        Replace,
        KeepEdits, // keep the editor's text when it has unsaved changes
    };

    QWidget *createTreePane();
    QWidget *createDetailPane();
    QWidget *createVersionsPane();
    QWidget *createLabelsPane();
    QWidget *createEditTab();
    QWidget *createDiffTab();

    void reloadTree(const QString &selectPath = {});
    void showTree(const TreeContents &contents, const QString &selectPath);
    void treeCurrentChanged(const QModelIndex &current);
    void openPrompt(const QString &name, EditorText mode = EditorText::Replace);
    void showDetails(const PromptDetails &details, EditorText mode);
    void showLabels(const QMap<QString, int> &labels, const QList<LabelMove> &history);
    void updateHeader();
    void updateActions();
    int selectedVersion() const;
    QString selectedTreeFolder() const;

    void compileEditorText();
    void showDiagnostics(const QList<PromptDiagnostic> &diagnostics);

    void newFolder();
    void newPrompt();
    void importFiles();
    void exportPrompts();
    void saveVersion(const std::function<void()> &then = {});
    void revertToSelected();
    void moveLabel();
    void removeLabel();

    void fillDiffChoices();
    void chooseDiffDefaults();
    void updateDiff();
    void showStatus(const QString &text);

    QThreadPool *m_pool = nullptr;
    std::shared_ptr<Workspace> m_workspace;
    TaskGeneration m_generation;       // advances when the workspace changes: drops late results
    TaskGeneration m_promptGeneration; // advances when the workspace changes or another prompt opens

    QString m_prompt;
    QString m_folder;
    int m_baseVersion = 0;
    int m_latestVersion = 0;
    int m_selectOnLoad = 0; // the version a save or revert created: selected when the prompt reloads
    QString m_baseText;
    QHash<int, QString> m_contents; // version → text, for the diff
    QMap<QString, int> m_labels;
    bool m_restoringSelection = false;
    bool m_firstTreeLoad = true;
    bool m_saving = false;
    QTimer m_compileTimer;

    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    PromptTreeModel *m_treeModel = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_exportButton = nullptr;

    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_promptTitle = nullptr;
    QLabel *m_promptInfo = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTableView *m_versionTable = nullptr;
    PromptVersionModel *m_versionModel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QTableWidget *m_labelsTable = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QPushButton *m_moveLabelButton = nullptr;
    QPushButton *m_removeLabelButton = nullptr;

    QTabWidget *m_tabs = nullptr;
    TemplateEditor *m_editor = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    QLabel *m_diagnosticsSummary = nullptr;
    QListWidget *m_diagnostics = nullptr;
    PromptPreview *m_preview = nullptr;
    QComboBox *m_diffFrom = nullptr;
    QComboBox *m_diffTo = nullptr;
    QListWidget *m_diffChanges = nullptr;
    QLabel *m_diffNote = nullptr;
    DiffView *m_diffView = nullptr;
};

} // namespace tailor
