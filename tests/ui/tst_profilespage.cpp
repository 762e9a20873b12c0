// ProfilesPage: paging, search, sorting, the detail pane with its interest chart, the demo banner and an
// import through the dialog — driven through the real widgets against a small synthetic demo workspace.
#include "profiles/demoworkspace.h"
#include "profiles/interestformula.h"
#include "profiles/profileimportdialog.h"
#include "profiles/profileimporter.h"
#include "profiles/profilespage.h"
#include "profiles/profiletablemodel.h"
#include "storage/auditlog.h"
#include "storage/databaseurl.h"
#include "widgets/activitytimeline.h"
#include "widgets/interestchart.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace tailor;

class TestProfilesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFirstPageAndBanner();
    void fetchesMoreOnScroll();
    void searchFilters();
    void sortingChangesFirstRow();
    void selectingShowsDetail();
    void revealIsAuditedForOwner();
    void categoryFilterNeedsStrength();
    void savedSegmentIsApplied();
    void revealRefusedForEditor();
    void importAddsUsers();
    void timelineShowsMonthlyActivity();
    void timelineEmptyWithoutActivity();
    void segmentListShowsSizes();
    void deleteSegmentAsksFirst();
    void deleteSegmentRefusedForEditor();
    void chartShowsDislikesLeftOfZero();
    void datePickersOpenNearTheData();
    void anotherUserStartsAtTheTopOfTheDetail();
    void clearFiltersShowsEveryone();
    void allUsersSegmentClearsTheFilters();
    void chartSaysHowManyOfHowMany();
    void timelineTickStepsAreRound_data();
    void timelineTickStepsAreRound();
    void tableShowsEveryColumnAtTheDefaultSize();

private:
    void createSegment(const QString &name, const ProfileFilter &filter);
    bool selectUser(const QString &userId);

    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    QThreadPool m_pool;
    ProfilesPage *m_page = nullptr;
};

void TestProfilesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_pool.setMaxThreadCount(1);
    DemoOptions options;
    options.users = 320;
    options.items = 120;
    options.ratings = 8000;
    auto workspace =
        DemoWorkspace::create(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("demo.tailor"))),
                              QStringLiteral("alice"), options);
    QVERIFY2(workspace, qPrintable(workspace.error().message));
    m_workspace = workspace.value();
    m_workspace->database().releaseThreadConnection();
}

void TestProfilesPage::init()
{
    m_page = new ProfilesPage(&m_pool);
    m_page->resize(1200, 760);
    m_page->show();
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    QSignalSpy stats(m_page, &ProfilesPage::statsLoaded);
    m_page->setWorkspace(m_workspace);
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QVERIFY(stats.count() > 0 || stats.wait(10000));
}

void TestProfilesPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_pool.waitForDone();
}

void TestProfilesPage::showsFirstPageAndBanner()
{
    auto *model = m_page->tableModel();
    QCOMPARE(model->rowCount(), ProfileTableModel::PageSize);
    QCOMPARE(model->total(), 320);
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("profileCount"));
    QVERIFY(count->text().contains(QStringLiteral("320")));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());
}

void TestProfilesPage::fetchesMoreOnScroll()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("profileTable"));
    auto *model = m_page->tableModel();
    QVERIFY(model->canFetchMore({}));
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 320, 10000);
    QVERIFY(!model->canFetchMore({}));
}

void TestProfilesPage::searchFilters()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("profileSearch"));
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    QTest::keyClicks(search, QStringLiteral("31"));
    QVERIFY(loaded.wait(10000));
    auto *model = m_page->tableModel();
    QVERIFY(model->total() > 0);
    QVERIFY(model->total() < 320);
    QCOMPARE(model->rowCount(), int(model->total()));
    QVERIFY(m_page->currentFilter().search == QStringLiteral("31"));
}

void TestProfilesPage::sortingChangesFirstRow()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("profileTable"));
    auto *model = m_page->tableModel();
    const QString first = model->rowAt(0)->userId;
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    table->sortByColumn(ProfileTableModel::InteractionsColumn, Qt::DescendingOrder);
    QVERIFY(loaded.wait(10000));
    QVERIFY(model->rowAt(0)->userId != first);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->rowAt(row - 1)->interactions >= model->rowAt(row)->interactions);
}

