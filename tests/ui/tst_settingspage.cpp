// SettingsPage: workspace overview, audit verification, granting and revoking roles, language choice.
#include "settings/settings.h"
#include "settings/settingspage.h"
#include "storage/databaseurl.h"
#include "workspace/workspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QThreadPool>
#include <QtTest>

using namespace tailor;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsWorkspaceOverview();
    void verifyReportsIntactLog();
    void figuresFollowChangesMadeElsewhere();
    void copyAnchorPutsHeadOnClipboardWithAdvice();
    void verifyChecksPastedAnchors();
    void verifyNamesAnchorThatNoLongerMatches();
    void malformedAnchorIsExplainedWithoutVerifying();
    void writeOnLogWithStrayEntryShowsVerifyAdvice();
    void adminGrantsRole();
    void revokingLastAdminShowsCoreError();
    void nonAdminSeesReadOnlyRoster();
    void withoutWorkspaceSaysHowToOpenOne();
    void languageIsStoredInSettings();

private:
    std::shared_ptr<Workspace> openAs(const QString &operatorName);
    bool showAndWait(SettingsPage &page, const std::shared_ptr<Workspace> &workspace);
    static bool tableHas(QTableWidget *table, int column, const QString &text);
    // What a rich-text label reads as.
    static QString plainText(const QLabel *label);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    DatabaseUrl m_url;
    QThreadPool m_pool;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_pool.setMaxThreadCount(1);
}

void TestSettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_url = DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("w.tailor")));
    auto created = Workspace::init(m_url, QStringLiteral("alice"));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
}

void TestSettingsPage::cleanup()
{
    m_pool.waitForDone();
    m_settings.reset();
    m_dir.reset();
}

std::shared_ptr<Workspace> TestSettingsPage::openAs(const QString &operatorName)
{
    auto workspace = Workspace::open(m_url, Workspace::OpenOptions{true, operatorName});
    return workspace ? workspace.value() : nullptr;
}

bool TestSettingsPage::showAndWait(SettingsPage &page, const std::shared_ptr<Workspace> &workspace)
{
    QSignalSpy refreshed(&page, &SettingsPage::refreshed);
    page.setWorkspace(workspace);
    return refreshed.wait(10000);
}

QString TestSettingsPage::plainText(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

bool TestSettingsPage::tableHas(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return true;
    }
    return false;
}

void TestSettingsPage::showsWorkspaceOverview()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));

    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("workspaceUrl"))->text(), m_url.toString());
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("workspaceRole"))->text(), QStringLiteral("admin"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("workspaceOperator"))
                ->text()
                .startsWith(QLatin1String("alice (")));
    auto *audit = page.findChild<QTableWidget *>(QStringLiteral("auditTable"));
    QVERIFY(audit->rowCount() >= 1);
    // Actions read as words; the id stays in the tooltip.
    QVERIFY(tableHas(audit, 2, QStringLiteral("Workspace created")));
    QVERIFY(!tableHas(audit, 2, QStringLiteral("workspace.create")));
    QCOMPARE(audit->item(audit->rowCount() - 1, 2)->toolTip(), QStringLiteral("workspace.create"));
    QCOMPARE(audit->item(0, 1)->text(), QStringLiteral("alice"));
    auto *operators = page.findChild<QTableWidget *>(QStringLiteral("operatorsTable"));
    QCOMPARE(operators->rowCount(), 1);
    QCOMPARE(operators->item(0, 0)->text(), QStringLiteral("alice"));
    QCOMPARE(operators->item(0, 1)->text(), QStringLiteral("admin"));
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("LLM endpoints"));
}

