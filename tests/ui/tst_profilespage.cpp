// ProfilesPage: paging, search, sorting, the detail pane with its interest chart, the demo banner and an
// import through the dialog — driven through the real widgets against a small synthetic demo workspace.
#include "models/profiletablemodel.h"
#include "profileimportdialog.h"
#include "profiles/demoworkspace.h"
#include "profilespage.h"
#include "storage/databaseurl.h"
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

private:
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

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