void TestProfilesPage::selectingShowsDetail()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("profileTable"));
    QSignalSpy detail(m_page, &ProfilesPage::detailLoaded);
    table->setCurrentIndex(m_page->tableModel()->index(3, 0));
    QVERIFY(detail.wait(10000));
    QCOMPARE(detail.constLast().constFirst().toString(), m_page->tableModel()->rowAt(3)->userId);
    QVERIFY(m_page->findChild<InterestChart *>()->barCount() > 0);
    QVERIFY(m_page->findChild<QTableWidget *>(QStringLiteral("historyTable"))->rowCount() > 0);
    QVERIFY(
        m_page->findChild<QLabel *>(QStringLiteral("detailTitle"))->text().contains(m_page->currentUser()));
}

void TestProfilesPage::revealIsAuditedForOwner()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("profileTable"));
    QSignalSpy detail(m_page, &ProfilesPage::detailLoaded);
    table->setCurrentIndex(m_page->tableModel()->index(0, 0));
    QVERIFY(detail.wait(10000));
    auto *attributes = m_page->findChild<QTableWidget *>(QStringLiteral("attributesTable"));
    auto *reveal = m_page->findChild<QPushButton *>(QStringLiteral("revealButton"));
    // The demo marks e-mail and zip code as personal data, so the first user has masked attributes.
    QVERIFY(reveal->isVisible());
    QString masked;
    for (int row = 0; row < attributes->rowCount(); ++row) {
        if (attributes->item(row, 1)->text() == ProfileStore::piiMask())
            masked = attributes->item(row, 0)->text();
    }
    QVERIFY(!masked.isEmpty());
    QSignalSpy revealed(m_page, &ProfilesPage::revealFinished);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(revealed.wait(10000));
    auto *note = m_page->findChild<QLabel *>(QStringLiteral("revealNote"));
    QVERIFY(note->isVisible());
    for (int row = 0; row < attributes->rowCount(); ++row)
        QVERIFY(attributes->item(row, 1)->text() != ProfileStore::piiMask());
}

void TestProfilesPage::categoryFilterNeedsStrength()
{
    auto *category = m_page->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *strength = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("minStrength"));
    QVERIFY(category->count() > 1);
    QVERIFY(!strength->isEnabled());
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    category->setCurrentIndex(1);
    QVERIFY(loaded.wait(10000));
    QVERIFY(strength->isEnabled());
    const qint64 any = m_page->tableModel()->total();
    strength->setValue(0.66);
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->tableModel()->total() < any);
    QCOMPARE(m_page->currentFilter().interests.size(), 1);
    QCOMPARE(m_page->currentFilter().interests.constFirst().category, category->currentText());
}

void TestProfilesPage::savedSegmentIsApplied()
{
    auto *consent = m_page->findChild<QComboBox *>(QStringLiteral("consentFilter"));
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    consent->setCurrentIndex(consent->findData(int(ConsentFilter::Refused)));
    QVERIFY(loaded.wait(10000));
    const qint64 refused = m_page->tableModel()->total();
    QVERIFY(refused > 0 && refused < 320);

    auto *segments = m_page->findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("saveSegmentButton")), Qt::LeftButton);
    auto *dialog = m_page->findChild<QInputDialog *>(QStringLiteral("segmentNameDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("refused"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(segments->currentData().toString(), QStringLiteral("refused"), 10000);

    // Back to everyone, then the segment brings the consent filter back.
    consent->setCurrentIndex(0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->tableModel()->total(), 320);
    segments->setCurrentIndex(segments->findData(QStringLiteral("refused")));
    emit segments->activated(segments->currentIndex());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->tableModel()->total(), refused);
    QCOMPARE(consent->currentData().toInt(), int(ConsentFilter::Refused));
}

