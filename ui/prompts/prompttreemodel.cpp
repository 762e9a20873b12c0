#include "prompttreemodel.h"

#include "appstyle.h"

#include <QColor>

namespace tailor {

PromptTreeModel::PromptTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_folderIcon(AppStyle::icon(QStringLiteral("folder")))
    , m_promptIcon(AppStyle::icon(QStringLiteral("prompts")))
{
    m_nodes.emplace_back();
}

void PromptTreeModel::setContents(const QList<PromptSummary> &prompts, const QStringList &folders)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.emplace_back();
    m_prompts = prompts;
    m_promptNodes.clear();
    m_folderNodes.clear();

    QStringList paths = folders;
    for (const PromptSummary &prompt : prompts) {
        if (!prompt.folder.isEmpty())
            paths << prompt.folder;
    }
    // Parents of nested folders are folders too; sorting puts each parent before its children.
    QStringList all;
    for (const QString &path : std::as_const(paths)) {
        qsizetype slash = path.indexOf(QLatin1Char('/'));
        while (slash > 0) {
            all << path.left(slash);
            slash = path.indexOf(QLatin1Char('/'), slash + 1);
        }
        all << path;
    }
    all.sort();
    all.removeDuplicates();
    m_nodes.reserve(size_t(all.size() + prompts.size() + 1));
    for (const QString &path : std::as_const(all)) {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const int parent = slash < 0 ? 0 : m_folderNodes.value(path.left(slash), 0);
        Node node;
        node.parent = parent;
        node.row = int(m_nodes[size_t(parent)].children.size());
        node.name = slash < 0 ? path : path.mid(slash + 1);
        node.path = path;
        node.folder = path;
        node.search = path;
        const int id = int(m_nodes.size());
        m_nodes.push_back(std::move(node));
        m_nodes[size_t(parent)].children.push_back(id);
        m_folderNodes.insert(path, id);
    }
    for (qsizetype i = 0; i < m_prompts.size(); ++i) {
        const PromptSummary &prompt = m_prompts.at(i);
        const int parent = prompt.folder.isEmpty() ? 0 : m_folderNodes.value(prompt.folder, 0);
        Node node;
        node.parent = parent;
        node.row = int(m_nodes[size_t(parent)].children.size());
        node.prompt = int(i);
        node.name = prompt.name;
        node.path = prompt.name;
        node.folder = prompt.folder;
        node.search = prompt.folder.isEmpty() ? prompt.name : prompt.folder + QLatin1Char('/') + prompt.name;
        const int id = int(m_nodes.size());
        m_nodes.push_back(std::move(node));
        m_nodes[size_t(parent)].children.push_back(id);
        m_promptNodes.insert(prompt.name, id);
    }
    endResetModel();
}

int PromptTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    return int(index.internalId());
}

QModelIndex PromptTreeModel::indexOfPrompt(const QString &name) const
{
    const int node = m_promptNodes.value(name, 0);
    return node == 0 ? QModelIndex() : createIndex(m_nodes[size_t(node)].row, 0, quintptr(node));
}

QModelIndex PromptTreeModel::indexOfFolder(const QString &path) const
{
    const int node = m_folderNodes.value(path, 0);
    return node == 0 ? QModelIndex() : createIndex(m_nodes[size_t(node)].row, 0, quintptr(node));
}

const PromptSummary *PromptTreeModel::prompt(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    const int prompt = m_nodes[size_t(node)].prompt;
    return prompt < 0 ? nullptr : &m_prompts.at(prompt);
}

QStringList PromptTreeModel::promptNamesUnder(const QModelIndex &index) const
{
    QStringList names;
    collectPrompts(nodeOf(index), names);
    return names;
}

void PromptTreeModel::collectPrompts(int node, QStringList &names) const
{
    const Node &n = m_nodes[size_t(node)];
    if (n.prompt >= 0)
        names << n.path;
    for (int child : n.children)
        collectPrompts(child, names);
}

QStringList PromptTreeModel::folderPaths() const
{
    QStringList paths = m_folderNodes.keys();
    paths.sort();
    return paths;
}

QModelIndex PromptTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node &node = m_nodes[size_t(nodeOf(parent))];
    if (row < 0 || row >= int(node.children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(node.children[size_t(row)]));
}

QModelIndex PromptTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node == 0)
        return {};
    const int parent = m_nodes[size_t(node)].parent;
    if (parent <= 0)
        return {};
    return createIndex(m_nodes[size_t(parent)].row, 0, quintptr(parent));
}

int PromptTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_nodes[size_t(nodeOf(parent))].children.size());
}

int PromptTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PromptTreeModel::data(const QModelIndex &index, int role) const
{
    const int id = nodeOf(index);
    if (id == 0)
        return {};
    const Node &node = m_nodes[size_t(id)];
    const PromptSummary *summary = node.prompt >= 0 ? &m_prompts.at(node.prompt) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node.name;
        if (!summary)
            return {};
        if (index.column() == VersionColumn)
            return tr("v%1").arg(summary->latestVersion);
        return summary->labels.join(QStringLiteral(", "));
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return summary ? m_promptIcon : m_folderIcon;
    case Qt::ToolTipRole:
        if (!summary)
            return tr("Folder %1").arg(node.path);
        if (summary->labels.isEmpty())
            return tr("%1 — latest version %2, saved by %3")
                .arg(summary->name)
                .arg(summary->latestVersion)
                .arg(summary->updatedBy);
        return tr("%1 — latest version %2, saved by %3; labels: %4")
            .arg(summary->name)
            .arg(summary->latestVersion)
            .arg(summary->updatedBy, summary->labels.join(QStringLiteral(", ")));
    case Qt::ForegroundRole:
        if (index.column() != NameColumn)
            return AppStyle::color(AppStyle::Color::MutedText);
        return {};
    case IsFolderRole:
        return summary == nullptr;
    case PathRole:
        return node.path;
    case FolderRole:
        return node.folder;
    case SearchRole:
        return node.search;
    default:
        return {};
    }
}

QVariant PromptTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == VersionColumn)
        return tr("Latest version");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return QString();
    case LabelsColumn:
        return tr("Labels");
    default:
        return {};
    }
}

} // namespace tailor