void TestSettingsPage::verifyReportsIntactLog()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    auto *verify = page.findChild<QPushButton *>(QStringLiteral("verifyAuditButton"));
    auto *result = page.findChild<QLabel *>(QStringLiteral("auditResult"));
    QVERIFY(verify && result);
    QVERIFY(result->text().isEmpty());
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_VERIFY(result->text().contains(QLatin1String("intact")));
    // A new workspace holds its creation, one entry per shipped prompt and the import.
    const auto shipped =
        QDir(QStringLiteral(":/prompts")).entryList({QStringLiteral("*.prompty")}, QDir::Files);
    QVERIFY(!shipped.isEmpty());
    const QString expected = QStringLiteral("entries checked: %1").arg(shipped.size() + 2);
    QVERIFY2(result->text().contains(expected), qPrintable(result->text()));
    QVERIFY(verify->isEnabled());
}

void TestSettingsPage::figuresFollowChangesMadeElsewhere()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    auto workspace = openAs(QStringLiteral("alice"));
    QVERIFY(showAndWait(page, workspace));
    auto *count = page.findChild<QLabel *>(QStringLiteral("workspaceAuditCount"));
    const qint64 before = workspace->audit().count().value();
    QCOMPARE(count->text(), QLocale().toString(before));

    // Another window (or tailor-cli) grants a role: two more entries once the page is shown again.
    auto elsewhere = openAs(QStringLiteral("alice"));
    QVERIFY(elsewhere->operators().grant(QStringLiteral("bob"), Role::Viewer).ok());
    QVERIFY(elsewhere->operators().grant(QStringLiteral("carol"), Role::Editor).ok());
    page.hide();
    QSignalSpy refreshed(&page, &SettingsPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(count->text(), QLocale().toString(before + 2));
    QVERIFY(tableHas(page.findChild<QTableWidget *>(QStringLiteral("operatorsTable")), 0,
                     QStringLiteral("carol")));

    // Verify checks more entries than the page showed: the count follows what was checked.
    QVERIFY(elsewhere->operators().grant(QStringLiteral("dave"), Role::Viewer).ok());
    refreshed.clear();
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyAuditButton")), Qt::LeftButton);
    QVERIFY(refreshed.wait(10000));
    auto *result = page.findChild<QLabel *>(QStringLiteral("auditResult"));
    QVERIFY2(plainText(result).contains(QStringLiteral("entries checked: %1").arg(before + 3)),
             qPrintable(plainText(result)));
    QCOMPARE(count->text(), QLocale().toString(before + 3));

    // So does coming back from the LLM endpoints tab.
    QVERIFY(elsewhere->operators().grant(QStringLiteral("erin"), Role::Viewer).ok());
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    tabs->setCurrentIndex(1);
    refreshed.clear();
    tabs->setCurrentIndex(0);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(count->text(), QLocale().toString(before + 4));
}

void TestSettingsPage::copyAnchorPutsHeadOnClipboardWithAdvice()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    auto workspace = openAs(QStringLiteral("alice"));
    QVERIFY(showAndWait(page, workspace));
    QGuiApplication::clipboard()->clear();
    auto *copy = page.findChild<QPushButton *>(QStringLiteral("copyAnchorButton"));
    auto *result = page.findChild<QLabel *>(QStringLiteral("auditResult"));
    QVERIFY(copy && result);
    QVERIFY(copy->isVisible());
    QVERIFY(!result->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_VERIFY(plainText(result).contains(QLatin1String("Copied anchor")));
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+:[0-9a-f]{64}$")).match(copied).hasMatch(),
             qPrintable(copied));
    QCOMPARE(copied, workspace->audit().anchor()->toString());
    QVERIFY(result->isVisible());
    QVERIFY2(plainText(result).contains(QLatin1String("Keep it outside the workspace")),
             qPrintable(plainText(result)));
    QVERIFY(copy->isEnabled());
}

