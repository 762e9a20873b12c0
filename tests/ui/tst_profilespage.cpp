// ProfilesPage: paging, search, sorting, the detail pane with its interest chart, the demo banner and an
// import through the dialog — driven through the real widgets against a small synthetic demo workspace.
#include "models/profiletablemodel.h"
#include "profileimportdialog.h"
#include "profiles/demoworkspace.h"
#include "profiles/interestformula.h"
#include "profiles/profileimporter.h"
#include "profilespage.h"
#include "storage/auditlog.h"
#include "storage/databaseurl.h"
#include "widgets/activitytimeline.h"
#include "widgets/interestchart.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