void TestProfilesPage::revealRefusedForEditor()
{
    auto granted = m_workspace->operators().grant(QStringLiteral("dave"), Role::Editor);
    QVERIFY2(granted, qPrintable(granted.error().message));
    m_workspace->database().releaseThreadConnection();
    auto editor = Workspace::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("demo.tailor"))),
                                  Workspace::OpenOptions{true, QStringLiteral("dave")});
    QVERIFY2(editor, qPrintable(editor.error().message));
    editor.value()->database().releaseThreadConnection();
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    m_page->setWorkspace(editor.value());
    QVERIFY(loaded.wait(10000));

    auto *table = m_page->findChild<QTableView *>(QStringLiteral("profileTable"));
    QSignalSpy detail(m_page, &ProfilesPage::detailLoaded);
    table->setCurrentIndex(m_page->tableModel()->index(0, 0));
    QVERIFY(detail.wait(10000));
    auto *reveal = m_page->findChild<QPushButton *>(QStringLiteral("revealButton"));
    QVERIFY(reveal->isVisible());
    QSignalSpy revealed(m_page, &ProfilesPage::revealFinished);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(revealed.wait(10000));
    auto *note = m_page->findChild<QLabel *>(QStringLiteral("revealNote"));
    QVERIFY(note->isVisible());
    QVERIFY(!note->text().isEmpty());
    auto *attributes = m_page->findChild<QTableWidget *>(QStringLiteral("attributesTable"));
    bool stillMasked = false;
    for (int row = 0; row < attributes->rowCount(); ++row)
        stillMasked = stillMasked || attributes->item(row, 1)->text() == ProfileStore::piiMask();
    QVERIFY(stillMasked);
    m_page->setWorkspace(m_workspace);
    m_pool.waitForDone();
}

void TestProfilesPage::importAddsUsers()
{
    const QString path = m_dir.filePath(QStringLiteral("new-users.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user_id,consent,city\nnewcomer-1,yes,Lyon\nnewcomer-2,no,Graz\n");
    file.close();

    const qint64 before = m_page->tableModel()->total();
    m_page->openImportDialog();
    auto *dialog = m_page->findChild<ProfileImportDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("importTarget"));
    target->setCurrentIndex(target->findData(int(ImportTarget::Users)));
    QSignalSpy previewed(dialog, &ProfileImportDialog::previewUpdated);
    dialog->findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(path);
    QVERIFY(previewed.wait(10000));
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->rowCount(), 2);
    auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runImportButton"));
    QVERIFY(run->isEnabled());
    QSignalSpy imported(dialog, &ProfileImportDialog::imported);
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->tableModel()->total(), before + 2);
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("2")));
}

void TestProfilesPage::createSegment(const QString &name, const ProfileFilter &filter)
{
    auto created = m_workspace->segments().create(name, filter);
    QVERIFY2(created, qPrintable(created.error().message));
    m_workspace->database().releaseThreadConnection();
    m_page->refresh();
    // A list read before the segment existed may still be on its way: wait for one that has it.
    auto *segments = m_page->findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(segments->findData(name) > 0, 10000);
}

bool TestProfilesPage::selectUser(const QString &userId)
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("profileSearch"));
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    search->setText(userId);
    if (!loaded.wait(10000))
        return false;
    auto *model = m_page->tableModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->userId == userId) {
            QSignalSpy detail(m_page, &ProfilesPage::detailLoaded);
            m_page->findChild<QTableView *>(QStringLiteral("profileTable"))
                ->setCurrentIndex(model->index(row, 0));
            return detail.wait(10000);
        }
    }
    return false;
}

