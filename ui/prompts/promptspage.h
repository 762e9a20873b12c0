// PromptsPage is where prompt templates are edited: a tree of folders and prompts with search, the selected
// prompt's versions and labels with the label history, and tabs to edit the template (highlighting, undo,
// inline diagnostics), preview it rendered live, and diff any two versions side by side. The panes and tabs
// are child widgets that say what the user asked for; the page holds the open prompt, runs every database
// call on the workspace pool and shows what core answers — conflicts, refusals, "no changes" — without
// ever dropping the text in the editor.
#pragma once

#include "prompts/compiledprompt.h"
#include "prompts/promptregistry.h"
#include "workspace/workspace.h"
#include "workspacetask.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QThreadPool;

namespace tailor {

class PromptDiffTab;
class PromptEditorTab;
class PromptHistoryPane;
class PromptPreview;
class PromptTreeModel;
class PromptTreePane;

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
    PromptTreeModel *treeModel() const;

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

    QWidget *createDetailPane();
    void connectChildren();

    void reloadTree(const QString &selectPath = {});
    void showTree(const TreeContents &contents, const QString &selectPath);
    void promptChosen(const QString &name);
    void openPrompt(const QString &name, EditorText mode = EditorText::Replace);
    void showDetails(const PromptDetails &details, EditorText mode);
    void updateHeader();
    void updateActions();
    void editorCompiled(const std::optional<CompiledPrompt> &prompt, const QString &problem);

    void newFolder();
    void newPrompt();
    void importFiles();
    void exportPrompts();
    void saveVersion(const std::function<void()> &then = {});
    void revertTo(int version);
    void moveLabel(int version);
    void removeLabel(const QString &label);
    void loadContents(const QString &name, const QList<int> &versions);
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
    bool m_saving = false;

    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    PromptTreePane *m_treePane = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_promptTitle = nullptr;
    QLabel *m_promptInfo = nullptr;
    QPushButton *m_saveButton = nullptr;
    PromptHistoryPane *m_historyPane = nullptr;
    QTabWidget *m_tabs = nullptr;
    PromptEditorTab *m_editorTab = nullptr;
    PromptPreview *m_preview = nullptr;
    PromptDiffTab *m_diffTab = nullptr;
};

} // namespace tailor
