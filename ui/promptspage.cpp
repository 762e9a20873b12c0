#include "promptspage.h"

#include "appstyle.h"
#include "displayformat.h"
#include "errorbox.h"
#include "models/prompttreemodel.h"
#include "models/promptversionmodel.h"
#include "movelabeldialog.h"
#include "newpromptdialog.h"
#include "widgets/diffview.h"
#include "widgets/pagewidgets.h"
#include "widgets/promptpreview.h"
#include "widgets/templateeditor.h"
#include "workspacetask.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tailor {

namespace {

constexpr int LineRole = Qt::UserRole + 1;
constexpr int ColumnRole = Qt::UserRole + 2;
// Above this many prompts the tree opens with only its top level expanded.
constexpr int ExpandAllLimit = 300;

// Labels read from the left ("production@3, …"), while names elide in the middle to keep their endings.
class ElideRightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

// Whether `message` already says where it is: it holds the line number, and then the column, as numbers
// of their own ("at line 5, column 14", "in Zeile 5, Spalte 14", "第 5 行第 14 列"), whatever the language.
bool namesOwnPosition(const QString &message, int line, int column)
{
    if (line <= 0)
        return false;
    const QString number = QStringLiteral("(?<!\\d)%1(?!\\d)");
    QString pattern = number.arg(line);
    if (column > 0)
        pattern += QStringLiteral("\\D+") + number.arg(column);
    return QRegularExpression(pattern).match(message).hasMatch();
}

// Shows a list as tall as its rows, up to `most` of them, and hides it when empty.
void fitToRows(QListWidget *list, int most)
{
    list->setVisible(list->count() > 0);
    if (list->count() == 0)
        return;
    int height = 2 * list->frameWidth() + 4;
    for (int row = 0; row < qMin(most, list->count()); ++row)
        height += list->sizeHintForRow(row);
    list->setFixedHeight(height);
}

QString versionOrNone(int version, const QString &none)
{
    return version > 0 ? QString::number(version) : none;
}

} // namespace