void TestProfilesPage::timelineShowsMonthlyActivity()
{
    const QString user = m_page->tableModel()->rowAt(5)->userId;
    QVERIFY(selectUser(user));
    auto detail = m_workspace->profiles().detail(user);
    QVERIFY2(detail, qPrintable(detail.error().message));
    m_workspace->database().releaseThreadConnection();
    QVERIFY(!detail->timeline.isEmpty());
    const QDate first = detail->timeline.constFirst().month;
    const QDate last = detail->timeline.constLast().month;
    qint64 peak = 0;
    qint64 sum = 0;
    for (const ProfileTimelineBucket &bucket : std::as_const(detail->timeline)) {
        peak = qMax(peak, bucket.interactions);
        sum += bucket.interactions;
    }
    QCOMPARE(sum, detail->row.interactions);

    auto *timeline = m_page->findChild<ActivityTimeline *>(QStringLiteral("activityTimeline"));
    QVERIFY(timeline && timeline->isVisible());
    QVERIFY(!timeline->isEmptyState());
    // Every month from the first to the last active one, quiet months included.
    QCOMPARE(timeline->monthCount(), (last.year() - first.year()) * 12 + last.month() - first.month() + 1);
    QCOMPARE(timeline->peak(), peak);
    // Labels are the locale's month names, the first with its year; thinned to a readable few.
    const QStringList labels = timeline->monthLabels();
    QCOMPARE(labels.size(), timeline->monthCount());
    QCOMPARE(labels.constFirst(), QLocale().standaloneMonthName(first.month(), QLocale::ShortFormat) +
                                      QLatin1Char('\n') + QString::number(first.year()));
    QVERIFY(labels.size() - labels.count(QString()) <= 8);
    // Hovering a month gives its exact count, quiet months included.
    QCOMPARE(timeline->toolTipAt(0),
             QStringLiteral("%1 %2: %3 interaction%4")
                 .arg(QLocale().standaloneMonthName(first.month()))
                 .arg(first.year())
                 .arg(detail->timeline.constFirst().interactions)
                 .arg(detail->timeline.constFirst().interactions == 1 ? QString() : QStringLiteral("s")));
    QVERIFY(timeline->toolTipAt(timeline->monthCount()).isEmpty());
    // The history says when it is only the latest part.
    auto *history = m_page->findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QCOMPARE(history->rowCount(), int(qMin<qint64>(50, detail->row.interactions)));
}

void TestProfilesPage::timelineEmptyWithoutActivity()
{
    const QString path = m_dir.filePath(QStringLiteral("quiet-users.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user_id,consent\nquiet-1,yes\n");
    file.close();
    ImportRequest request;
    request.path = path;
    request.target = ImportTarget::Users;
    auto imported = m_workspace->profileImporter().run(request);
    QVERIFY2(imported, qPrintable(imported.error().message));
    m_workspace->database().releaseThreadConnection();

    QVERIFY(selectUser(QStringLiteral("quiet-1")));
    auto *timeline = m_page->findChild<ActivityTimeline *>(QStringLiteral("activityTimeline"));
    QVERIFY(timeline->isEmptyState());
    QCOMPARE(timeline->monthCount(), 0);
}

void TestProfilesPage::segmentListShowsSizes()
{
    ProfileFilter granted;
    granted.consent = ConsentFilter::Granted;
    createSegment(QStringLiteral("granted-size"), granted);
    auto count = m_workspace->profiles().count(granted);
    QVERIFY2(count, qPrintable(count.error().message));
    m_workspace->database().releaseThreadConnection();
    auto *segments = m_page->findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    const int index = segments->findData(QStringLiteral("granted-size"));
    QVERIFY(index > 0);
    QCOMPARE(segments->itemText(index), QStringLiteral("granted-size (%1 users)").arg(count.value()));
    QVERIFY(!segments->itemData(index, Qt::ToolTipRole).toString().isEmpty());
}

void TestProfilesPage::deleteSegmentAsksFirst()
{
    ProfileFilter filter;
    filter.search = QStringLiteral("1");
    createSegment(QStringLiteral("short-lived"), filter);
    auto *segments = m_page->findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("deleteSegmentButton"));
    QVERIFY(!remove->isEnabled()); // "All users" is no segment
    segments->setCurrentIndex(segments->findData(QStringLiteral("short-lived")));
    emit segments->activated(segments->currentIndex());
    QVERIFY(remove->isEnabled());

    // Cancelling the confirmation keeps the segment.
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("deleteSegmentConfirm"));
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("short-lived")), qPrintable(box->text()));
    QSignalSpy finished(m_page, &ProfilesPage::segmentDeleteFinished);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("deleteSegmentConfirm")));
    QVERIFY(!finished.wait(300));
    QVERIFY(m_workspace->segments().get(QStringLiteral("short-lived")));

    QTest::mouseClick(remove, Qt::LeftButton);
    box = m_page->findChild<QMessageBox *>(QStringLiteral("deleteSegmentConfirm"));
    QVERIFY(box);
    QSignalSpy listed(m_page, &ProfilesPage::segmentsLoaded);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constLast().constFirst().toBool(), true);
    QVERIFY(listed.wait(10000));
    QCOMPARE(segments->findData(QStringLiteral("short-lived")), -1);
    QCOMPARE(segments->currentIndex(), 0);
    QVERIFY(!remove->isEnabled());
    auto gone = m_workspace->segments().get(QStringLiteral("short-lived"));
    QVERIFY(!gone);
    AuditFilter deletions;
    deletions.action = QStringLiteral("segment.delete");
    auto entries = m_workspace->audit().list(deletions);
    QVERIFY2(entries, qPrintable(entries.error().message));
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->constFirst().entity, QStringLiteral("segment:short-lived"));
    QCOMPARE(entries->constFirst().operatorName, QStringLiteral("alice"));
    m_workspace->database().releaseThreadConnection();
}

