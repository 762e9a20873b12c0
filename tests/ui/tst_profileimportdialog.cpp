// ProfileImportDialog on SQLite and PostgreSQL: the column mapping editor (guessed mapping pre-filled,
// required columns validated inline with Import disabled, the preview following each change, the same
// request as the tailor-cli command it shows), the fixed MovieLens layout, and cancelling a large import,
// which must leave the workspace exactly as it was.
#include "clirunner.h"
#include "profiles/profileimportdialog.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"
#include "storage/auditlog.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimeZone>
#include <QtTest>

using namespace tailor;
using tailor::test::CliRunner;
using tailor::test::TestWorkspace;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// Chooses `column` in the role combo as a user would.
void choose(QComboBox *combo, const QString &column)
{
    QVERIFY2(combo, "no such combo");
    const int index = combo->findData(column);
    QVERIFY2(index >= 0, qPrintable(column));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

class TestProfileImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void prefillsGuessedMapping();
    void requiresMappedColumnsBeforeImport();
    void marksPersonalDataColumns();
    void showsTheSameRequestAsTheCli();
    void mapsJsonLinesKeys();
    void movieLensLayoutIsFixed();
    void movieLensUsersTakeDefaultConsent();
    void cancelLeavesWorkspaceUnchanged();
    void showsLostRowErrorsEscaped();
    void showsConflictingDuplicates();
    void enterNeverImportsAndANewFileClearsTheLastOutcome();

private:
    ProfileImportDialog *openDialog(const QString &path, ImportTarget target);
    qint64 scalar(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_workspace;
    QThreadPool m_pool;
    ProfileImportDialog *m_dialog = nullptr;
};

void TestProfileImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_pool.setMaxThreadCount(2);
}

void TestProfileImportDialog::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
    auto workspace = m_ws->initAs(QStringLiteral("alice"));
    QVERIFY2(workspace, qPrintable(workspace.error().message));
    m_workspace = workspace.value();
}

void TestProfileImportDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_pool.waitForDone();
    if (m_workspace)
        m_workspace->database().releaseThreadConnection();
    m_workspace.reset();
    m_ws.reset();
}

ProfileImportDialog *TestProfileImportDialog::openDialog(const QString &path, ImportTarget target)
{
    m_dialog = new ProfileImportDialog(m_workspace, &m_pool);
    m_dialog->show();
    auto *targetCombo = m_dialog->findChild<QComboBox *>(QStringLiteral("importTarget"));
    targetCombo->setCurrentIndex(targetCombo->findData(int(target)));
    QSignalSpy previewed(m_dialog, &ProfileImportDialog::previewUpdated);
    m_dialog->findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(path);
    if (!previewed.wait(10000))
        return nullptr;
    return m_dialog;
}

qint64 TestProfileImportDialog::scalar(const QString &sql)
{
    QSqlQuery query(m_ws->rawConnection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestProfileImportDialog::prefillsGuessedMapping()
{
    const QString path = m_dir.filePath(QStringLiteral("guessable.csv"));
    writeFile(path,
              "user_id,item_id,timestamp,rating,device\nu1,i1,1700000000,4,phone\nu2,i1,1700000100,3,tv\n");
    auto *dialog = openDialog(path, ImportTarget::Interactions);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("mappingBox"))->isVisible());
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("mapUser"))->currentData().toString(),
             QStringLiteral("user_id"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("mapItem"))->currentData().toString(),
             QStringLiteral("item_id"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("mapTimestamp"))->currentData().toString(),
             QStringLiteral("timestamp"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("mapValue"))->currentData().toString(),
             QStringLiteral("rating"));
    // Nothing is called kind, so the optional role offers "none" and stays empty.
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("mapKind"));
    QVERIFY(kind->currentData().toString().isEmpty());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("mappingError"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton"))->isEnabled());
    // The preview's header says what each column becomes.
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->rowCount(), 2);
    QVERIFY2(preview->horizontalHeaderItem(0)->text().contains(QStringLiteral("user id")),
             qPrintable(preview->horizontalHeaderItem(0)->text()));
    QVERIFY2(preview->horizontalHeaderItem(4)->text().contains(QStringLiteral("not imported")),
             qPrintable(preview->horizontalHeaderItem(4)->text()));
}

