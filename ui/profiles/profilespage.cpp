#include "profilespage.h"

#include "appstyle.h"
#include "profileimportdialog.h"
#include "profiletablemodel.h"
#include "shell/errorbox.h"
#include "widgets/activitytimeline.h"
#include "widgets/interestchart.h"
#include "widgets/pagewidgets.h"
#include "workspacetask.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tailor {

namespace {

// The date edits' "any" value: early enough for any real log (MovieLens 100K is from 1997), so every
// activity date can be picked.
const QDate NoDate(1900, 1, 1);

QDateEdit *createDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(QCoreApplication::translate("tailor::ProfilesPage", "any"));
    edit->setDate(NoDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ProfilesPage::ProfilesPage(QThreadPool *workspacePool, QWidget *parent)
    : QWidget(parent)
    , m_pool(workspacePool)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *note = new QLabel(tr("No workspace open — use File → New workspace or Open workspace to browse its "
                               "profiles."),
                            m_stack);
    note->setObjectName(QStringLiteral("emptyNotice"));
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(note);

    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 14, 20, 10);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(pageTitle(tr("Profiles"), content));
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("profileCount"));
    header->addWidget(m_count);
    header->addStretch(1);
    auto *importButton = new QPushButton(tr("Import…"), content);
    importButton->setObjectName(QStringLiteral("importButton"));
    markPrimary(importButton);
    header->addWidget(importButton);
    layout->addLayout(header);

    m_banner = new QLabel(
        tr("Synthetic demo data: these users and interactions were generated, not collected."), content);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel#demoBanner { background: %1; color: %2; border: 1px solid %3; "
                       "border-radius: 4px; padding: 6px 10px; }")
            .arg(AppStyle::color(AppStyle::Color::NoticeBackground).name(),
                 AppStyle::color(AppStyle::Color::NoticeText).name(),
                 AppStyle::color(AppStyle::Color::NoticeBorder).name()));
    m_banner->hide();
    layout->addWidget(m_banner);

    layout->addWidget(createFilterBar());

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    m_model = new ProfileTableModel(m_pool, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("profileTable"));
    setupTable(m_table);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicator(ProfileTableModel::UserColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Each column as wide as its header or a typical value, whichever is wider, in this language and font.
    const QFontMetrics metrics(m_table->font());
    QFont headerFont = m_table->horizontalHeader()->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    const QString longDate = QLocale().toString(QDate(2024, 12, 28), QLocale::ShortFormat);
    const QList<std::pair<int, QStringList>> widest{
        {ProfileTableModel::UserColumn, {QStringLiteral("000000")}},
        {ProfileTableModel::InteractionsColumn, {QLocale().toString(99999)}},
        {ProfileTableModel::FirstColumn, {longDate}},
        {ProfileTableModel::LastColumn, {longDate}},
        {ProfileTableModel::TopColumn, {QStringLiteral("Documentary")}},
        {ProfileTableModel::ConsentColumn,
         {consentName(Consent::Granted), consentName(Consent::Refused), consentName(Consent::Unknown)}}};
    m_tableWidth = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (const auto &[column, samples] : widest) {
        // The header is bold (tailor.qss) with 16 px of padding and room for the sort arrow.
        int width =
            headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 30;
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample) + 24); // the cells' padding and a gap
        m_table->setColumnWidth(column, width);
        m_tableWidth += width;
    }
    splitter->addWidget(m_table);
    splitter->addWidget(createDetailPane());
    // The table keeps the width its columns need; the profile takes the rest, and any growth of the window.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    // The sizes are placed once the splitter has its width (a splitter scales sizes set before then).
    splitter->installEventFilter(this);
    m_splitter = splitter;
    layout->addWidget(splitter, 1);
    m_stack->addWidget(content);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &ProfilesPage::applyFilter);
    connect(importButton, &QPushButton::clicked, this, &ProfilesPage::openImportDialog);
    connect(m_model, &ProfileTableModel::pageLoaded, this, [this] {
        updateCount();
        if (!m_firstPageSeen) {
            m_firstPageSeen = true;
            emit profilesLoaded();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_firstPageSeen = false;
        m_count->setText(tr("Loading…"));
    });
    connect(m_model, &ProfileTableModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(QString());
        ErrorBox::show(this, tr("Profiles"), message);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProfilesPage::selectionChanged);
}