void TestSettingsPage::verifyChecksPastedAnchors()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    auto workspace = openAs(QStringLiteral("alice"));
    QVERIFY(showAndWait(page, workspace));
    const QString first =
        QStringLiteral("1:") +
        workspace->audit().list({QString(), QString(), QString(), {}, {}, 1, false})->first().hash;
    const QString head = workspace->audit().anchor()->toString();
    auto *anchors = page.findChild<QLineEdit *>(QStringLiteral("anchorsInput"));
    auto *result = page.findChild<QLabel *>(QStringLiteral("auditResult"));
    QVERIFY(anchors && anchors->isVisible());
    anchors->setText(first + QStringLiteral(", ") + head);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyAuditButton")), Qt::LeftButton);
    QTRY_VERIFY(plainText(result).contains(QLatin1String("intact")));
    QVERIFY2(plainText(result).contains(QLatin1String("Every anchor matches (2 checked).")),
             qPrintable(plainText(result)));
}

void TestSettingsPage::verifyNamesAnchorThatNoLongerMatches()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    auto workspace = openAs(QStringLiteral("alice"));
    QVERIFY(showAndWait(page, workspace));
    const AuditAnchor head = workspace->audit().anchor().value();
    AuditAnchor changed = head;
    changed.hash = QString(64, QLatin1Char('0'));
    auto *anchors = page.findChild<QLineEdit *>(QStringLiteral("anchorsInput"));
    auto *result = page.findChild<QLabel *>(QStringLiteral("auditResult"));
    anchors->setText(head.toString() + QLatin1Char(' ') + changed.toString());
    QTest::keyClick(anchors, Qt::Key_Return);
    QTRY_VERIFY(plainText(result).contains(QLatin1String("does not match")));
    const QString text = plainText(result);
    QVERIFY2(text.contains(QStringLiteral("Anchor %1:%2… matches.").arg(head.seq).arg(head.hash.left(12))),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Anchor %1:000000000000… does not match: entry %1 now has another hash")
                          .arg(head.seq)),
        qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("broken at entry")), qPrintable(text));
    QVERIFY2(text.startsWith(QLatin1String("The hash chain is consistent (entries checked: ")),
             qPrintable(text));
    // The anchor that holds reads as good news, not in the red of the one that fails.
    QVERIFY2(result->text().contains(QStringLiteral("color: #1e7a3c;\">Anchor %1:").arg(head.seq)),
             qPrintable(result->text()));
    QVERIFY2(
        result->text().contains(QStringLiteral("color: #b3261e;\">Anchor %1:000000000000").arg(head.seq)),
        qPrintable(result->text()));
}

void TestSettingsPage::malformedAnchorIsExplainedWithoutVerifying()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    auto *anchors = page.findChild<QLineEdit *>(QStringLiteral("anchorsInput"));
    auto *verify = page.findChild<QPushButton *>(QStringLiteral("verifyAuditButton"));
    auto *result = page.findChild<QLabel *>(QStringLiteral("auditResult"));
    anchors->setText(QStringLiteral("yesterday's"));
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY2(plainText(result).startsWith(
                 QLatin1String("Cannot check the anchors: 'yesterday's' is not an audit anchor")),
             qPrintable(plainText(result)));
    QVERIFY(verify->isEnabled());
}