void TestProfilesPage::deleteSegmentRefusedForEditor()
{
    ProfileFilter filter;
    filter.consent = ConsentFilter::Unknown;
    createSegment(QStringLiteral("kept"), filter);
    auto granted = m_workspace->operators().grant(QStringLiteral("erin"), Role::Editor);
    QVERIFY2(granted, qPrintable(granted.error().message));
    m_workspace->database().releaseThreadConnection();
    auto editor = Workspace::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("demo.tailor"))),
                                  Workspace::OpenOptions{true, QStringLiteral("erin")});
    QVERIFY2(editor, qPrintable(editor.error().message));
    editor.value()->database().releaseThreadConnection();
    QSignalSpy listed(m_page, &ProfilesPage::segmentsLoaded);
    m_page->setWorkspace(editor.value());
    QVERIFY(listed.wait(10000));

    auto *segments = m_page->findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    segments->setCurrentIndex(segments->findData(QStringLiteral("kept")));
    QVERIFY(segments->currentIndex() > 0);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("deleteSegmentButton")),
                      Qt::LeftButton);
    auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("deleteSegmentConfirm"));
    QVERIFY(box);
    QSignalSpy finished(m_page, &ProfilesPage::segmentDeleteFinished);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constLast().constFirst().toBool(), false);
    auto *error = m_page->findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(error);
    QVERIFY2(error->text().contains(QStringLiteral("review profiles")), qPrintable(error->text()));
    error->close();
    QVERIFY(segments->findData(QStringLiteral("kept")) > 0);
    QVERIFY(m_workspace->segments().get(QStringLiteral("kept")));
    m_workspace->database().releaseThreadConnection();
    m_page->setWorkspace(m_workspace);
    m_pool.waitForDone();
}