QWidget *ProfilesPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("profileSearch"));
    m_search->setPlaceholderText(tr("Search user ids and attributes"));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_search, 2);

    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->addItem(tr("Any interest"), QString());
    // Long category names and longer languages must not widen the window; the list still shows them whole.
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(15);
    row->addWidget(m_category, 1);
    m_minStrength = new QDoubleSpinBox(bar);
    m_minStrength->setObjectName(QStringLiteral("minStrength"));
    m_minStrength->setPrefix(tr("≥ "));
    m_minStrength->setRange(0.0, 1.0);
    m_minStrength->setSingleStep(0.05);
    m_minStrength->setDecimals(2);
    m_minStrength->setToolTip(
        tr("Minimum interest strength in the chosen category; users who dislike it (strength below 0) never "
           "match"));
    m_minStrength->setEnabled(false);
    row->addWidget(m_minStrength);

    m_consent = new QComboBox(bar);
    m_consent->setObjectName(QStringLiteral("consentFilter"));
    m_consent->addItem(tr("Any consent"), int(ConsentFilter::Any));
    m_consent->addItem(tr("Consent granted"), int(ConsentFilter::Granted));
    m_consent->addItem(tr("Consent refused"), int(ConsentFilter::Refused));
    m_consent->addItem(tr("Consent unknown"), int(ConsentFilter::Unknown));
    row->addWidget(m_consent);

    row->addWidget(new QLabel(tr("Active from"), bar));
    m_activeFrom = createDateEdit(QStringLiteral("activeFrom"), bar);
    row->addWidget(m_activeFrom);
    row->addWidget(new QLabel(tr("until"), bar));
    m_activeUntil = createDateEdit(QStringLiteral("activeUntil"), bar);
    row->addWidget(m_activeUntil);
    layout->addLayout(row);

    auto *segmentRow = new QHBoxLayout;
    segmentRow->setSpacing(8);
    segmentRow->addWidget(new QLabel(tr("Segment:"), bar));
    m_segments = new QComboBox(bar);
    m_segments->setObjectName(QStringLiteral("segmentCombo"));
    m_segments->setMinimumContentsLength(18);
    m_segments->addItem(tr("All users"));
    segmentRow->addWidget(m_segments);
    m_saveSegment = new QPushButton(tr("Save as segment…"), bar);
    m_saveSegment->setObjectName(QStringLiteral("saveSegmentButton"));
    segmentRow->addWidget(m_saveSegment);
    m_deleteSegment = new QPushButton(tr("Delete segment…"), bar);
    m_deleteSegment->setObjectName(QStringLiteral("deleteSegmentButton"));
    m_deleteSegment->setToolTip(tr("Delete the chosen segment; the deletion is written to the audit log"));
    m_deleteSegment->setEnabled(false);
    segmentRow->addWidget(m_deleteSegment);
    m_clearFilters = new QPushButton(tr("Clear filters"), bar);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->setToolTip(
        tr("Show all users: empty the search and every filter, and leave the segment"));
    m_clearFilters->setEnabled(false);
    segmentRow->addWidget(m_clearFilters);
    m_segmentNote = new QLabel(bar);
    m_segmentNote->setObjectName(QStringLiteral("hint"));
    segmentRow->addWidget(m_segmentNote, 1);
    layout->addLayout(segmentRow);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_settingWidgets)
            m_searchTimer.start();
    });
    auto changed = [this] {
        m_minStrength->setEnabled(!m_category->currentData().toString().isEmpty());
        if (!m_settingWidgets)
            applyFilter();
    };
    connect(m_category, &QComboBox::currentIndexChanged, this, changed);
    connect(m_minStrength, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_consent, &QComboBox::currentIndexChanged, this, changed);
    connect(m_activeFrom, &QDateEdit::dateChanged, this, changed);
    connect(m_activeUntil, &QDateEdit::dateChanged, this, changed);
    connect(m_segments, &QComboBox::activated, this, &ProfilesPage::applySegment);
    connect(m_saveSegment, &QPushButton::clicked, this, &ProfilesPage::saveSegment);
    connect(m_deleteSegment, &QPushButton::clicked, this, &ProfilesPage::deleteSegment);
    connect(m_clearFilters, &QPushButton::clicked, this, &ProfilesPage::clearFilters);
    // The pickers open near the data rather than at their "any" date.
    m_activeFrom->calendarWidget()->installEventFilter(this);
    m_activeUntil->calendarWidget()->installEventFilter(this);
    connect(m_segments, &QComboBox::currentIndexChanged, this, &ProfilesPage::updateSegmentButtons);
    return bar;
}

