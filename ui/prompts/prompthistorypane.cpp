#include "prompthistorypane.h"

#include "displayformat.h"
#include "promptspage.h"
#include "promptversionmodel.h"
#include "widgets/pagewidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
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
    layout->setContentsMargins(0, 0, 0, 4);
    // Versions, labels and their history share one place, so the versions list has the pane's whole
    // width for its messages; the labels on each version show in it too.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("historyTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(createVersionsTab(), PromptsPage::tr("Versions"));
    tabs->addTab(createLabelsTab(), PromptsPage::tr("Labels"));
    m_historyTable = createTable({PromptsPage::tr("Label"), PromptsPage::tr("From → to"),
                                  PromptsPage::tr("Who"), PromptsPage::tr("When"), PromptsPage::tr("Note")},
                                 QStringLiteral("labelHistoryTable"), tabs);
    for (int column = 0; column < 4; ++column)
        m_historyTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    tabs->addTab(m_historyTable, PromptsPage::tr("Label history"));
    layout->addWidget(tabs);
    updateActions();
}

QWidget *PromptHistoryPane::createVersionsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    m_versionModel = new PromptVersionModel(this);
    m_versionTable = new QTableView(tab);
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

    // Both act on the version selected above.
    auto *buttons = new QHBoxLayout;
    m_revertButton = new QPushButton(PromptsPage::tr("&Revert to this version"), tab);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(PromptsPage::tr("Save a new version with the selected version's content."));
    connect(m_revertButton, &QPushButton::clicked, this, [this] { emit revertRequested(selectedVersion()); });
    m_moveLabelButton = new QPushButton(PromptsPage::tr("&Move label…"), tab);
    m_moveLabelButton->setObjectName(QStringLiteral("moveLabelButton"));
    m_moveLabelButton->setToolTip(PromptsPage::tr("Point a label at the version selected in the list."));
    connect(m_moveLabelButton, &QPushButton::clicked, this,
            [this] { emit moveLabelRequested(selectedVersion()); });
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_moveLabelButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return tab;
}

QWidget *PromptHistoryPane::createLabelsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    m_labelsTable = createTable({PromptsPage::tr("Label"), PromptsPage::tr("Version")},
                                QStringLiteral("labelsTable"), tab);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_labelsTable->horizontalHeader()->setStretchLastSection(false);
    m_labelsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_labelsTable, &QTableWidget::itemSelectionChanged, this, &PromptHistoryPane::updateActions);
    layout->addWidget(m_labelsTable, 1);
    auto *buttons = new QHBoxLayout;
    m_removeLabelButton = new QPushButton(PromptsPage::tr("Remove label"), tab);
    m_removeLabelButton->setObjectName(QStringLiteral("removeLabelButton"));
    connect(m_removeLabelButton, &QPushButton::clicked, this, [this] {
        const QString label = selectedLabel();
        if (!label.isEmpty())
            emit removeLabelRequested(label);
    });
    buttons->addWidget(m_removeLabelButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return tab;
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