void TestProfileImportDialog::requiresMappedColumnsBeforeImport()
{
    const QString path = m_dir.filePath(QStringLiteral("odd-names.csv"));
    writeFile(path,
              "who,what,when,action\nann,m1,2024-03-01T10:00:00Z,view\nbob,m2,2024-03-02T11:30:00Z,click\n"
              "ann,m2,2024-04-05T09:00:00Z,purchase\n");
    auto *dialog = openDialog(path, ImportTarget::Interactions);
    QVERIFY(dialog);
    auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runImportButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("mappingError"));
    auto *user = dialog->findChild<QComboBox *>(QStringLiteral("mapUser"));
    // No column name is guessable: the inline message says what is missing and Import stays off.
    QVERIFY(!run->isEnabled());
    QVERIFY(!dialog->mappingIsValid());
    QVERIFY(error->isVisible());
    QVERIFY2(
        error->text().contains(QStringLiteral("odd-names.csv, line 1: there is no column for the user id")),
        qPrintable(error->text()));
    QVERIFY(user->currentData().toString().isEmpty());

    QSignalSpy previewed(dialog, &ProfileImportDialog::previewUpdated);
    choose(user, QStringLiteral("who"));
    QVERIFY(previewed.wait(10000));
    QVERIFY2(error->text().contains(QStringLiteral("item id")), qPrintable(error->text()));
    QVERIFY(!run->isEnabled());
    // One column cannot be two fields.
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapItem")), QStringLiteral("who"));
    QVERIFY(previewed.wait(10000));
    QVERIFY2(error->text().contains(QStringLiteral(
                 "the column 'who' is mapped to both the user id and the item id; each field needs a column "
                 "of its own")),
             qPrintable(error->text()));
    QVERIFY(!run->isEnabled());
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapItem")), QStringLiteral("what"));
    QVERIFY(previewed.wait(10000));
    QVERIFY2(error->text().contains(QStringLiteral("timestamp")), qPrintable(error->text()));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapTimestamp")), QStringLiteral("when"));
    QVERIFY(previewed.wait(10000));
    // "action" is not a guessed spelling for the kind either; map it too.
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapKind")), QStringLiteral("action"));
    QVERIFY(previewed.wait(10000));
    QVERIFY(!error->isVisible());
    QVERIFY(run->isEnabled());
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QVERIFY2(preview->horizontalHeaderItem(3)->text().contains(QStringLiteral("event kind")),
             qPrintable(preview->horizontalHeaderItem(3)->text()));
    const ImportRequest request = dialog->request();
    QCOMPARE(request.mapping.user, QStringLiteral("who"));
    QCOMPARE(request.mapping.item, QStringLiteral("what"));
    QCOMPARE(request.mapping.timestamp, QStringLiteral("when"));
    QCOMPARE(request.mapping.kind, QStringLiteral("action"));

    QSignalSpy imported(dialog, &ProfileImportDialog::imported);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_interactions")), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_users")), 2);
    QVERIFY2(
        dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("3 new")),
        qPrintable(dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text()));
}

void TestProfileImportDialog::marksPersonalDataColumns()
{
    const QString path = m_dir.filePath(QStringLiteral("people.csv"));
    writeFile(path, "uid,ok,email,city\np1,yes,p1@example.org,Lyon\np2,no,p2@example.org,Graz\n");
    auto *dialog = openDialog(path, ImportTarget::Users);
    QVERIFY(dialog);
    QVERIFY(!dialog->mappingIsValid());
    QSignalSpy previewed(dialog, &ProfileImportDialog::previewUpdated);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapUserId")), QStringLiteral("uid"));
    QVERIFY(previewed.wait(10000));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapConsent")), QStringLiteral("ok"));
    QVERIFY(previewed.wait(10000));
    QVERIFY(dialog->mappingIsValid());
    // The file has a consent column: the default for files without one does not apply.
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("defaultConsent"))->isEnabled());

    auto *attributes = dialog->findChild<QTableWidget *>(QStringLiteral("attributeColumns"));
    QVERIFY(attributes->isVisible());
    QCOMPARE(attributes->rowCount(), 2);
    QCOMPARE(attributes->item(0, 0)->text(), QStringLiteral("email"));
    QCOMPARE(attributes->item(1, 0)->text(), QStringLiteral("city"));
    attributes->item(0, 2)->setCheckState(Qt::Checked); // email is personal data
    QVERIFY(previewed.wait(10000));
    attributes->item(1, 1)->setCheckState(Qt::Unchecked); // city is not kept
    QVERIFY(previewed.wait(10000));
    const ImportRequest request = dialog->request();
    QCOMPARE(request.mapping.piiFields, QStringList{QStringLiteral("email")});
    QCOMPARE(request.mapping.attributes, QStringList{QStringLiteral("email")});
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QVERIFY2(preview->horizontalHeaderItem(2)->text().contains(QStringLiteral("personal data")),
             qPrintable(preview->horizontalHeaderItem(2)->text()));
    QVERIFY2(preview->horizontalHeaderItem(3)->text().contains(QStringLiteral("not imported")),
             qPrintable(preview->horizontalHeaderItem(3)->text()));
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("importCommand"))
                 ->text()
                 .contains(QStringLiteral("--pii email")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("importCommand"))->text()));

    QSignalSpy imported(dialog, &ProfileImportDialog::imported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton")), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    auto detail = m_workspace->profiles().detail(QStringLiteral("p1"));
    QVERIFY2(detail, qPrintable(detail.error().message));
    QCOMPARE(detail->row.consent, Consent::Granted);
    QCOMPARE(detail->row.attributes.size(), 1);
    QCOMPARE(detail->row.attributes.constFirst().key, QStringLiteral("email"));
    QVERIFY(detail->row.attributes.constFirst().pii);
    QCOMPARE(detail->row.attributes.constFirst().value, ProfileStore::piiMask());
}