PromptsPage::PromptsPage(QThreadPool *workspacePool, QWidget *parent)
    : QWidget(parent)
    , m_pool(workspacePool)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 10);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(pageTitle(tr("Prompts"), this));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("promptStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_status, 1);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    auto *noWorkspace = new QWidget(m_stack);
    auto *noWorkspaceLayout = new QVBoxLayout(noWorkspace);
    auto *notice =
        new QLabel(tr("No workspace open — use File → New workspace or Open workspace."), noWorkspace);
    notice->setObjectName(QStringLiteral("emptyNotice"));
    notice->setAlignment(Qt::AlignCenter);
    auto *purpose =
        new QLabel(tr("Edit prompt templates, keep every version, label them, preview them rendered "
                      "and compare any two versions."),
                   noWorkspace);
    purpose->setObjectName(QStringLiteral("emptyText"));
    purpose->setAlignment(Qt::AlignCenter);
    purpose->setWordWrap(true);
    noWorkspaceLayout->addStretch(2);
    noWorkspaceLayout->addWidget(purpose);
    noWorkspaceLayout->addSpacing(10);
    noWorkspaceLayout->addWidget(notice, 0, Qt::AlignHCenter);
    noWorkspaceLayout->addStretch(3);
    m_stack->addWidget(noWorkspace);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(QStringLiteral("promptsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createTreePane());
    splitter->addWidget(createDetailPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 640});
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(250);
    connect(&m_compileTimer, &QTimer::timeout, this, &PromptsPage::compileEditorText);

    setWorkspace(nullptr);
}

QWidget *PromptsPage::createTreePane()
{
    auto *pane = new QWidget(this);
    pane->setMinimumWidth(220);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(8);

    m_search = new QLineEdit(pane);
    m_search->setObjectName(QStringLiteral("promptSearch"));
    m_search->setPlaceholderText(tr("Search by name or folder"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_treeModel = new PromptTreeModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_treeModel);
    m_filter->setFilterRole(PromptTreeModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });

    m_tree = new QTreeView(pane);
    m_tree->setObjectName(QStringLiteral("promptTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setIndentation(14);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(24);
    m_tree->header()->setSectionResizeMode(PromptTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PromptTreeModel::VersionColumn, QHeaderView::Fixed);
    m_tree->header()->resizeSection(PromptTreeModel::VersionColumn, 36);
    m_tree->setItemDelegateForColumn(PromptTreeModel::LabelsColumn, new ElideRightDelegate(m_tree));
    m_tree->header()->setSectionResizeMode(PromptTreeModel::LabelsColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(PromptTreeModel::LabelsColumn, 72);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { treeCurrentChanged(current); });
    layout->addWidget(m_tree, 1);

    m_count = new QLabel(pane);
    m_count->setObjectName(QStringLiteral("promptCount"));
    layout->addWidget(m_count);

    auto *buttons = new QGridLayout;
    buttons->setSpacing(6);
    auto *newFolderButton = new QPushButton(tr("New &folder…"), pane);
    newFolderButton->setObjectName(QStringLiteral("newFolderButton"));
    connect(newFolderButton, &QPushButton::clicked, this, &PromptsPage::newFolder);
    auto *newPromptButton = new QPushButton(tr("&New prompt…"), pane);
    newPromptButton->setObjectName(QStringLiteral("newPromptButton"));
    connect(newPromptButton, &QPushButton::clicked, this, &PromptsPage::newPrompt);
    auto *importButton = new QPushButton(tr("&Import .prompty…"), pane);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(
        tr("Import .prompty files as new prompts, or as new versions of prompts with the "
           "same name."));
    connect(importButton, &QPushButton::clicked, this, &PromptsPage::importFiles);
    m_exportButton = new QPushButton(tr("E&xport…"), pane);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Write the selected prompt, the selected folder's prompts, or all prompts "
                                  "as .prompty files into a folder."));
    connect(m_exportButton, &QPushButton::clicked, this, &PromptsPage::exportPrompts);
    buttons->addWidget(newFolderButton, 0, 0);
    buttons->addWidget(newPromptButton, 0, 1);
    buttons->addWidget(importButton, 1, 0);
    buttons->addWidget(m_exportButton, 1, 1);
    layout->addLayout(buttons);
    return pane;
}

QWidget *PromptsPage::createDetailPane()
{
    m_detailStack = new QStackedWidget(this);
    auto *placeholder = new QWidget(m_detailStack);
    auto *placeholderLayout = new QVBoxLayout(placeholder);
    auto *choose = new QLabel(tr("Select a prompt in the tree to see its versions, edit it, preview it and "
                                 "compare versions."),
                              placeholder);
    choose->setObjectName(QStringLiteral("emptyText"));
    choose->setAlignment(Qt::AlignCenter);
    choose->setWordWrap(true);
    placeholderLayout->addStretch(2);
    placeholderLayout->addWidget(choose);
    placeholderLayout->addStretch(3);
    m_detailStack->addWidget(placeholder);

    auto *detail = new QWidget(m_detailStack);
    detail->setObjectName(QStringLiteral("promptDetail"));
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    m_promptTitle = new QLabel(detail);
    m_promptTitle->setObjectName(QStringLiteral("promptTitle"));
    m_promptTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titleRow->addWidget(m_promptTitle);
    m_promptInfo = new QLabel(detail);
    m_promptInfo->setObjectName(QStringLiteral("promptInfo"));
    // Long folder paths must not squeeze the tree: the label takes what is left and clips.
    m_promptInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    titleRow->addWidget(m_promptInfo, 1);
    m_saveButton = new QPushButton(tr("&Save version…"), detail);
    m_saveButton->setObjectName(QStringLiteral("saveVersionButton"));
    m_saveButton->setToolTip(tr("Save the editor's text as a new version (Ctrl+S)."));
    m_saveButton->setShortcut(QKeySequence::Save);
    markPrimary(m_saveButton);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveVersion(); });
    titleRow->addWidget(m_saveButton);
    layout->addLayout(titleRow);

    auto *vertical = new QSplitter(Qt::Vertical, detail);
    vertical->setObjectName(QStringLiteral("detailSplitter"));
    vertical->setChildrenCollapsible(false);
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    top->setChildrenCollapsible(false);
    top->addWidget(createVersionsPane());
    top->addWidget(createLabelsPane());
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({500, 220});

    m_tabs = new QTabWidget(vertical);
    m_tabs->setObjectName(QStringLiteral("promptTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createEditTab(), tr("Edit"));
    m_preview = new PromptPreview(m_tabs);
    m_preview->setObjectName(QStringLiteral("promptPreview"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(createDiffTab(), tr("Diff"));

    vertical->addWidget(top);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({210, 470});
    layout->addWidget(vertical, 1);
    m_detailStack->addWidget(detail);
    return m_detailStack;
}

QWidget *PromptsPage::createVersionsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 4, 4);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    header->addWidget(paneTitle(tr("Versions"), pane));
    header->addStretch();
    m_revertButton = new QPushButton(tr("&Revert to this version"), pane);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Save a new version with the selected version's content."));
    connect(m_revertButton, &QPushButton::clicked, this, &PromptsPage::revertToSelected);
    header->addWidget(m_revertButton);
    layout->addLayout(header);

    m_versionModel = new PromptVersionModel(this);
    m_versionTable = new QTableView(pane);
    m_versionTable->setObjectName(QStringLiteral("versionTable"));
    m_versionTable->setModel(m_versionModel);
    setupTable(m_versionTable);
    auto *columns = m_versionTable->horizontalHeader();
    columns->setSectionResizeMode(PromptVersionModel::VersionColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PromptVersionModel::AuthorColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PromptVersionModel::TimeColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PromptVersionModel::MessageColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(PromptVersionModel::LabelsColumn, QHeaderView::ResizeToContents);
    columns->setStretchLastSection(false);
    connect(m_versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        chooseDiffDefaults();
    });
    layout->addWidget(m_versionTable, 1);
    return pane;
}

QWidget *PromptsPage::createLabelsPane()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("labelTabs"));
    tabs->setDocumentMode(true);

    auto *labelsPane = new QWidget(tabs);
    auto *labelsLayout = new QVBoxLayout(labelsPane);
    labelsLayout->setContentsMargins(0, 6, 0, 4);
    labelsLayout->setSpacing(6);
    m_labelsTable = createTable({tr("Label"), tr("Version")}, QStringLiteral("labelsTable"), labelsPane);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_labelsTable->horizontalHeader()->setStretchLastSection(false);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_labelsTable, &QTableWidget::itemSelectionChanged, this, &PromptsPage::updateActions);
    labelsLayout->addWidget(m_labelsTable, 1);
    auto *buttons = new QHBoxLayout;
    m_moveLabelButton = new QPushButton(tr("&Move label…"), labelsPane);
    m_moveLabelButton->setObjectName(QStringLiteral("moveLabelButton"));
    m_moveLabelButton->setToolTip(tr("Point a label at the version selected in the list."));
    connect(m_moveLabelButton, &QPushButton::clicked, this, &PromptsPage::moveLabel);
    m_removeLabelButton = new QPushButton(tr("Remove label"), labelsPane);
    m_removeLabelButton->setObjectName(QStringLiteral("removeLabelButton"));
    connect(m_removeLabelButton, &QPushButton::clicked, this, &PromptsPage::removeLabel);
    buttons->addWidget(m_moveLabelButton);
    buttons->addWidget(m_removeLabelButton);
    buttons->addStretch();
    labelsLayout->addLayout(buttons);
    tabs->addTab(labelsPane, tr("Labels"));

    m_historyTable = createTable({tr("Label"), tr("From → to"), tr("Who"), tr("When"), tr("Note")},
                                 QStringLiteral("labelHistoryTable"), tabs);
    for (int column = 0; column < 4; ++column)
        m_historyTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    tabs->addTab(m_historyTable, tr("Label history"));
    return tabs;
}