void TestProfilesPage::chartShowsDislikesLeftOfZero()
{
    const QString items = m_dir.filePath(QStringLiteral("critic-items.csv"));
    const QString events = m_dir.filePath(QStringLiteral("critic-events.csv"));
    QFile file(items);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,title,categories\ncrit-1,Laughs,Comedy\ncrit-2,Screams,Horror\n");
    file.close();
    // critic rates crit-1 5 and crit-2 1 at the same time: baseline (6 + 5 × 3) / (2 + 5) = 3, weights
    // (5 − 3) / 2 = 1 and (1 − 3) / 2 = −1, so Comedy 1 (high) and Horror −1 (dislike). fan only viewed
    // crit-1: Comedy 1, no dislike.
    file.setFileName(events);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user,item,timestamp,kind,value\ncritic,crit-1,1720000000,rating,5\n"
               "critic,crit-2,1720000000,rating,1\nfan,crit-1,1720000000,view,\n");
    file.close();
    for (const auto &[path, target] :
         {std::pair{items, ImportTarget::Items}, {events, ImportTarget::Interactions}}) {
        ImportRequest request;
        request.path = path;
        request.target = target;
        request.format = ImportFormat::Csv;
        request.mapping.kind = QStringLiteral("kind");
        request.mapping.timestampUnit = TimestampUnit::Seconds;
        auto report = m_workspace->profileImporter().run(request);
        QVERIFY2(report, qPrintable(report.error().message));
    }
    m_workspace->database().releaseThreadConnection();

    auto *chart = m_page->findChild<InterestChart *>();
    const auto barsNamed = [chart](const QString &name) -> QCPBars * {
        for (int i = 0; i < chart->plottableCount(); ++i) {
            if (chart->plottable(i)->name() == name)
                return qobject_cast<QCPBars *>(chart->plottable(i));
        }
        return nullptr;
    };
    QVERIFY(selectUser(QStringLiteral("critic")));
    QCOMPARE(chart->barCount(), 2);
    QCOMPARE(chart->xAxis->range().lower, -1.0);
    QCOMPARE(chart->xAxis->range().upper, 1.0);
    QCPBars *dislikes = barsNamed(InterestFormula::bandName(InterestBand::Dislike));
    QVERIFY(dislikes);
    QCOMPARE(dislikes->data()->size(), 1);
    // Below the like (rows count down from the top), left of zero.
    QCOMPARE(dislikes->data()->begin()->key, 1.0);
    QCOMPARE(dislikes->data()->begin()->value, -1.0);
    QVERIFY(chart->legend->hasItemWithPlottable(dislikes));
    QCOMPARE(barsNamed(InterestFormula::bandName(InterestBand::High))->data()->begin()->value, 1.0);
    // The table's top interest is the like.
    const ProfileRow *row = m_page->tableModel()->rowAt(0);
    QVERIFY(row && row->userId == QLatin1String("critic"));
    QCOMPARE(
        m_page->tableModel()->data(m_page->tableModel()->index(0, ProfileTableModel::TopColumn)).toString(),
        QStringLiteral("Comedy"));

    // Without dislikes the axis is 0–1 again and the legend has no dislike entry.
    QVERIFY(selectUser(QStringLiteral("fan")));
    QCOMPARE(chart->barCount(), 1);
    QCOMPARE(chart->xAxis->range().lower, 0.0);
    QVERIFY(dislikes->data()->isEmpty());
    QVERIFY(!chart->legend->hasItemWithPlottable(dislikes));
}

void TestProfilesPage::datePickersOpenNearTheData()
{
    // The months the data starts and ends in, from every user's row.
    ProfileQuery everyone;
    everyone.limit = 1000;
    auto rows = m_workspace->profiles().page(everyone);
    QVERIFY2(rows, qPrintable(rows.error().message));
    m_workspace->database().releaseThreadConnection();
    QDate first, last;
    for (const ProfileRow &row : std::as_const(rows->rows)) {
        if (!row.firstActivity.isValid())
            continue;
        const QDate from = row.firstActivity.toLocalTime().date();
        const QDate until = row.lastActivity.toLocalTime().date();
        first = first.isValid() ? qMin(first, from) : from;
        last = last.isValid() ? qMax(last, until) : until;
    }
    QVERIFY(first.isValid() && first.year() > 2000);

    for (const auto &[name, expected] :
         {std::pair{QStringLiteral("activeFrom"), first}, {QStringLiteral("activeUntil"), last}}) {
        auto *edit = m_page->findChild<QDateEdit *>(name);
        QVERIFY(edit);
        QCOMPARE(edit->text(), QStringLiteral("any"));
        // Open the popup the way a user does: a click on the arrow.
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 6, edit->height() / 2));
        QCalendarWidget *calendar = edit->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->yearShown(), expected.year());
        QCOMPARE(calendar->monthShown(), expected.month());
        calendar->window()->hide();
        // Nothing was chosen: the filter is still "any".
        QCOMPARE(edit->text(), QStringLiteral("any"));
    }
    QVERIFY(m_page->currentFilter().isEmpty());
}

