#include "prompthistorypane.h"

#include "displayformat.h"
#include "models/promptversionmodel.h"
#include "promptspage.h"
#include "widgets/pagewidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tailor {

namespace {

QString versionOrNone(int version, const QString &none)
{
    return version > 0 ? QString::number(version) : none;
}

} // namespace

PromptHistoryPane::PromptHistoryPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(createVersionsPane());
    split->addWidget(createLabelsPane());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({500, 220});
    layout->addWidget(split);
    updateActions();
}

QWidget *PromptHistoryPane::createVersionsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 4, 4);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    header->addWidget(paneTitle(PromptsPage::tr("Versions"), pane));
    header->addStretch();
    m_revertButton = new QPushButton(PromptsPage::tr("&Revert to this version"), pane);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(PromptsPage::tr("Save a new version with the selected version's content."));
    connect(m_revertButton, &QPushButton::clicked, this, [this] { emit revertRequested(selectedVersion()); });
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
        emit versionSelected(selectedVersion());
    });
    layout->addWidget(m_versionTable, 1);
    return pane;
}

QWidget *PromptHistoryPane::createLabelsPane()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("labelTabs"));
    tabs->setDocumentMode(true);

    auto *labelsPane = new QWidget(tabs);
    auto *labelsLayout = new QVBoxLayout(labelsPane);
    labelsLayout->setContentsMargins(0, 6, 0, 4);
    labelsLayout->setSpacing(6);
    m_labelsTable = createTable({PromptsPage::tr("Label"), PromptsPage::tr("Version")},
                                QStringLiteral("labelsTable"), labelsPane);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_labelsTable->horizontalHeader()->setStretchLastSection(false);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_labelsTable, &QTableWidget::itemSelectionChanged, this, &PromptHistoryPane::updateActions);
    labelsLayout->addWidget(m_labelsTable, 1);
    auto *buttons = new QHBoxLayout;
    m_moveLabelButton = new QPushButton(PromptsPage::tr("&Move label…"), labelsPane);
    m_moveLabelButton->setObjectName(QStringLiteral("moveLabelButton"));
    m_moveLabelButton->setToolTip(PromptsPage::tr("Point a label at the version selected in the list."));
    connect(m_moveLabelButton, &QPushButton::clicked, this,
            [this] { emit moveLabelRequested(selectedVersion()); });
    m_removeLabelButton = new QPushButton(PromptsPage::tr("Remove label"), labelsPane);
    m_removeLabelButton->setObjectName(QStringLiteral("removeLabelButton"));
    connect(m_removeLabelButton, &QPushButton::clicked, this, [this] {
        const QString label = selectedLabel();
        if (!label.isEmpty())
            emit removeLabelRequested(label);
    });
    buttons->addWidget(m_moveLabelButton);
    buttons->addWidget(m_removeLabelButton);
    buttons->addStretch();
    labelsLayout->addLayout(buttons);
    tabs->addTab(labelsPane, PromptsPage::tr("Labels"));

    m_historyTable = createTable({PromptsPage::tr("Label"), PromptsPage::tr("From → to"),
                                  PromptsPage::tr("Who"), PromptsPage::tr("When"), PromptsPage::tr("Note")},
                                 QStringLiteral("labelHistoryTable"), tabs);
    for (int column = 0; column < 4; ++column)
        m_historyTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    tabs->addTab(m_historyTable, PromptsPage::tr("Label history"));
    return tabs;
}

void PromptHistoryPane::showHistory(const QList<PromptVersion> &versions, int latestVersion,
                                    const QMap<QString, int> &labels, const QList<LabelMove> &history,
                                    int selectVersion)
{
    m_open = true;
    m_latestVersion = latestVersion;
    m_versionModel->setVersions(versions);
    const int row = m_versionModel->rowOf(selectVersion);
    m_versionTable->selectRow(row >= 0 ? row : 0);

    m_labels = labels;
    m_labelsTable->setRowCount(0);
    m_labelsTable->setRowCount(int(labels.size()));
    int labelRow = 0;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it, ++labelRow)
        setRow(m_labelsTable, labelRow, {it.key(), QString::number(it.value())});
    m_historyTable->setRowCount(0);
    m_historyTable->setRowCount(int(history.size()));
    for (qsizetype i = 0; i < history.size(); ++i) {
        const LabelMove &move = history.at(i);
        setRow(m_historyTable, int(i),
               {move.label,
                PromptsPage::tr("%1 → %2").arg(versionOrNone(move.fromVersion, PromptsPage::tr("new")),
                                               versionOrNone(move.toVersion, PromptsPage::tr("removed"))),
                move.movedBy, displayTime(move.movedAt), move.note});
    }
    updateActions();
}

void PromptHistoryPane::clear()
{
    m_open = false;
    m_latestVersion = 0;
    m_labels.clear();
    updateActions();
}

int PromptHistoryPane::selectedVersion() const
{
    const QModelIndex current = m_versionTable->currentIndex();
    return current.isValid() ? current.data(PromptVersionModel::VersionRole).toInt() : 0;
}

QString PromptHistoryPane::selectedLabel() const
{
    const int row = m_labelsTable->currentRow();
    if (row < 0 || !m_labelsTable->item(row, 0))
        return {};
    return m_labelsTable->item(row, 0)->text();
}

void PromptHistoryPane::updateActions()
{
    const int selected = selectedVersion();
    m_revertButton->setEnabled(m_open && selected > 0 && selected != m_latestVersion);
    m_moveLabelButton->setEnabled(m_open && selected > 0);
    m_removeLabelButton->setEnabled(m_open && m_labelsTable->currentRow() >= 0 &&
                                    !m_labelsTable->selectedItems().isEmpty());
}

} // namespace tailor