QWidget *PromptsPage::createEditTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    m_undo = new QToolButton(tab);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(
        tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_undo->setEnabled(false);
    m_redo = new QToolButton(tab);
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_redo->setText(tr("Redo"));
    m_redo->setToolTip(
        tr("Redo (%1)").arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    m_redo->setEnabled(false);
    toolbar->addWidget(m_undo);
    toolbar->addWidget(m_redo);
    toolbar->addSpacing(8);
    m_diagnosticsSummary = new QLabel(tab);
    m_diagnosticsSummary->setObjectName(QStringLiteral("diagnosticsSummary"));
    toolbar->addWidget(m_diagnosticsSummary, 1);
    layout->addLayout(toolbar);

    m_editor = new TemplateEditor(tab);
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    connect(m_undo, &QToolButton::clicked, m_editor, &QPlainTextEdit::undo);
    connect(m_redo, &QToolButton::clicked, m_editor, &QPlainTextEdit::redo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_undo, &QToolButton::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_redo, &QToolButton::setEnabled);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_compileTimer.start();
        updateHeader();
    });
    layout->addWidget(m_editor, 1);

    m_diagnostics = new QListWidget(tab);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsList"));
    m_diagnostics->setUniformItemSizes(true);
    m_diagnostics->hide();
    m_diagnostics->setToolTip(tr("Click a finding to go to it in the text."));
    connect(m_diagnostics, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_editor->jumpTo(item->data(LineRole).toInt(), item->data(ColumnRole).toInt());
    });
    layout->addWidget(m_diagnostics);
    return tab;
}

QWidget *PromptsPage::createDiffTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto *choice = new QHBoxLayout;
    choice->setSpacing(8);
    choice->addWidget(new QLabel(tr("Compare"), tab));
    m_diffFrom = new QComboBox(tab);
    m_diffFrom->setObjectName(QStringLiteral("diffFrom"));
    m_diffFrom->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choice->addWidget(m_diffFrom);
    choice->addWidget(new QLabel(tr("with"), tab));
    m_diffTo = new QComboBox(tab);
    m_diffTo->setObjectName(QStringLiteral("diffTo"));
    m_diffTo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choice->addWidget(m_diffTo);
    choice->addStretch();
    layout->addLayout(choice);
    connect(m_diffFrom, &QComboBox::currentIndexChanged, this, &PromptsPage::updateDiff);
    connect(m_diffTo, &QComboBox::currentIndexChanged, this, &PromptsPage::updateDiff);

    m_diffChanges = new QListWidget(tab);
    m_diffChanges->setObjectName(QStringLiteral("diffChanges"));

    layout->addWidget(m_diffChanges);
    m_diffNote = createNote(QString(), tab);
    m_diffNote->setObjectName(QStringLiteral("diffNote"));
    layout->addWidget(m_diffNote);
    m_diffView = new DiffView(tab);
    m_diffView->setObjectName(QStringLiteral("diffView"));
    layout->addWidget(m_diffView, 1);
    return tab;
}

void PromptsPage::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_generation.advance();
    m_promptGeneration.advance();
    m_workspace = std::move(workspace);
    m_prompt.clear();
    m_folder.clear();
    m_baseVersion = 0;
    m_latestVersion = 0;
    m_baseText.clear();
    m_contents.clear();
    m_labels.clear();
    m_firstTreeLoad = true;
    m_saving = false;
    m_status->clear();
    m_treeModel->setContents({}, {});
    m_count->clear();
    m_detailStack->setCurrentIndex(0);
    m_stack->setCurrentIndex(m_workspace ? 1 : 0);
    updateActions();
    if (m_workspace)
        reloadTree();
}

