#include "prompttreepane.h"

#include "promptspage.h"
#include "prompttreemodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tailor {

namespace {

// Above this many prompts the tree opens with only its top level expanded.
constexpr int ExpandAllLimit = 300;

} // namespace

PromptTreePane::PromptTreePane(QWidget *parent)
    : QWidget(parent)
{
    setMinimumWidth(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(8);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("promptSearch"));
    m_search->setPlaceholderText(PromptsPage::tr("Search by name or folder"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new PromptTreeModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(PromptTreeModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("promptTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setIndentation(14);
    // Names elide at their end, as they read; the tooltip has the whole name.
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(24);
    m_tree->header()->setSectionResizeMode(PromptTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PromptTreeModel::VersionColumn, QHeaderView::Fixed);
    m_tree->header()->resizeSection(PromptTreeModel::VersionColumn, 36);
    m_tree->header()->setSectionResizeMode(PromptTreeModel::LabelsColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(PromptTreeModel::LabelsColumn, 72);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    layout->addWidget(m_tree, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("promptCount"));
    layout->addWidget(m_count);

    auto *buttons = new QGridLayout;
    buttons->setSpacing(6);
    auto *newFolderButton = new QPushButton(PromptsPage::tr("New &folder…"), this);
    newFolderButton->setObjectName(QStringLiteral("newFolderButton"));
    connect(newFolderButton, &QPushButton::clicked, this, &PromptTreePane::newFolderRequested);
    auto *newPromptButton = new QPushButton(PromptsPage::tr("&New prompt…"), this);
    newPromptButton->setObjectName(QStringLiteral("newPromptButton"));
    connect(newPromptButton, &QPushButton::clicked, this, &PromptTreePane::newPromptRequested);
    auto *importButton = new QPushButton(PromptsPage::tr("&Import .prompty…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(
        PromptsPage::tr("Import .prompty files as new prompts, or as new versions of prompts with the "
                        "same name."));
    connect(importButton, &QPushButton::clicked, this, &PromptTreePane::importRequested);
    m_exportButton = new QPushButton(PromptsPage::tr("E&xport…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(
        PromptsPage::tr("Write the selected prompt, the selected folder's prompts, or all prompts "
                        "as .prompty files into a folder."));
    connect(m_exportButton, &QPushButton::clicked, this, &PromptTreePane::exportRequested);
    buttons->addWidget(newFolderButton, 0, 0);
    buttons->addWidget(newPromptButton, 0, 1);
    buttons->addWidget(importButton, 1, 0);
    buttons->addWidget(m_exportButton, 1, 1);
    layout->addLayout(buttons);
    clear();
}

void PromptTreePane::clear()
{
    m_firstLoad = true;
    m_model->setContents({}, {});
    m_count->clear();
    m_exportButton->setEnabled(false);
}

QString PromptTreePane::showContents(const QList<PromptSummary> &prompts, const QStringList &folders,
                                     const QString &select, const QString &current)
{
    QStringList expanded;
    if (!m_firstLoad) {
        for (const QString &path : m_model->folderPaths()) {
            if (m_tree->isExpanded(m_filter->mapFromSource(m_model->indexOfFolder(path))))
                expanded << path;
        }
    }
    m_restoringSelection = true;
    m_model->setContents(prompts, folders);
    if (m_firstLoad) {
        if (m_model->promptCount() <= ExpandAllLimit)
            m_tree->expandAll();
        else
            m_tree->expandToDepth(0);
    } else {
        for (const QString &path : std::as_const(expanded))
            m_tree->expand(m_filter->mapFromSource(m_model->indexOfFolder(path)));
    }
    if (!m_search->text().trimmed().isEmpty())
        m_tree->expandAll();
    m_firstLoad = false;

    QModelIndex index = m_model->indexOfPrompt(select.isEmpty() ? current : select);
    if (!index.isValid() && !select.isEmpty())
        index = m_model->indexOfFolder(select);
    if (index.isValid()) {
        const QModelIndex proxy = m_filter->mapFromSource(index);
        m_tree->setCurrentIndex(proxy);
        m_tree->scrollTo(proxy);
    }
    m_restoringSelection = false;
    const int promptCount = m_model->promptCount();
    const int folderCount = int(m_model->folderPaths().size());
    m_count->setText((promptCount == 1 ? PromptsPage::tr("1 prompt")
                                       : PromptsPage::tr("%n prompts", nullptr, promptCount)) +
                     QStringLiteral(" · ") +
                     (folderCount == 1 ? PromptsPage::tr("1 folder")
                                       : PromptsPage::tr("%n folders", nullptr, folderCount)));
    m_exportButton->setEnabled(promptCount > 0);
    const PromptSummary *chosen = m_model->prompt(index);
    return chosen ? chosen->name : QString();
}

void PromptTreePane::selectPrompt(const QString &name)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfPrompt(name));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void PromptTreePane::restoreSelection(const QString &name)
{
    m_restoringSelection = true;
    m_tree->setCurrentIndex(m_filter->mapFromSource(m_model->indexOfPrompt(name)));
    m_restoringSelection = false;
}

QString PromptTreePane::selectedFolder() const
{
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    return current.isValid() ? current.data(PromptTreeModel::FolderRole).toString() : QString();
}

QStringList PromptTreePane::selectedPromptNames() const
{
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    return current.isValid() ? m_model->promptNamesUnder(current) : QStringList();
}

void PromptTreePane::currentChanged(const QModelIndex &current)
{
    if (m_restoringSelection)
        return;
    if (const PromptSummary *summary = m_model->prompt(m_filter->mapToSource(current)))
        emit promptChosen(summary->name);
}

} // namespace tailor
