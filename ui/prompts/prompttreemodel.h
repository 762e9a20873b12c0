// PromptTreeModel shows the workspace's prompts as a tree: folders as nodes, prompts as leaves with their
// latest version and labels ("production@3"). It holds one flat vector of nodes rebuilt in one go from what
// PromptRegistry::list() and folders() answered, so thousands of prompts load with a single model reset and
// filtering (PromptFilterModel) never queries the database.
#pragma once

#include "prompts/promptregistry.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <vector>

namespace tailor {

class PromptTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        VersionColumn,
        LabelsColumn,
        ColumnCount
    };
    enum Role
    {
        IsFolderRole = Qt::UserRole + 1,
        PathRole,   // a folder's path, or a prompt's name
        FolderRole, // the folder a node is in (a folder's own path for folders)
        SearchRole, // what the search field matches: "folder/name"
    };

    explicit PromptTreeModel(QObject *parent = nullptr);

    // Replaces everything. `folders` may omit prompts' folders and parents; they are added.
    void setContents(const QList<PromptSummary> &prompts, const QStringList &folders);

    int promptCount() const { return int(m_prompts.size()); }
    QModelIndex indexOfPrompt(const QString &name) const;
    QModelIndex indexOfFolder(const QString &path) const;
    // The prompt a leaf stands for; nullptr for folders and invalid indexes.
    const PromptSummary *prompt(const QModelIndex &index) const;
    // Names of every prompt in the subtree (the prompt itself for a leaf).
    QStringList promptNamesUnder(const QModelIndex &index) const;
    // Every folder path, sorted.
    QStringList folderPaths() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        int prompt = -1; // index into m_prompts; -1 for folders (and the root)
        QString name;    // what the tree shows
        QString path;    // folder path or prompt name
        QString folder;
        QString search;
        std::vector<int> children;
    };

    int nodeOf(const QModelIndex &index) const;
    void collectPrompts(int node, QStringList &names) const;

    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
    QList<PromptSummary> m_prompts;
    QHash<QString, int> m_promptNodes;
    QHash<QString, int> m_folderNodes;
    QIcon m_folderIcon;
    QIcon m_promptIcon;
};

} // namespace tailor