void PromptsPage::refresh()
{
    if (m_workspace)
        reloadTree(m_prompt);
}

void PromptsPage::selectPrompt(const QString &name)
{
    const QModelIndex index = m_filter->mapFromSource(m_treeModel->indexOfPrompt(name));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

bool PromptsPage::hasUnsavedChanges() const
{
    return !m_prompt.isEmpty() && m_editor->toPlainText() != m_baseText;
}

void PromptsPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

// ---- tree -------------------------------------------------------------------------------------------

void PromptsPage::reloadTree(const QString &selectPath)
{
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [](Workspace &workspace) -> Result<TreeContents> {
            auto prompts = workspace.prompts().list();
            if (!prompts)
                return prompts.error();
            auto folders = workspace.prompts().folders();
            if (!folders)
                return folders.error();
            return TreeContents{std::move(prompts).value(), std::move(folders).value()};
        },
        [this, selectPath](Result<TreeContents> contents) {
            if (!contents) {
                ErrorBox::show(this, tr("Cannot list the prompts"), contents.error().message);
                return;
            }
            showTree(contents.value(), selectPath);
        });
}

void PromptsPage::showTree(const TreeContents &contents, const QString &selectPath)
{
    QStringList expanded;
    if (!m_firstTreeLoad) {
        for (const QString &path : m_treeModel->folderPaths()) {
            if (m_tree->isExpanded(m_filter->mapFromSource(m_treeModel->indexOfFolder(path))))
                expanded << path;
        }
    }
    const QString current = m_prompt;
    m_restoringSelection = true;
    m_treeModel->setContents(contents.prompts, contents.folders);
    if (m_firstTreeLoad) {
        if (m_treeModel->promptCount() <= ExpandAllLimit)
            m_tree->expandAll();
        else
            m_tree->expandToDepth(0);
    } else {
        for (const QString &path : std::as_const(expanded))
            m_tree->expand(m_filter->mapFromSource(m_treeModel->indexOfFolder(path)));
    }
    if (!m_search->text().trimmed().isEmpty())
        m_tree->expandAll();
    m_firstTreeLoad = false;

    QModelIndex select = m_treeModel->indexOfPrompt(selectPath.isEmpty() ? current : selectPath);
    if (!select.isValid() && !selectPath.isEmpty())
        select = m_treeModel->indexOfFolder(selectPath);
    if (select.isValid()) {
        const QModelIndex proxy = m_filter->mapFromSource(select);
        m_tree->setCurrentIndex(proxy);
        m_tree->scrollTo(proxy);
    }
    m_restoringSelection = false;
    const int prompts = m_treeModel->promptCount();
    const int folders = int(m_treeModel->folderPaths().size());
    m_count->setText((prompts == 1 ? tr("1 prompt") : tr("%n prompts", nullptr, prompts)) +
                     QStringLiteral(" · ") +
                     (folders == 1 ? tr("1 folder") : tr("%n folders", nullptr, folders)));
    updateActions();
    emit treeLoaded();

    // A prompt chosen by name (new, imported) opens as if clicked — unless the editor holds unsaved text,
    // which stays where it is.
    const PromptSummary *chosen = m_treeModel->prompt(select);
    if (chosen && chosen->name != m_prompt) {
        if (!hasUnsavedChanges()) {
            openPrompt(chosen->name);
        } else {
            m_restoringSelection = true;
            m_tree->setCurrentIndex(m_filter->mapFromSource(m_treeModel->indexOfPrompt(m_prompt)));
            m_restoringSelection = false;
        }
    }
}

void PromptsPage::treeCurrentChanged(const QModelIndex &current)
{
    updateActions();
    if (m_restoringSelection)
        return;
    const PromptSummary *summary = m_treeModel->prompt(m_filter->mapToSource(current));
    if (!summary || summary->name == m_prompt)
        return;
    const QString name = summary->name;
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("You changed %1 since version %2. Save your text as a new version before "
                           "opening %3?")
                            .arg(m_prompt)
                            .arg(m_baseVersion)
                            .arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel) {
            m_restoringSelection = true;
            m_tree->setCurrentIndex(m_filter->mapFromSource(m_treeModel->indexOfPrompt(m_prompt)));
            m_restoringSelection = false;
            return;
        }
        if (answer == QMessageBox::Save) {
            m_restoringSelection = true;
            m_tree->setCurrentIndex(m_filter->mapFromSource(m_treeModel->indexOfPrompt(m_prompt)));
            m_restoringSelection = false;
            saveVersion([this, name] { selectPrompt(name); });
            return;
        }
    }
    openPrompt(name);
}

QString PromptsPage::selectedTreeFolder() const
{
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    return current.isValid() ? current.data(PromptTreeModel::FolderRole).toString() : QString();
}

// ---- one prompt ----------------------------------------------------------------------------------------