void TestProfileImportDialog::showsTheSameRequestAsTheCli()
{
    const QString path = m_dir.filePath(QStringLiteral("catalog file.csv"));
    writeFile(path, "sku;label;tags;brand\nA1;Red shoes;shoes,red;Acme\nB2;Blue hat;hats;Brim\n");
    auto *dialog = openDialog(path, ImportTarget::Items);
    QVERIFY(dialog);
    QSignalSpy previewed(dialog, &ProfileImportDialog::previewUpdated);
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapItemId")), QStringLiteral("sku"));
    QVERIFY(previewed.wait(10000));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapTitle")), QStringLiteral("label"));
    QVERIFY(previewed.wait(10000));
    auto *separator = dialog->findChild<QLineEdit *>(QStringLiteral("categorySeparator"));
    separator->setText(QStringLiteral(","));
    emit separator->editingFinished();
    QVERIFY(previewed.wait(10000));
    QVERIFY(dialog->mappingIsValid());
    QCOMPARE(dialog->request().mapping.categories, QStringLiteral("tags")); // guessed, now explicit

    // tailor-cli, given the arguments the dialog shows, reads the file exactly as the dialog's request does.
    const QStringList arguments = dialog->commandArguments();
    QVERIFY2(arguments.contains(QStringLiteral("--map")), qPrintable(arguments.join(QLatin1Char(' '))));
    QCOMPARE(arguments.value(arguments.indexOf(QStringLiteral("--categories-separator")) + 1),
             QStringLiteral(","));
    auto expected = ProfileImporter::preview(dialog->request(), 20);
    QVERIFY2(expected, qPrintable(expected.error().message));
    QCOMPARE(expected->parsed.constFirst().value(QStringLiteral("title")).toString(),
             QStringLiteral("Red shoes"));
    CliRunner cli;
    const auto result = cli.run(QStringList{QStringLiteral("--json")} + arguments +
                                QStringList{QStringLiteral("--preview"), QStringLiteral("20")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object(), expected->toJson());
    // The shown command line quotes the path with its space.
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("importCommand"))
                 ->text()
                 .contains(QLatin1Char('\'') + path + QLatin1Char('\'')),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("importCommand"))->text()));
}

void TestProfileImportDialog::mapsJsonLinesKeys()
{
    const QString path = m_dir.filePath(QStringLiteral("events.jsonl"));
    writeFile(path, "{\"uid\": \"j1\", \"sku\": \"x1\", \"at\": 1700000000000, \"stars\": 5}\n"
                    "{\"uid\": \"j2\", \"sku\": \"x2\", \"at\": 1700000360000, \"stars\": 2}\n");
    auto *dialog = openDialog(path, ImportTarget::Interactions);
    QVERIFY(dialog);
    // The keys of the first object are the columns.
    auto *user = dialog->findChild<QComboBox *>(QStringLiteral("mapUser"));
    QVERIFY(user->findData(QStringLiteral("uid")) > 0);
    QVERIFY(!dialog->mappingIsValid());
    QSignalSpy previewed(dialog, &ProfileImportDialog::previewUpdated);
    choose(user, QStringLiteral("uid"));
    QVERIFY(previewed.wait(10000));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapItem")), QStringLiteral("sku"));
    QVERIFY(previewed.wait(10000));
    // With user and item named, core's guesses go on: "at" is a timestamp spelling.
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("mapTimestamp"))->currentData().toString(),
             QStringLiteral("at"));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("mapValue")), QStringLiteral("stars"));
    QVERIFY(previewed.wait(10000));
    auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("timestampUnit"));
    unit->setCurrentIndex(unit->findData(int(TimestampUnit::Milliseconds)));
    emit unit->activated(unit->currentIndex());
    QVERIFY(previewed.wait(10000));
    QVERIFY(dialog->mappingIsValid());
    QVERIFY(dialog->commandArguments().contains(QStringLiteral("ms")));

    QSignalSpy imported(dialog, &ProfileImportDialog::imported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton")), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    auto detail = m_workspace->profiles().detail(QStringLiteral("j2"));
    QVERIFY2(detail, qPrintable(detail.error().message));
    QCOMPARE(detail->history.size(), 1);
    QCOMPARE(detail->history.constFirst().itemId, QStringLiteral("x2"));
    QCOMPARE(detail->history.constFirst().value, 2.0);
    QCOMPARE(detail->history.constFirst().at, QDateTime::fromSecsSinceEpoch(1700000360, QTimeZone::utc()));
}

