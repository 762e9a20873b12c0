// PromptTreePane is the Prompts page's left pane: the workspace's folders and prompts as a tree with a search
// field, their count, and the buttons that add folders and prompts, import and export. It keeps what the
// user expanded across reloads and says which prompt the user chose; whether that prompt opens (unsaved
// edits may stand in the way) and all database work are the page's.
#pragma once

#include "prompts/promptregistry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace tailor {

class PromptTreeModel;

class PromptTreePane : public QWidget
{
    Q_OBJECT

public:
    explicit PromptTreePane(QWidget *parent = nullptr);

    PromptTreeModel *model() const { return m_model; }

    // Empties the tree; the next contents load as a workspace's first (expanded).
    void clear();
    // Shows `prompts` and `folders`, keeping the folders that were expanded, and makes `select` current (a
    // prompt's name or a folder's path; `current` when empty) without reporting it as chosen. Returns the
    // name of the prompt now current, or an empty string for a folder or nothing.
    QString showContents(const QList<PromptSummary> &prompts, const QStringList &folders,
                         const QString &select, const QString &current);
    // Makes the prompt current as if the user clicked it (promptChosen follows).
    void selectPrompt(const QString &name);
    // Makes the prompt current again without reporting it, after a choice the page turned down.
    void restoreSelection(const QString &name);
    // The folder of the current node (the folder itself for a folder); empty for none.
    QString selectedFolder() const;
    // The prompts under the current node; empty when nothing is current.
    QStringList selectedPromptNames() const;

signals:
    // The user made another prompt current in the tree.
    void promptChosen(const QString &name);
    void newFolderRequested();
    void newPromptRequested();
    void importRequested();
    void exportRequested();

private:
    void currentChanged(const QModelIndex &current);

    PromptTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_exportButton = nullptr;
    bool m_firstLoad = true;
    bool m_restoringSelection = false;
};

} // namespace tailor