void TestProfilesPage::anotherUserStartsAtTheTopOfTheDetail()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("profileTable"));
    auto *scroll = m_page->findChild<QScrollArea *>(QStringLiteral("detailScroll"));
    QSignalSpy detail(m_page, &ProfilesPage::detailLoaded);
    table->setCurrentIndex(m_page->tableModel()->index(1, 0));
    QVERIFY(detail.wait(10000));
    QScrollBar *bar = scroll->verticalScrollBar();
    QVERIFY2(bar->maximum() > 0, "the profile should be taller than the pane at 1200x760");
    bar->setValue(bar->maximum());
    QCOMPARE(bar->value(), bar->maximum());
    table->setCurrentIndex(m_page->tableModel()->index(2, 0));
    QVERIFY(detail.wait(10000));
    QCOMPARE(detail.constLast().constFirst().toString(), m_page->tableModel()->rowAt(2)->userId);
    QCOMPARE(bar->value(), 0);
}

void TestProfilesPage::clearFiltersShowsEveryone()
{
    auto *clear = m_page->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("profileSearch"));
    auto *category = m_page->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *strength = m_page->findChild<QDoubleSpinBox *>(QStringLiteral("minStrength"));
    auto *consent = m_page->findChild<QComboBox *>(QStringLiteral("consentFilter"));
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("activeFrom"));
    QVERIFY(clear);
    QVERIFY(!clear->isEnabled()); // nothing to clear yet
    const qint64 everyone = m_page->tableModel()->total();

    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    consent->setCurrentIndex(consent->findData(int(ConsentFilter::Granted)));
    QVERIFY(loaded.wait(10000));
    QVERIFY(clear->isEnabled());
    category->setCurrentIndex(1);
    QVERIFY(loaded.wait(10000));
    strength->setValue(0.4);
    QVERIFY(loaded.wait(10000));
    from->setDate(QDate(2023, 1, 1));
    QVERIFY(loaded.wait(10000));
    search->setText(QStringLiteral("1"));
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->tableModel()->total() < everyone);

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->tableModel()->total(), everyone);
    QVERIFY(m_page->currentFilter().isEmpty());
    QVERIFY(search->text().isEmpty());
    QCOMPARE(category->currentIndex(), 0);
    QCOMPARE(consent->currentIndex(), 0);
    QCOMPARE(from->text(), QStringLiteral("any"));
    // "Any interest" again: the strength is back at zero and cannot be set.
    QVERIFY(!strength->isEnabled());
    QCOMPARE(strength->value(), 0.0);
    QVERIFY(!clear->isEnabled());
}

void TestProfilesPage::allUsersSegmentClearsTheFilters()
{
    ProfileFilter refused;
    refused.consent = ConsentFilter::Refused;
    createSegment(QStringLiteral("refused-only"), refused);
    auto *segments = m_page->findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    auto *consent = m_page->findChild<QComboBox *>(QStringLiteral("consentFilter"));
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("profileSearch"));
    const qint64 everyone = m_page->tableModel()->total();
    QSignalSpy loaded(m_page, &ProfilesPage::profilesLoaded);
    segments->setCurrentIndex(segments->findData(QStringLiteral("refused-only")));
    emit segments->activated(segments->currentIndex());
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->tableModel()->total() < everyone);
    search->setText(QStringLiteral("2"));
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->isEnabled());

    segments->setCurrentIndex(0);
    emit segments->activated(0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->tableModel()->total(), everyone);
    QVERIFY(m_page->currentFilter().isEmpty());
    QCOMPARE(consent->currentIndex(), 0);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->isEnabled());
}