QWidget *ProfilesPage::createDetailPane()
{
    m_detailStack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Select a user to see their profile."), m_detailStack);
    empty->setObjectName(QStringLiteral("hint"));
    empty->setAlignment(Qt::AlignCenter);
    m_detailStack->addWidget(empty);

    auto *scroll = new QScrollArea(m_detailStack);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *pane = new QWidget(scroll);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(12, 0, 4, 0);
    layout->setSpacing(8);
    m_detailTitle = paneTitle(QString(), pane);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    layout->addWidget(m_detailTitle);
    m_detailInfo = new QLabel(pane);
    m_detailInfo->setObjectName(QStringLiteral("detailInfo"));
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detailInfo);

    auto *attributesHeader = new QHBoxLayout;
    attributesHeader->addWidget(paneTitle(tr("Attributes"), pane));
    attributesHeader->addStretch(1);
    m_revealButton = new QPushButton(tr("Reveal"), pane);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setToolTip(tr("Show the personal data in clear; the reveal is written to the audit log"));
    attributesHeader->addWidget(m_revealButton);
    layout->addLayout(attributesHeader);
    m_revealNote = new QLabel(pane);
    m_revealNote->setObjectName(QStringLiteral("revealNote"));
    m_revealNote->setWordWrap(true);
    m_revealNote->hide();
    layout->addWidget(m_revealNote);
    m_attributes = createTable({tr("Attribute"), tr("Value")}, QStringLiteral("attributesTable"), pane);
    m_attributes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_attributes);

    m_interestsTitle = paneTitle(tr("Interests"), pane);
    m_interestsTitle->setObjectName(QStringLiteral("interestsTitle"));
    layout->addWidget(m_interestsTitle);
    m_chart = new InterestChart(pane);
    m_chart->setMinimumHeight(290);
    layout->addWidget(m_chart);

    layout->addWidget(paneTitle(tr("Activity per month"), pane));
    m_timeline = new ActivityTimeline(pane);
    m_timeline->setMinimumHeight(170);
    layout->addWidget(m_timeline);

    m_historyTitle = paneTitle(tr("Recent interactions"), pane);
    layout->addWidget(m_historyTitle);
    m_history = createTable({tr("Time"), tr("Item"), tr("Event")}, QStringLiteral("historyTable"), pane);
    // The title takes what the time and the event leave, so the pane never scrolls sideways.
    m_history->horizontalHeader()->setStretchLastSection(false);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->setMinimumHeight(200);
    layout->addWidget(m_history, 1);
    scroll->setWidget(pane);
    m_detailStack->addWidget(scroll);
    m_detailScroll = scroll;

    connect(m_revealButton, &QPushButton::clicked, this, &ProfilesPage::reveal);
    return m_detailStack;
}