void PromptsPage::openPrompt(const QString &name, EditorText mode)
{
    m_promptGeneration.advance();
    runWorkspaceTask(
        m_pool, m_workspace, this, m_promptGeneration,
        [name](Workspace &workspace) -> Result<PromptDetails> {
            PromptRegistry &registry = workspace.prompts();
            auto latest = registry.resolve(name);
            if (!latest)
                return latest.error();
            auto versions = registry.versions(name);
            if (!versions)
                return versions.error();
            auto labels = registry.labels(name);
            if (!labels)
                return labels.error();
            auto history = registry.labelHistory(name);
            if (!history)
                return history.error();
            return PromptDetails{std::move(latest).value(), std::move(versions).value(),
                                 std::move(labels).value(), std::move(history).value()};
        },
        [this, mode](Result<PromptDetails> details) {
            if (!details) {
                ErrorBox::show(this, tr("Cannot open the prompt"), details.error().message);
                return;
            }
            showDetails(details.value(), mode);
        });
}

void PromptsPage::showDetails(const PromptDetails &details, EditorText mode)
{
    const bool samePrompt = details.latest.promptName == m_prompt;
    const bool keepEdits = samePrompt && mode == EditorText::KeepEdits && hasUnsavedChanges();
    const int previouslySelected = samePrompt ? (m_selectOnLoad > 0 ? m_selectOnLoad : selectedVersion()) : 0;
    m_selectOnLoad = 0;
    if (!samePrompt) {
        m_contents.clear();
        m_status->clear(); // a message about the previous prompt would read as if about this one
    }

    m_prompt = details.latest.promptName;
    m_folder = details.latest.folder;
    m_latestVersion = details.latest.version;
    m_baseVersion = details.latest.version;
    m_baseText = details.latest.content;
    m_contents.insert(details.latest.version, details.latest.content);

    if (!keepEdits && m_editor->toPlainText() != details.latest.content) {
        m_editor->setPlainText(details.latest.content);
        m_compileTimer.stop();
    }
    compileEditorText();
    if (!samePrompt)
        m_preview->resetInputs();

    m_versionModel->setVersions(details.versions);
    const int row = m_versionModel->rowOf(previouslySelected);
    m_versionTable->selectRow(row >= 0 ? row : 0);
    showLabels(details.labels, details.history);

    fillDiffChoices();
    chooseDiffDefaults();
    m_detailStack->setCurrentIndex(1);
    updateHeader();
    updateActions();
    emit promptLoaded(m_prompt);
}

void PromptsPage::showLabels(const QMap<QString, int> &labels, const QList<LabelMove> &history)
{
    m_labels = labels;
    m_labelsTable->setRowCount(0);
    m_labelsTable->setRowCount(int(labels.size()));
    int row = 0;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it, ++row) {
        setRow(m_labelsTable, row, {it.key(), QString::number(it.value())});
    }
    m_historyTable->setRowCount(0);
    m_historyTable->setRowCount(int(history.size()));
    for (qsizetype i = 0; i < history.size(); ++i) {
        const LabelMove &move = history.at(i);
        setRow(m_historyTable, int(i),
               {move.label,
                tr("%1 → %2").arg(versionOrNone(move.fromVersion, tr("new")),
                                  versionOrNone(move.toVersion, tr("removed"))),
                move.movedBy, displayTime(move.movedAt), move.note});
    }
}

void PromptsPage::updateHeader()
{
    if (m_prompt.isEmpty())
        return;
    m_promptTitle->setText(m_prompt);
    const QString folder = m_folder.isEmpty() ? tr("no folder") : m_folder;
    QString info =
        tr("%1 · editing from version %2 of %3").arg(folder).arg(m_baseVersion).arg(m_latestVersion);
    if (hasUnsavedChanges())
        info += QStringLiteral(" · ") + tr("unsaved changes");
    m_promptInfo->setText(info);
}

int PromptsPage::selectedVersion() const
{
    const QModelIndex current = m_versionTable->currentIndex();
    return current.isValid() ? current.data(PromptVersionModel::VersionRole).toInt() : 0;
}

void PromptsPage::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool hasPrompt = open && !m_prompt.isEmpty();
    const int selected = selectedVersion();
    m_exportButton->setEnabled(open && m_treeModel->promptCount() > 0);
    m_saveButton->setEnabled(hasPrompt && !m_saving);
    m_revertButton->setEnabled(hasPrompt && selected > 0 && selected != m_latestVersion);
    m_moveLabelButton->setEnabled(hasPrompt && selected > 0);
    m_removeLabelButton->setEnabled(hasPrompt && m_labelsTable->currentRow() >= 0 &&
                                    !m_labelsTable->selectedItems().isEmpty());
}

// ---- diagnostics -------------------------------------------------------------------------------------