void TestProfilesPage::chartSaysHowManyOfHowMany()
{
    auto *model = m_page->tableModel();
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("interestsTitle"));
    auto *chart = m_page->findChild<InterestChart *>();
    QVERIFY(title && chart);
    // A demo user with more interests than the chart shows, and one with fewer.
    QString many;
    QString few;
    qsizetype total = 0;
    qsizetype fewTotal = 0;
    for (int row = 0; row < model->rowCount() && (many.isEmpty() || few.isEmpty()); ++row) {
        auto detail = m_workspace->profiles().detail(model->rowAt(row)->userId);
        QVERIFY2(detail, qPrintable(detail.error().message));
        if (detail->interests.size() > 10 && many.isEmpty()) {
            many = model->rowAt(row)->userId;
            total = detail->interests.size();
        } else if (detail->interests.size() > 0 && detail->interests.size() <= 10 && few.isEmpty()) {
            few = model->rowAt(row)->userId;
            fewTotal = detail->interests.size();
        }
    }
    m_workspace->database().releaseThreadConnection();
    QVERIFY2(!many.isEmpty(), "the demo data should have a user with more than ten interests");
    QVERIFY2(!few.isEmpty(), "the demo data should have a user with ten interests or fewer");
    QVERIFY(selectUser(many));
    QCOMPARE(chart->barCount(), 10);
    QCOMPARE(title->text(), QStringLiteral("Interests (the strongest 10 of %1)").arg(total));

    // Every bar carries its value, two decimals in the locale.
    auto detail = m_workspace->profiles().detail(many);
    QVERIFY2(detail, qPrintable(detail.error().message));
    m_workspace->database().releaseThreadConnection();
    const QStringList labels = chart->valueLabels();
    QCOMPARE(labels.size(), 10);
    QStringList shown;
    for (const ProfileInterest &interest : std::as_const(detail->interests))
        shown << QLocale().toString(interest.strength, 'f', 2);
    for (const QString &label : labels)
        QVERIFY2(shown.contains(label), qPrintable(label));
    // The strongest like is the top bar.
    double strongest = 0;
    for (const ProfileInterest &interest : std::as_const(detail->interests))
        strongest = qMax(strongest, interest.strength);
    QCOMPARE(labels.constFirst(), QLocale().toString(strongest, 'f', 2));

    // A user whose interests all fit: the title is just "Interests", a value at every bar.
    QVERIFY(selectUser(few));
    QCOMPARE(chart->barCount(), int(fewTotal));
    QCOMPARE(title->text(), QStringLiteral("Interests"));
    QCOMPARE(chart->valueLabels().size(), int(fewTotal));
}

void TestProfilesPage::timelineTickStepsAreRound_data()
{
    QTest::addColumn<qint64>("peak");
    QTest::addColumn<qint64>("step");
    // The smallest of 1, 2, 5, 10, 20, … with at most five steps up to the peak.
    QTest::newRow("one") << qint64(1) << qint64(1);
    QTest::newRow("five") << qint64(5) << qint64(1);
    QTest::newRow("six") << qint64(6) << qint64(2);
    QTest::newRow("thirteen") << qint64(13) << qint64(5);
    QTest::newRow("sixty-five") << qint64(65) << qint64(20);
    QTest::newRow("hundred") << qint64(100) << qint64(20);
    QTest::newRow("hundred and one") << qint64(101) << qint64(50);
    QTest::newRow("a million") << qint64(1000000) << qint64(200000);
}

void TestProfilesPage::timelineTickStepsAreRound()
{
    QFETCH(qint64, peak);
    QFETCH(qint64, step);
    QCOMPARE(ActivityTimeline::countTickStep(peak), step);
}

void TestProfilesPage::tableShowsEveryColumnAtTheDefaultSize()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("profileTable"));
    // At 1200x760 every column is whole: no horizontal scrolling, each column at least its header's width.
    QTRY_VERIFY(table->width() > 0);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    const QFontMetrics metrics(table->horizontalHeader()->font());
    for (int column = 0; column < m_page->tableModel()->columnCount(); ++column) {
        const QString header = m_page->tableModel()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(table->columnWidth(column) > metrics.horizontalAdvance(header), qPrintable(header));
    }
    // The number and the date beside it are apart: the count is right-aligned, the date has padding.
    QCOMPARE(
        m_page->tableModel()
                ->headerData(ProfileTableModel::InteractionsColumn, Qt::Horizontal, Qt::TextAlignmentRole)
                .toInt() &
            Qt::AlignRight,
        int(Qt::AlignRight));
    // The profile keeps room for its chart, and its content needs no horizontal scrolling either.
    QSignalSpy detail(m_page, &ProfilesPage::detailLoaded);
    table->setCurrentIndex(m_page->tableModel()->index(0, 0));
    QVERIFY(detail.wait(10000));
    auto *scroll = m_page->findChild<QScrollArea *>(QStringLiteral("detailScroll"));
    QVERIFY(scroll->width() >= 320);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
}

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