void ProfilesPage::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_generation.advance();
    m_detailGeneration.advance();
    m_user.clear();
    m_detailStack->setCurrentIndex(0);
    m_stack->setCurrentIndex(m_workspace ? 1 : 0);
    m_banner->hide();
    m_settingWidgets = true;
    m_search->clear();
    m_category->setCurrentIndex(0);
    m_minStrength->setValue(0.0);
    m_consent->setCurrentIndex(0);
    m_activeFrom->setDate(NoDate);
    m_activeUntil->setDate(NoDate);
    m_settingWidgets = false;
    m_segmentExtra = {};
    m_segmentNote->clear();
    m_shownUser.clear();
    m_firstActivity = {};
    m_lastActivity = {};
    updateClearButton();
    m_model->setWorkspace(m_workspace, currentFilter());
    loadStats();
}

void ProfilesPage::refresh()
{
    if (!m_workspace)
        return;
    m_model->reload();
    loadStats();
}

void ProfilesPage::loadStats()
{
    if (!m_workspace)
        return;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [](Workspace &workspace) { return workspace.profiles().stats(); },
        [this](Result<ProfileStats> stats) {
            if (!stats) {
                ErrorBox::show(this, tr("Profiles"), stats.error().message);
                return;
            }
            m_banner->setVisible(stats->demo);
            m_firstActivity = stats->firstActivity;
            m_lastActivity = stats->lastActivity;
            const QString current = m_category->currentData().toString();
            m_settingWidgets = true;
            m_category->clear();
            m_category->addItem(tr("Any interest"), QString());
            for (const QString &category : std::as_const(stats->categories))
                m_category->addItem(category, category);
            m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
            m_settingWidgets = false;
            loadSegments();
            emit statsLoaded();
        });
}

ProfileFilter ProfilesPage::currentFilter() const
{
    ProfileFilter filter = m_segmentExtra;
    filter.search = m_search->text().trimmed();
    const QString category = m_category->currentData().toString();
    if (!category.isEmpty())
        filter.interests.prepend({category, m_minStrength->value(), 1.0});
    filter.consent = ConsentFilter(m_consent->currentData().toInt());
    if (m_activeFrom->date() != NoDate)
        filter.activeFrom = QDateTime(m_activeFrom->date(), QTime(0, 0), QTimeZone::utc());
    if (m_activeUntil->date() != NoDate)
        filter.activeUntil = QDateTime(m_activeUntil->date().addDays(1), QTime(0, 0), QTimeZone::utc());
    return filter;
}

void ProfilesPage::clearFilters()
{
    m_settingWidgets = true;
    m_search->clear();
    m_category->setCurrentIndex(0);
    m_minStrength->setValue(0.0);
    m_minStrength->setEnabled(false);
    m_consent->setCurrentIndex(0);
    m_activeFrom->setDate(NoDate);
    m_activeUntil->setDate(NoDate);
    m_segments->setCurrentIndex(0);
    m_settingWidgets = false;
    m_segmentExtra = {};
    m_segmentNote->clear();
    applyFilter();
}

void ProfilesPage::updateClearButton()
{
    m_clearFilters->setEnabled(!currentFilter().isEmpty() || m_segments->currentIndex() > 0);
}