void TestSettingsPage::writeOnLogWithStrayEntryShowsVerifyAdvice()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    auto workspace = openAs(QStringLiteral("alice"));
    QVERIFY(showAndWait(page, workspace));
    const qint64 head = workspace->audit().anchor()->seq;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(m_url.filePath());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY2(query.exec(QStringLiteral(
                                "INSERT INTO audit_log (seq, at, operator, action, entity, payload, "
                                "prev_hash, hash) VALUES (%1, 'x', 'mallory', 'test.stray', 'test:stray', "
                                "'{}', 'x', 'x')")
                                .arg(head + 1)),
                 qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    page.findChild<QLineEdit *>(QStringLiteral("grantName"))->setText(QStringLiteral("bob"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("grantButton")), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("errorBox"))) != nullptr);
    const QString shown = box->text() + QLatin1Char('\n') + box->informativeText();
    QVERIFY2(shown.contains(QLatin1String("tailor-cli audit verify")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("UNIQUE")), qPrintable(shown));
    box->close();

    auto *result = page.findChild<QLabel *>(QStringLiteral("auditResult"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyAuditButton")), Qt::LeftButton);
    QTRY_VERIFY(plainText(result).contains(QLatin1String("broken")));
    QVERIFY2(plainText(result).contains(
                 QStringLiteral("The audit log is broken at entry %1: entry %1 lies beyond the "
                                "log's head")
                     .arg(head + 1)),
             qPrintable(plainText(result)));
}

void TestSettingsPage::adminGrantsRole()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));

    auto *name = page.findChild<QLineEdit *>(QStringLiteral("grantName"));
    auto *role = page.findChild<QComboBox *>(QStringLiteral("grantRole"));
    auto *grant = page.findChild<QPushButton *>(QStringLiteral("grantButton"));
    QVERIFY(name && role && grant);
    QVERIFY(grant->isVisible());
    QVERIFY(!grant->isEnabled());
    QTest::keyClicks(name, QStringLiteral("bob"));
    QVERIFY(grant->isEnabled());
    role->setCurrentIndex(role->findData(QStringLiteral("analyst")));

    QSignalSpy refreshed(&page, &SettingsPage::refreshed);
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(refreshed.wait(10000));
    auto *operators = page.findChild<QTableWidget *>(QStringLiteral("operatorsTable"));
    QVERIFY(tableHas(operators, 0, QStringLiteral("bob")));
    QVERIFY(tableHas(operators, 1, QStringLiteral("analyst")));
    QVERIFY(name->text().isEmpty());
    // The grant is audited, and the page shows the new entry first.
    auto *audit = page.findChild<QTableWidget *>(QStringLiteral("auditTable"));
    QCOMPARE(audit->item(0, 2)->text(), QStringLiteral("Role granted"));
    QCOMPARE(audit->item(0, 2)->toolTip(), QStringLiteral("operator.grant"));
    QCOMPARE(audit->item(0, 3)->text(), QStringLiteral("operator:bob"));
}

void TestSettingsPage::revokingLastAdminShowsCoreError()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));

    auto *operators = page.findChild<QTableWidget *>(QStringLiteral("operatorsTable"));
    auto *revoke = page.findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(!revoke->isEnabled());
    operators->selectRow(0);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("errorBox"))) != nullptr);
    QVERIFY2(box->text().contains(QLatin1String("last admin")), qPrintable(box->text()));
    QCOMPARE(box->icon(), QMessageBox::Critical);
    box->close();
    QCOMPARE(operators->item(0, 0)->text(), QStringLiteral("alice"));
}

void TestSettingsPage::nonAdminSeesReadOnlyRoster()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    QVERIFY(showAndWait(page, openAs(QStringLiteral("carol"))));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("workspaceRole"))->text(), QStringLiteral("viewer"));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("grantButton"))->isVisible());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("revokeButton"))->isVisible());
    auto *note = page.findChild<QLabel *>(QStringLiteral("operatorsReadOnly"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("only an admin")), qPrintable(note->text()));
    QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("operatorsTable"))->rowCount(), 1);
}

void TestSettingsPage::withoutWorkspaceSaysHowToOpenOne()
{
    SettingsPage page(*m_settings, &m_pool);
    page.show();
    QVERIFY(!page.findChild<QTableWidget *>(QStringLiteral("auditTable"))->isVisible());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("verifyAuditButton"))->isVisible());
    bool explained = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        explained =
            explained || (label->isVisible() && label->text().contains(QLatin1String("No workspace open")));
    QVERIFY(explained);
}

void TestSettingsPage::languageIsStoredInSettings()
{
    m_settings->setLanguage(QStringLiteral("zh_CN"));
    SettingsPage page(*m_settings, &m_pool);
    auto *language = page.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("zh_CN"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QCOMPARE(Settings(m_settings->fileName()).language(), QStringLiteral("de"));
    language->setCurrentIndex(0);
    QCOMPARE(Settings(m_settings->fileName()).language(), QString());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