void TestProfileImportDialog::movieLensLayoutIsFixed()
{
    const QString path = m_dir.filePath(QStringLiteral("u.data"));
    writeFile(path, "196\t242\t3\t881250949\n186\t302\t3\t891717742\n");
    auto *dialog = openDialog(path, ImportTarget::Interactions);
    QVERIFY(dialog);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("fixedMappingNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("fixed layout")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("user id, item id, rating, timestamp")),
             qPrintable(note->text()));
    QVERIFY(!dialog->findChild<QStackedWidget *>(QStringLiteral("mappingPages"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton"))->isEnabled());
}

void TestProfileImportDialog::movieLensUsersTakeDefaultConsent()
{
    const QString path = m_dir.filePath(QStringLiteral("u.user"));
    writeFile(path, "1|24|M|technician|85711\n2|53|F|other|94043\n");
    auto *dialog = openDialog(path, ImportTarget::Users);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("fixedMappingNote"))->isVisible());
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("fixedMappingNote"))
                 ->text()
                 .contains(QStringLiteral("zip")),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("fixedMappingNote"))->text()));
    // MovieLens has no consent column: the default is what the operator can set.
    auto *consent = dialog->findChild<QComboBox *>(QStringLiteral("defaultConsent"));
    QVERIFY(consent->isVisible() && consent->isEnabled());
    QSignalSpy previewed(dialog, &ProfileImportDialog::previewUpdated);
    consent->setCurrentIndex(consent->findData(1));
    emit consent->activated(consent->currentIndex());
    QVERIFY(previewed.wait(10000));
    const QStringList arguments = dialog->commandArguments();
    QCOMPARE(arguments.value(arguments.indexOf(QStringLiteral("--consent-default")) + 1),
             QStringLiteral("granted"));
    QSignalSpy imported(dialog, &ProfileImportDialog::imported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton")), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    auto detail = m_workspace->profiles().detail(QStringLiteral("2"));
    QVERIFY2(detail, qPrintable(detail.error().message));
    QCOMPARE(detail->row.consent, Consent::Granted);
}

void TestProfileImportDialog::cancelLeavesWorkspaceUnchanged()
{
    // Some data first, so "unchanged" is more than "still empty".
    const QString small = m_dir.filePath(QStringLiteral("small.csv"));
    writeFile(small, "user_id,item_id,timestamp\nkeep-1,i1,1700000000\nkeep-2,i2,1700000500\n");
    ImportRequest first;
    first.path = small;
    auto done = m_workspace->profileImporter().run(first);
    QVERIFY2(done, qPrintable(done.error().message));

    // Large enough to take many batches: the cancel lands while it reads.
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id,item_id,timestamp,rating\n");
        QByteArray chunk;
        for (int row = 0; row < 600000; ++row) {
            chunk += "big-" + QByteArray::number(row % 50000) + ",item-" + QByteArray::number(row % 3000) +
                     ',' + QByteArray::number(1600000000 + row) + ',' + QByteArray::number(1 + row % 5) +
                     '\n';
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const qint64 users = scalar(QStringLiteral("SELECT count(*) FROM profile_users"));
    const qint64 interactions = scalar(QStringLiteral("SELECT count(*) FROM profile_interactions"));
    const qint64 items = scalar(QStringLiteral("SELECT count(*) FROM profile_items"));
    QCOMPARE(users, 2);
    QCOMPARE(interactions, 2);
    auto auditBefore = m_workspace->audit().count();
    QVERIFY2(auditBefore, qPrintable(auditBefore.error().message));

    auto *dialog = openDialog(big, ImportTarget::Interactions);
    QVERIFY(dialog);
    auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runImportButton"));
    QVERIFY(run->isEnabled());
    QSignalSpy finished(dialog, &ProfileImportDialog::finished);
    QSignalSpy imported(dialog, &ProfileImportDialog::imported);
    QTest::mouseClick(run, Qt::LeftButton);
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("importProgressBar"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("importStatus"));
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("closeImportButton"))->isEnabled());
    // Progress shows before the cancel: the import is really under way.
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
    QVERIFY(finished.isEmpty());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(imported.isEmpty());
    QCOMPARE(status->text(),
             QStringLiteral("The import of big.csv was cancelled; the workspace is unchanged."));
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(run->isEnabled());
    // A cancel is not a failure: no error box.
    QVERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("errorBox")));

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_users")), users);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_interactions")), interactions);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_items")), items);
    auto auditAfter = m_workspace->audit().count();
    QVERIFY2(auditAfter, qPrintable(auditAfter.error().message));
    QCOMPARE(auditAfter.value(), auditBefore.value());
    AuditFilter imports;
    imports.action = QStringLiteral("profiles.import");
    auto entries = m_workspace->audit().list(imports);
    QVERIFY2(entries, qPrintable(entries.error().message));
    QCOMPARE(entries->size(), 1); // the small import only
}