bool ProfilesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize && !m_splitterPlaced &&
        m_splitter->width() > 0) {
        m_splitterPlaced = true;
        // The table as wide as its columns, if the profile keeps room for its chart; the profile the rest.
        const int available = m_splitter->width() - m_splitter->handleWidth();
        const int table = qMin(m_tableWidth, available - 320);
        m_splitter->setSizes({qMax(table, available / 2), available - qMax(table, available / 2)});
    }
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_activeFrom, m_activeUntil}) {
            if (watched != edit->calendarWidget() || edit->date() != NoDate)
                continue;
            // The popup was just set to the "any" date; turn it to the month the data starts or ends in.
            const QDateTime near = edit == m_activeFrom ? m_firstActivity : m_lastActivity;
            const QDate month = near.isValid() ? near.toLocalTime().date() : QDate::currentDate();
            edit->calendarWidget()->setCurrentPage(month.year(), month.month());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProfilesPage::applyFilter()
{
    m_searchTimer.stop();
    updateClearButton();
    m_user.clear();
    m_detailStack->setCurrentIndex(0);
    m_model->setFilter(currentFilter());
}

void ProfilesPage::applySegment(int index)
{
    if (index <= 0) {
        clearFilters(); // "All users" means just that
        return;
    }
    const QString name = m_segments->itemData(index).toString();
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name](Workspace &workspace) { return workspace.segments().get(name); },
        [this](Result<Segment> segment) {
            if (!segment) {
                ErrorBox::show(this, tr("Segments"), segment.error().message);
                return;
            }
            // The widgets show what they can; the rest of the segment's filter stays applied beside them.
            ProfileFilter filter = segment->filter;
            m_settingWidgets = true;
            m_search->setText(filter.search);
            filter.search.clear();
            m_category->setCurrentIndex(0);
            if (!filter.interests.isEmpty() && filter.interests.constFirst().maxStrength >= 1.0) {
                const int found = m_category->findData(filter.interests.constFirst().category);
                if (found > 0) {
                    m_category->setCurrentIndex(found);
                    m_minStrength->setValue(filter.interests.constFirst().minStrength);
                    filter.interests.removeFirst();
                }
            }
            m_minStrength->setEnabled(m_category->currentIndex() > 0);
            m_consent->setCurrentIndex(qMax(0, m_consent->findData(int(filter.consent))));
            filter.consent = ConsentFilter::Any;
            m_activeFrom->setDate(filter.activeFrom.isValid() ? filter.activeFrom.date() : NoDate);
            m_activeUntil->setDate(filter.activeUntil.isValid() ? filter.activeUntil.addDays(-1).date()
                                                                : NoDate);
            filter.activeFrom = {};
            filter.activeUntil = {};
            m_settingWidgets = false;
            m_segmentExtra = filter;
            m_segmentNote->setText(segment->filter.describe());
            applyFilter();
        });
}

void ProfilesPage::saveSegment()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("segmentNameDialog"));
    dialog->setWindowTitle(tr("Save as segment"));
    dialog->setLabelText(tr("Name of the segment (%1):").arg(currentFilter().describe()));
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        const ProfileFilter filter = currentFilter();
        runWorkspaceTask(
            m_pool, m_workspace, this, m_generation,
            [name, filter](Workspace &workspace) { return workspace.segments().create(name, filter); },
            [this](Result<Segment> segment) {
                if (!segment) {
                    ErrorBox::show(this, tr("Save as segment"), segment.error().message);
                    return;
                }
                loadSegments(segment->name);
            });
    });
    dialog->open();
}

void ProfilesPage::loadSegments(const QString &select)
{
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [](Workspace &workspace) { return workspace.segments().list(); },
        [this, select](Result<QList<Segment>> segments) {
            if (!segments)
                return; // Listing needs no permission; a failure here leaves the combo as it was.
            const QString current = select.isEmpty() ? m_segments->currentData().toString() : select;
            m_segments->clear();
            m_segments->addItem(tr("All users"));
            for (const Segment &segment : std::as_const(segments.value())) {
                m_segments->addItem(segment.size == 1
                                        ? tr("%1 (1 user)").arg(segment.name)
                                        : tr("%1 (%L2 users)").arg(segment.name).arg(segment.size),
                                    segment.name);
                QString tip = segment.filter.describe();
                if (!segment.description.isEmpty())
                    tip = segment.description + QLatin1Char('\n') + tip;
                m_segments->setItemData(m_segments->count() - 1, tip, Qt::ToolTipRole);
            }
            m_segments->setCurrentIndex(current.isEmpty() ? 0 : qMax(0, m_segments->findData(current)));
            if (!select.isEmpty())
                m_segmentNote->setText(currentFilter().describe());
            updateSegmentButtons();
            emit segmentsLoaded();
        });
}

void ProfilesPage::updateSegmentButtons()
{
    m_deleteSegment->setEnabled(m_segments->currentIndex() > 0);
}