void PromptsPage::compileEditorText()
{
    m_compileTimer.stop();
    PromptDiagnostic failure;
    auto compiled = CompiledPrompt::compile(m_editor->toPlainText(), &failure);
    QList<PromptDiagnostic> diagnostics;
    if (!compiled) {
        failure.severity = PromptDiagnostic::Severity::Error;
        if (failure.message.isEmpty())
            failure.message = compiled.error().message;
        diagnostics << failure;
        m_preview->setPrompt(std::nullopt, compiled.error().message);
    } else {
        diagnostics = compiled->checkDeclarations();
        m_preview->setPrompt(compiled.value(), QString());
    }
    showDiagnostics(diagnostics);
    updateHeader();
    emit diagnosticsUpdated();
}

void PromptsPage::showDiagnostics(const QList<PromptDiagnostic> &diagnostics)
{
    m_editor->setDiagnostics(diagnostics);
    m_diagnostics->clear();
    int errors = 0;
    int warnings = 0;
    for (const PromptDiagnostic &diagnostic : diagnostics) {
        diagnostic.isError() ? ++errors : ++warnings;
        const bool positioned =
            diagnostic.line > 0 && !namesOwnPosition(diagnostic.message, diagnostic.line, diagnostic.column);
        const QString where =
            positioned ? (diagnostic.column > 0
                              ? tr("Line %1, column %2").arg(diagnostic.line).arg(diagnostic.column)
                              : tr("Line %1").arg(diagnostic.line))
                       : QString();
        const QString kind = diagnostic.isError() ? tr("error") : tr("warning");
        auto *item =
            new QListWidgetItem(where.isEmpty() ? tr("%1: %2").arg(kind, diagnostic.message)
                                                : tr("%1 — %2: %3").arg(where, kind, diagnostic.message),
                                m_diagnostics);
        item->setForeground(diagnostic.isError() ? TemplateEditor::errorColor()
                                                 : TemplateEditor::warningColor());
        item->setData(LineRole, diagnostic.line);
        item->setData(ColumnRole, diagnostic.column);
        item->setToolTip(item->text());
    }
    if (diagnostics.isEmpty()) {
        m_diagnosticsSummary->setText(tr("No problems: every variable is declared and every input used."));
        m_diagnosticsSummary->setStyleSheet(AppStyle::textStyle(AppStyle::Color::SuccessText));
    } else {
        m_diagnosticsSummary->setText(
            (errors == 1 ? tr("1 error") : tr("%n errors", nullptr, errors)) + QStringLiteral(", ") +
            (warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings)));
        m_diagnosticsSummary->setStyleSheet(
            AppStyle::textStyle(errors > 0 ? AppStyle::Color::ErrorText : AppStyle::Color::WarningText));
    }
    // The list keeps one height, four rows, whatever it holds, so the editor above it changes size only
    // when findings appear or go; then the line being typed is scrolled back into view if it was in view.
    const bool cursorInView = m_editor->viewport()->rect().intersects(m_editor->cursorRect());
    const bool wasShown = !m_diagnostics->isHidden();
    m_diagnostics->setHidden(m_diagnostics->count() == 0);
    if (m_diagnostics->count() > 0)
        m_diagnostics->setFixedHeight(2 * m_diagnostics->frameWidth() + 4 +
                                      4 * m_diagnostics->sizeHintForRow(0));
    if (wasShown != !m_diagnostics->isHidden() && cursorInView)
        QTimer::singleShot(0, m_editor, [editor = m_editor] { editor->ensureCursorVisible(); });
}

// ---- actions -----------------------------------------------------------------------------------------

void PromptsPage::newFolder()
{
    if (!m_workspace)
        return;
    const QString parent = selectedTreeFolder();
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("New folder"),
                                               tr("Folder path (use / to nest folders):"), QLineEdit::Normal,
                                               parent.isEmpty() ? QString() : parent + QLatin1Char('/'), &ok)
                             .trimmed();
    if (!ok || path.isEmpty())
        return;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [path](Workspace &workspace) { return workspace.prompts().createFolder(path); },
        [this, path](Result<void> created) {
            if (!created) {
                ErrorBox::show(this, tr("Cannot create the folder"), created.error().message);
                return;
            }
            showStatus(tr("Created the folder %1.").arg(path));
            reloadTree(path);
        });
}

void PromptsPage::newPrompt()
{
    if (!m_workspace)
        return;
    NewPromptDialog dialog(m_treeModel->folderPaths(), selectedTreeFolder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const QString folder = dialog.folder();
    const QString content = dialog.content();
    const QString message = tr("Created in Tailor");
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [=](Workspace &workspace) { return workspace.prompts().create(name, folder, content, message); },
        [this, name](Result<PromptVersion> created) {
            if (!created) {
                ErrorBox::show(this, tr("Cannot create the prompt"), created.error().message);
                return;
            }
            showStatus(tr("Created %1, version 1.").arg(name));
            reloadTree(name);
        });
}

void PromptsPage::importFiles()
{
    if (!m_workspace)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import prompts"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Prompty files (*.prompty);;All files (*)"));
    if (paths.isEmpty())
        return;
    const QString message = tr("Imported in Tailor");
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [paths, message](Workspace &workspace) { return workspace.prompts().importFiles(paths, message); },
        [this](Result<QList<ImportOutcome>> imported) {
            if (!imported) {
                ErrorBox::show(this, tr("Nothing was imported"), imported.error().message);
                return;
            }
            int created = 0;
            for (const ImportOutcome &outcome : imported.value())
                created += outcome.created ? 1 : 0;
            const int files = int(imported->size());
            showStatus((files == 1 ? tr("Imported 1 file") : tr("Imported %n files", nullptr, files)) +
                       QStringLiteral(": ") +
                       (created == 1 ? tr("1 new version.") : tr("%n new versions.", nullptr, created)));
            reloadTree(imported->isEmpty() ? QString() : imported->constLast().prompt);
        });
}