// A carriage return inside a field: the preview row names it, and the import's error box says the same,
// with the CR shown as \r in both and in the preview's cell.
void TestProfileImportDialog::showsLostRowErrorsEscaped()
{
    const QString path = m_dir.filePath(QStringLiteral("cr-items.csv"));
    writeFile(path, "id,title,genres\n1,Toy Story,Action\r12,Heat,Crime\n");
    auto *dialog = openDialog(path, ImportTarget::Items);
    QVERIFY(dialog);
    auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->rowCount(), 1);
    QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("Action\\r12"));
    const QString problem = preview->item(0, preview->columnCount() - 1)->text();
    QCOMPARE(problem, QStringLiteral("line 2, column 3 (genres): the field contains a carriage return (\\r) "
                                     "that does not end the line; remove it or quote the field"));
    QSignalSpy finished(dialog, &ProfileImportDialog::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QCOMPARE(
        box->text(),
        QStringLiteral("cr-items.csv, line 2, column 3 (genres): the field contains a carriage return (\\r) "
                       "that does not end the line; remove it or quote the field. Nothing was imported "
                       "from cr-items.csv."));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text(),
             QStringLiteral("Nothing was imported."));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_items")), 0);
}

// Conflicting duplicates are counted in the summary with the first of them.
void TestProfileImportDialog::showsConflictingDuplicates()
{
    const QString path = m_dir.filePath(QStringLiteral("people.csv"));
    writeFile(path, "id,age\nu1,24\nu1,24\nu1,25\nu2,30\n");
    auto *dialog = openDialog(path, ImportTarget::Users);
    QVERIFY(dialog);
    QSignalSpy imported(dialog, &ProfileImportDialog::imported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton")), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QCOMPARE(
        dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text(),
        QStringLiteral("Imported people.csv: 2 new, 0 updated, 2 duplicates, 0 rejected. Conflicting "
                       "duplicates (other values than the row already imported, which was kept): 1. The "
                       "first: people.csv, line 4: user u1 already came on line 2 with other values; the "
                       "first row is kept. Skip bad rows to have each of them listed in a rejects file."));
}

void TestProfileImportDialog::enterNeverImportsAndANewFileClearsTheLastOutcome()
{
    const QString path = m_dir.filePath(QStringLiteral("people.csv"));
    writeFile(path, "id,age\nu1,24\nu2,30\n");
    auto *dialog = openDialog(path, ImportTarget::Users);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton"))->isEnabled());
    QSignalSpy imported(dialog, &ProfileImportDialog::imported);
    auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("importPath"));
    pathEdit->setFocus();
    QTest::keyClick(pathEdit, Qt::Key_Return);
    QTest::keyClick(pathEdit, Qt::Key_Enter);
    QVERIFY(!imported.wait(500));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM profile_users")), 0);
    QVERIFY(dialog->isVisible());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runImportButton")), Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("importStatus"));
    QVERIFY2(status->text().startsWith(QLatin1String("Imported people.csv")), qPrintable(status->text()));

    // Another file previewed: the last import's outcome is not shown as if it were this file's.
    const QString other = m_dir.filePath(QStringLiteral("more.csv"));
    writeFile(other, "id,age\nu3,41\n");
    QSignalSpy previewed(dialog, &ProfileImportDialog::previewUpdated);
    pathEdit->setText(other);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(status->text(), QString());
}

QTEST_MAIN(TestProfileImportDialog)
#include "tst_profileimportdialog.moc"