void ProfilesPage::deleteSegment()
{
    const int index = m_segments->currentIndex();
    if (index <= 0)
        return;
    const QString name = m_segments->itemData(index).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete segment"),
                                tr("Delete the segment '%1'?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteSegmentConfirm"));
    box->setInformativeText(tr(
        "Its users stay as they are; only the saved filter goes. The deletion is written to the audit log."));
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole)
        ->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        m_deleteSegment->setEnabled(false);
        runWorkspaceTask(
            m_pool, m_workspace, this, m_generation,
            [name](Workspace &workspace) { return workspace.segments().remove(name); },
            [this, name](Result<void> removed) {
                if (!removed) {
                    updateSegmentButtons();
                    ErrorBox::show(this, tr("Delete segment"), removed.error().message);
                    emit segmentDeleteFinished(false);
                    return;
                }
                // The widgets keep the filter the segment had set; what only the segment held goes with it.
                if (m_segments->currentData().toString() == name) {
                    m_segments->setCurrentIndex(0);
                    m_segmentExtra = {};
                    applyFilter();
                }
                m_segmentNote->setText(tr("Deleted the segment '%1'.").arg(name));
                loadSegments();
                emit segmentDeleteFinished(true);
            });
    });
    box->open();
}

void ProfilesPage::updateCount()
{
    const qint64 total = m_model->total();
    if (m_model->totalIsEstimate())
        m_count->setText(tr("%1+ users").arg(QLocale().toString(total)));
    else
        m_count->setText(total == 1 ? tr("1 user")
                                    : tr("%Ln users", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

void ProfilesPage::selectionChanged()
{
    const ProfileRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        m_user.clear();
        m_detailStack->setCurrentIndex(0);
        return;
    }
    m_user = row->userId;
    m_detailGeneration.advance();
    const QString user = m_user;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_detailGeneration,
        [user](Workspace &workspace) { return workspace.profiles().detail(user, false, 50); },
        [this](Result<ProfileDetail> detail) {
            if (!detail) {
                ErrorBox::show(this, tr("Profile"), detail.error().message);
                return;
            }
            showDetail(detail.value());
        });
}

void ProfilesPage::showDetail(const ProfileDetail &detail)
{
    const ProfileRow &row = detail.row;
    m_detailTitle->setText(tr("User %1").arg(row.userId));
    QStringList kinds;
    for (auto it = detail.kindCounts.cbegin(); it != detail.kindCounts.cend(); ++it)
        kinds.append(tr("%1: %2").arg(it.key(), QLocale().toString(it.value())));
    QString info =
        (row.interactions == 1 ? tr("Consent %1 · 1 interaction")
                               : tr("Consent %1 · %Ln interactions", nullptr, int(row.interactions)))
            .arg(consentName(row.consent));
    if (!kinds.isEmpty())
        info += tr(" (%1)").arg(kinds.join(tr(", ")));
    if (row.firstActivity.isValid())
        info += QLatin1Char('\n') +
                tr("Active from %1 to %2")
                    .arg(QLocale().toString(row.firstActivity.toLocalTime(), QLocale::ShortFormat),
                         QLocale().toString(row.lastActivity.toLocalTime(), QLocale::ShortFormat));
    m_detailInfo->setText(info);
    m_revealNote->hide();
    showAttributes(row.attributes);
    m_chart->setInterests(detail.interests);
    m_interestsTitle->setText(
        m_chart->barCount() < detail.interests.size()
            ? tr("Interests (the strongest %1 of %2)").arg(m_chart->barCount()).arg(detail.interests.size())
            : tr("Interests"));
    m_timeline->setTimeline(detail.timeline);

    // Say when the list is only the latest part of a longer history.
    m_historyTitle->setText(
        row.interactions > detail.history.size()
            ? tr("Recent interactions (latest %L1 of %L2)").arg(detail.history.size()).arg(row.interactions)
            : tr("Recent interactions"));
    m_history->setRowCount(int(detail.history.size()));
    const QString minutesFormat = QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    for (int i = 0; i < detail.history.size(); ++i) {
        const ProfileHistoryEntry &entry = detail.history.at(i);
        // Minutes are enough in the narrow pane (some locales' short format has seconds); the tooltip has
        // the full time.
        const QDateTime local = entry.at.toLocalTime();
        auto *time = new QTableWidgetItem(QLocale().toString(local.date(), QLocale::ShortFormat) +
                                          QLatin1Char(' ') + QLocale().toString(local.time(), minutesFormat));
        time->setToolTip(QLocale().toString(local, QLocale::LongFormat));
        m_history->setItem(i, 0, time);
        const QString title = entry.title.isEmpty() ? entry.itemId : entry.title;
        auto *item = new QTableWidgetItem(title);
        item->setToolTip(
            entry.categories.isEmpty() ? title : tr("%1\n%2").arg(title, entry.categories.join(tr(", "))));
        m_history->setItem(i, 1, item);
        // Kind and value in one narrow column ("rating 4"), so the titles get the width.
        m_history->setItem(
            i, 2, new QTableWidgetItem(tr("%1 %2").arg(entry.kind, QLocale().toString(entry.value, 'g', 4))));
    }
    m_detailStack->setCurrentIndex(1);
    // Another user's profile starts at its top; the same user's, reloaded, stays where it was read.
    if (row.userId != m_shownUser)
        m_detailScroll->verticalScrollBar()->setValue(0);
    m_shownUser = row.userId;
    emit detailLoaded(row.userId);
}

void ProfilesPage::showAttributes(const QList<ProfileAttribute> &attributes)
{
    m_attributes->setRowCount(int(attributes.size()));
    bool masked = false;
    for (int i = 0; i < attributes.size(); ++i) {
        const ProfileAttribute &attribute = attributes.at(i);
        masked = masked || attribute.masked;
        auto *key =
            new QTableWidgetItem(attribute.pii ? tr("%1 (personal)").arg(attribute.key) : attribute.key);
        key->setData(Qt::UserRole, attribute.key);
        m_attributes->setItem(i, 0, key);
        m_attributes->setItem(i, 1, new QTableWidgetItem(attribute.value));
    }
    m_revealButton->setVisible(masked);
    // As tall as its rows, so the pane scrolls as one rather than in nested tables.
    const int rows = qMax(1, m_attributes->rowCount());
    m_attributes->setFixedHeight(m_attributes->horizontalHeader()->sizeHint().height() +
                                 rows * m_attributes->verticalHeader()->defaultSectionSize() +
                                 2 * m_attributes->frameWidth());
}

void ProfilesPage::reveal()
{
    if (m_user.isEmpty())
        return;
    const QString user = m_user;
    m_revealButton->setEnabled(false);
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [user](Workspace &workspace) { return workspace.profiles().reveal(user); },
        [this, user](Result<QList<ProfileAttribute>> revealed) {
            m_revealButton->setEnabled(true);
            if (user == m_user) {
                if (!revealed) {
                    m_revealNote->setText(revealed.error().message);
                    m_revealNote->show();
                } else {
                    // The reveal answers the PII attributes; the others stay as shown.
                    for (int i = 0; i < m_attributes->rowCount(); ++i) {
                        const QString key = m_attributes->item(i, 0)->data(Qt::UserRole).toString();
                        for (const ProfileAttribute &attribute : std::as_const(revealed.value())) {
                            if (attribute.key == key)
                                m_attributes->item(i, 1)->setText(attribute.value);
                        }
                    }
                    m_revealButton->hide();
                    m_revealNote->setText(tr("Shown in clear; the reveal was written to the audit log."));
                    m_revealNote->show();
                }
            }
            emit revealFinished();
        });
}

void ProfilesPage::openImportDialog()
{
    if (!m_workspace)
        return;
    auto *dialog = new ProfileImportDialog(m_workspace, m_pool, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ProfileImportDialog::imported, this, [this] { refresh(); });
    dialog->show();
}

} // namespace tailor