void PromptsPage::exportPrompts()
{
    if (!m_workspace)
        return;
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    const QStringList names = current.isValid() ? m_treeModel->promptNamesUnder(current) : QStringList();
    const QString directory = QFileDialog::getExistingDirectory(
        this,
        names.isEmpty() ? tr("Export all prompts to")
                        : (names.size() == 1 ? tr("Export %1 to").arg(names.constFirst())
                                             : tr("Export %n prompts to", nullptr, int(names.size()))),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (directory.isEmpty())
        return;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [directory, names](Workspace &workspace) {
            return workspace.prompts().exportTo(directory, names, {});
        },
        [this, directory](Result<QStringList> written) {
            if (!written) {
                ErrorBox::show(this, tr("Cannot export the prompts"), written.error().message);
                return;
            }
            const int count = int(written->size());
            showStatus((count == 1 ? tr("Exported 1 prompt to %1.")
                                   : tr("Exported %n prompts to %1.", nullptr, count))
                           .arg(QDir::toNativeSeparators(directory)));
        });
}

void PromptsPage::saveVersion(const std::function<void()> &then)
{
    if (!m_workspace || m_prompt.isEmpty() || m_saving)
        return;
    bool ok = false;
    const QString message =
        QInputDialog::getText(
            this, tr("Save version"),
            tr("Save %1 as version %2. Describe what changed:").arg(m_prompt).arg(m_baseVersion + 1),
            QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    const QString name = m_prompt;
    const QString text = m_editor->toPlainText();
    const int base = m_baseVersion;
    m_saving = true;
    updateActions();
    showStatus(tr("Saving…"));
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name, base, text, message](Workspace &workspace) {
            return workspace.prompts().save(name, base, text, message);
        },
        [this, name, then](Result<SaveOutcome> saved) {
            m_saving = false;
            updateActions();
            if (name != m_prompt)
                return;
            if (!saved) {
                showStatus(
                    saved.error().kind == Error::Kind::Conflict
                        ? tr("Not saved: your text is still in the editor. Compare it in the Diff tab, "
                             "then save again.")
                        : tr("Not saved: your text is still in the editor."));
                ErrorBox::show(this, tr("Cannot save the prompt"), saved.error().message);
                if (saved.error().kind == Error::Kind::Conflict) {
                    // Show the newer versions; the text stays and the next save goes on top of them.
                    openPrompt(name, EditorText::KeepEdits);
                }
                return;
            }
            if (!saved->created) {
                showStatus(
                    tr("No changes: version %1 already has this content.").arg(saved->version.version));
                m_baseText = m_editor->toPlainText();
                updateHeader();
                if (then)
                    then();
                return;
            }
            showStatus(tr("Saved version %1 of %2.").arg(saved->version.version).arg(name));
            m_baseText = saved->version.content;
            m_selectOnLoad = saved->version.version;
            reloadTree(name);
            openPrompt(name, EditorText::KeepEdits);
            if (then)
                then();
        });
}

void PromptsPage::revertToSelected()
{
    const int version = selectedVersion();
    if (!m_workspace || m_prompt.isEmpty() || version <= 0 || version == m_latestVersion)
        return;
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("Reverting replaces the text in the editor with version %1. Your unsaved changes "
                           "will be lost.")
                            .arg(version),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    const QString name = m_prompt;
    const int base = m_latestVersion;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name, version, base](Workspace &workspace) {
            return workspace.prompts().revert(name, version, base, QString());
        },
        [this, name, version](Result<SaveOutcome> reverted) {
            if (!reverted) {
                ErrorBox::show(this, tr("Cannot revert"), reverted.error().message);
                return;
            }
            showStatus(tr("Version %1 restores the content of version %2.")
                           .arg(reverted->version.version)
                           .arg(version));
            if (name == m_prompt)
                m_selectOnLoad = reverted->version.version;
            reloadTree(name);
            openPrompt(name, EditorText::Replace);
        });
}

void PromptsPage::moveLabel()
{
    const int version = selectedVersion();
    if (!m_workspace || m_prompt.isEmpty() || version <= 0)
        return;
    QStringList labels = m_labels.keys();
    for (const QString &known : {QStringLiteral("staging"), QStringLiteral("production")}) {
        if (!labels.contains(known))
            labels << known;
    }
    MoveLabelDialog dialog(m_prompt, version, labels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = m_prompt;
    const QString label = dialog.label();
    const QString note = dialog.note();
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name, label, version, note](Workspace &workspace) {
            return workspace.prompts().moveLabel(name, label, version, note);
        },
        [this, name, label, version](Result<void> moved) {
            if (!moved) {
                ErrorBox::show(this, tr("Cannot move the label"), moved.error().message);
                return;
            }
            showStatus(tr("'%1' now points at version %2.").arg(label).arg(version));
            reloadTree(name);
            openPrompt(name, EditorText::KeepEdits);
        });
}

void PromptsPage::removeLabel()
{
    const int row = m_labelsTable->currentRow();
    if (!m_workspace || m_prompt.isEmpty() || row < 0 || !m_labelsTable->item(row, 0))
        return;
    const QString name = m_prompt;
    const QString label = m_labelsTable->item(row, 0)->text();
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name, label](Workspace &workspace) { return workspace.prompts().removeLabel(name, label); },
        [this, name, label](Result<void> removed) {
            if (!removed) {
                ErrorBox::show(this, tr("Cannot remove the label"), removed.error().message);
                return;
            }
            showStatus(tr("Removed the label '%1'.").arg(label));
            reloadTree(name);
            openPrompt(name, EditorText::KeepEdits);
        });
}

// ---- diff --------------------------------------------------------------------------------------------

void PromptsPage::fillDiffChoices()
{
    const QSignalBlocker blockFrom(m_diffFrom);
    const QSignalBlocker blockTo(m_diffTo);
    m_diffFrom->clear();
    m_diffTo->clear();
    for (const PromptVersion &version : m_versionModel->versions()) {
        QString text = tr("Version %1").arg(version.version);
        if (!version.labels.isEmpty())
            text += QStringLiteral(" (") + version.labels.join(QStringLiteral(", ")) + QLatin1Char(')');
        m_diffFrom->addItem(text, version.version);
        m_diffTo->addItem(text, version.version);
    }
}

void PromptsPage::chooseDiffDefaults()
{
    if (m_versionModel->rowCount() == 0)
        return;
    const int selected = selectedVersion() > 0 ? selectedVersion() : m_latestVersion;
    int from = selected;
    int to = m_latestVersion;
    if (selected == m_latestVersion) {
        // The newest version: compare it with the one before.
        const int row = m_versionModel->rowOf(selected);
        from =
            row + 1 < m_versionModel->rowCount() ? m_versionModel->versions().at(row + 1).version : selected;
    }
    {
        const QSignalBlocker blockFrom(m_diffFrom);
        const QSignalBlocker blockTo(m_diffTo);
        m_diffFrom->setCurrentIndex(m_diffFrom->findData(from));
        m_diffTo->setCurrentIndex(m_diffTo->findData(to));
    }
    updateDiff();
}

void PromptsPage::updateDiff()
{
    const int from = m_diffFrom->currentData().toInt();
    const int to = m_diffTo->currentData().toInt();
    if (from <= 0 || to <= 0)
        return;
    if (m_versionModel->rowCount() < 2) {
        m_diffChanges->hide();
        m_diffNote->setText(tr("%1 has one version: save another to compare.").arg(m_prompt));
        m_diffView->clear();
        emit diffShown();
        return;
    }
    QList<int> missing;
    for (int version : {from, to}) {
        if (!m_contents.contains(version) && !missing.contains(version))
            missing << version;
    }
    if (!missing.isEmpty()) {
        const QString name = m_prompt;
        runWorkspaceTask(
            m_pool, m_workspace, this, m_promptGeneration,
            [name, missing](Workspace &workspace) -> Result<QList<PromptVersion>> {
                QList<PromptVersion> versions;
                for (int number : missing) {
                    auto version = workspace.prompts().version(name, number);
                    if (!version)
                        return version.error();
                    versions << version.value();
                }
                return versions;
            },
            [this](Result<QList<PromptVersion>> versions) {
                if (!versions) {
                    ErrorBox::show(this, tr("Cannot read the versions"), versions.error().message);
                    return;
                }
                for (const PromptVersion &version : versions.value())
                    m_contents.insert(version.version, version.content);
                updateDiff();
            });
        return;
    }

    auto diff = PromptDiff::compute(m_contents.value(from), m_contents.value(to));
    m_diffChanges->clear();
    if (!diff) {
        m_diffChanges->hide();
        m_diffNote->setText(diff.error().message);
        m_diffView->clear();
        emit diffShown();
        return;
    }
    for (const PromptDiff::Change &change : diff->changes())
        m_diffChanges->addItem(change.summary());
    fitToRows(m_diffChanges, 4);
    QString note;
    if (from == to)
        note = tr("Both sides show version %1.").arg(from);
    else if (diff->isEmpty())
        note = tr("Versions %1 and %2 have the same content.").arg(from).arg(to);
    else if (!diff->bodyChanged())
        note = diff->changes().isEmpty()
                   ? tr("The body is the same; the front matter differs only in comments "
                        "or layout.")
                   : tr("The body is the same; the front matter changes are listed above.");
    else
        note =
            diff->changes().isEmpty()
                ? tr("The body lines of both versions, side by side; changed words are marked.")
                : tr("Front matter changes above; the body lines side by side below, changed words marked.");
    m_diffNote->setText(note);
    m_diffView->setRows(diff->rows(), tr("Version %1").arg(from), tr("Version %1").arg(to));
    emit diffShown();
}

} // namespace tailor
