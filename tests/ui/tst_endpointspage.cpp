// EndpointsPage (Settings → LLM endpoints): creating an endpoint from a preset through the form, core's
// validation and permission refusals, Test connection, a streamed chat with its accounting, cancel, the
// keychain message, usage and cache, and the status bar — against the scripted test endpoint.
#include "displayformat.h"
#include "llm/secretstore.h"
#include "settings/chatpanel.h"
#include "settings/endpointspage.h"
#include "settings/settings.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "storage/databaseurl.h"
#include "testendpoint.h"
#include "testendpointthread.h"
#include "widgets/endpointform.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace tailor;
using tailor::test::Rule;
using tailor::test::TestEndpointThread;

namespace {

const QByteArray keyVariable = "TAILOR_GUI_TEST_KEY";
const QString secret = QStringLiteral("sk-gui-never-shown-0123456789");

void typeInto(QLineEdit *line, const QString &text)
{
    QVERIFY(line);
    line->selectAll();
    if (text.isEmpty())
        QTest::keyClick(line, Qt::Key_Backspace);
    else
        QTest::keyClicks(line, text);
    QCOMPARE(line->text(), text);
}

} // namespace

class TestEndpointsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void listsTheBuiltInDryRun();
    void costsAndDurationsCarryTheirUnits();
    void adminCreatesEndpointFromPreset();
    void showsValidationErrorsInline();
    void nonAdminSaveShowsCoreRefusal();
    void adminDeletesEndpoint();
    void switchingAwayFromUnsavedEditsAsks();
    void revertDropsUnsavedEdits();
    void testConnectionListsModels();
    void refusedConnectionIsSaidOnce();
    void chatStreamsAnswerAndCountsTokens();
    void retriedStreamStartsTheAnswerAgain();
    void cancelStopsAHangingRequest();
    void cacheAnswersRepeatAndClears();
    void storingAKeyNeverShowsIt();
    void statusBarFollowsEndpointsAndTests();
    void fitsTheDefaultWindowSize();

private:
    std::shared_ptr<Workspace> openAs(const QString &operatorName);
    bool showAndWait(EndpointsPage &page, const std::shared_ptr<Workspace> &workspace);
    // New from the vLLM preset, pointed at the test endpoint, named `name`.
    void fillFromPreset(EndpointsPage &page, const QString &name,
                        const QString &presetId = QStringLiteral("vllm"));
    void saveAndWait(EndpointsPage &page);
    ChatResult chat(EndpointsPage &page, const QString &message, bool stream);
    int chatRequests() const;
    static int rowOf(QTableWidget *table, const QString &name);
    static QStringList visibleTexts(const QWidget &root);

    TestEndpointThread m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    DatabaseUrl m_url;
    QThreadPool m_pool;
    // Held until the pool is idle, so the last reference never drops on a worker thread.
    QList<std::shared_ptr<Workspace>> m_open;
};

void TestEndpointsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_pool.setMaxThreadCount(1);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestEndpointsPage::cleanupTestCase()
{
    m_server.stop();
}

void TestEndpointsPage::init()
{
    m_server.endpoint()->clearRules();
    m_server.endpoint()->clearRequests();
    m_server.endpoint()->setModels({QStringLiteral("tailor-test")});
    m_server.endpoint()->setStreamChunkDelay(0);
    qunsetenv(keyVariable.constData());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_url = DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("w.tailor")));
    auto created = Workspace::init(m_url, QStringLiteral("alice"));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
}

void TestEndpointsPage::cleanup()
{
    m_pool.waitForDone();
    m_open.clear();
    m_settings.reset();
    m_dir.reset();
}

std::shared_ptr<Workspace> TestEndpointsPage::openAs(const QString &operatorName)
{
    auto workspace = Workspace::open(m_url, Workspace::OpenOptions{true, operatorName});
    if (!workspace)
        return nullptr;
    m_open.append(workspace.value());
    return workspace.value();
}

bool TestEndpointsPage::showAndWait(EndpointsPage &page, const std::shared_ptr<Workspace> &workspace)
{
    QSignalSpy loaded(&page, &EndpointsPage::endpointsLoaded);
    QSignalSpy usage(&page, &EndpointsPage::usageRefreshed);
    page.resize(1100, 700);
    page.show();
    page.setWorkspace(workspace);
    return loaded.wait(10000) && (!usage.isEmpty() || usage.wait(10000));
}

void TestEndpointsPage::fillFromPreset(EndpointsPage &page, const QString &name, const QString &presetId)
{
    auto *preset = page.findChild<QAction *>(QStringLiteral("preset-") + presetId);
    QVERIFY(preset);
    preset->trigger();
    QCOMPARE(page.currentEndpoint(), QString());
    auto *baseUrl = page.findChild<QLineEdit *>(QStringLiteral("endpointBaseUrl"));
    // The preset fills in what the provider expects.
    if (presetId == QLatin1String("vllm"))
        QCOMPARE(baseUrl->text(), QStringLiteral("http://localhost:8000/v1"));
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointName")), name);
    typeInto(baseUrl, m_server.baseUrl());
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointModel")), QStringLiteral("tailor-test"));
}

void TestEndpointsPage::saveAndWait(EndpointsPage &page)
{
    QSignalSpy saved(&page, &EndpointsPage::saved);
    QSignalSpy loaded(&page, &EndpointsPage::endpointsLoaded);
    auto *save = page.findChild<QPushButton *>(QStringLiteral("saveEndpointButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(saved.wait(10000),
             qPrintable(page.findChild<QLabel *>(QStringLiteral("endpointMessage"))->text()));
    QVERIFY(loaded.wait(10000));
}

ChatResult TestEndpointsPage::chat(EndpointsPage &page, const QString &message, bool stream)
{
    page.findChild<QTabWidget *>(QStringLiteral("endpointTabs"))->setCurrentIndex(2);
    page.findChild<QCheckBox *>(QStringLiteral("chatStream"))->setChecked(stream);
    auto *user = page.findChild<QPlainTextEdit *>(QStringLiteral("chatUser"));
    user->setPlainText(message);
    auto *panel = page.findChild<ChatPanel *>(QStringLiteral("chatPanel"));
    QSignalSpy finished(panel, &ChatPanel::chatFinished);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("chatSend")), Qt::LeftButton);
    if (!finished.wait(15000))
        return {};
    return finished.constFirst().constFirst().value<ChatResult>();
}

// Chat requests the endpoint received since init() (connection tests also list models).
int TestEndpointsPage::chatRequests() const
{
    int count = 0;
    for (const auto &request : m_server.endpoint()->requests())
        count += request.path.endsWith(QLatin1String("/chat/completions")) ? 1 : 0;
    return count;
}

int TestEndpointsPage::rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

QStringList TestEndpointsPage::visibleTexts(const QWidget &root)
{
    QStringList texts;
    for (const QLineEdit *line : root.findChildren<QLineEdit *>())
        texts << line->text() << line->displayText();
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QPlainTextEdit *edit : root.findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    for (const QInputDialog *dialog : root.findChildren<QInputDialog *>())
        texts << dialog->textValue();
    for (const QTableWidget *table : root.findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column)
                texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
        }
    }
    return texts;
}

void TestEndpointsPage::listsTheBuiltInDryRun()
{
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("endpointsTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("dry-run"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("no network"));
    QCOMPARE(page.currentEndpoint(), QStringLiteral("dry-run"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("endpointSubtitle"))
                ->text()
                .startsWith(QLatin1String("Built in")));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("deleteEndpointButton"))->isEnabled());
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("usageCalls"))->text(),
             QStringLiteral("0 (0 ok, 0 failed, 0 cancelled, 0 retries)"));
    // No calls: no latency to speak of, and nothing spent, in dollars.
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("usageLatency"))->text(),
             QStringLiteral("no calls yet"));
    const QString cost = page.findChild<QLabel *>(QStringLiteral("usageCost"))->text();
    QVERIFY2(cost.contains(QLatin1Char('$')) && cost.contains(QLatin1String("0.00")), qPrintable(cost));

    // A dry-run chat sends nothing and counts the tokens.
    const ChatResult result = chat(page, QStringLiteral("count me"), false);
    QVERIFY(result.ok());
    QVERIFY(result.dryRun);
    QVERIFY(
        page.findChild<QLabel *>(QStringLiteral("chatStatus"))->text().startsWith(QLatin1String("Dry run")));
    QVERIFY2(
        page.findChild<QLabel *>(QStringLiteral("chatTokens"))->text().endsWith(QLatin1String("(estimated)")),
        qPrintable(page.findChild<QLabel *>(QStringLiteral("chatTokens"))->text()));
    QCOMPARE(chatRequests(), 0);
}

void TestEndpointsPage::costsAndDurationsCarryTheirUnits()
{
    // The test runs in the C locale; people read their own.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QCOMPARE(displayCost(0), QStringLiteral("$0.00"));
    QCOMPARE(displayCost(0.000029), QStringLiteral("$0.000029"));
    QCOMPARE(displayCost(0.042), QStringLiteral("$0.0420"));
    QCOMPARE(displayCost(12.5), QStringLiteral("$12.50"));
    QCOMPARE(displayMilliseconds(950), QStringLiteral("950 ms"));
    QCOMPARE(displayMilliseconds(-1), QStringLiteral("—"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(displayCost(0.000029), QStringLiteral("0,000029\u00a0$"));
    QCOMPARE(displayMilliseconds(1500), QStringLiteral("1.500 ms"));
}

void TestEndpointsPage::adminCreatesEndpointFromPreset()
{
    EndpointsPage page(&m_pool);
    auto workspace = openAs(QStringLiteral("alice"));
    QVERIFY(showAndWait(page, workspace));
    fillFromPreset(page, QStringLiteral("team-vllm"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("endpointSubtitle"))
                ->text()
                .startsWith(QLatin1String("New")));
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointTemperature")), QStringLiteral("0.2"));
    page.findChild<QCheckBox *>(QStringLiteral("endpointStreaming"))->setChecked(true);
    saveAndWait(page);

    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("endpointMessage"))->text(),
             QStringLiteral("Saved 'team-vllm'."));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("endpointsTable"));
    const int row = rowOf(table, QStringLiteral("team-vllm"));
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("vLLM"));
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("tailor-test"));
    QCOMPARE(table->item(row, 3)->toolTip(), m_server.baseUrl());
    QCOMPARE(table->item(row, 3)->text(), m_server.baseUrl().mid(QStringLiteral("http://").size()));
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("32"));
    QVERIFY(table->item(row, 0)->isSelected());
    QCOMPARE(page.currentEndpoint(), QStringLiteral("team-vllm"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("endpointSubtitle"))
                ->text()
                .startsWith(QLatin1String("Saved by alice")));

    auto stored = workspace->endpoints().get(QStringLiteral("team-vllm"));
    QVERIFY(stored);
    QCOMPARE(stored.value().baseUrl, m_server.baseUrl());
    QCOMPARE(stored.value().provider, EndpointProvider::Vllm);
    QCOMPARE(stored.value().parameters.temperature, std::optional<double>(0.2));
    QVERIFY(stored.value().streaming);
    workspace->database().releaseThreadConnection();

    // A second endpoint from the same preset gets a name of its own instead of replacing the first.
    page.findChild<QAction *>(QStringLiteral("preset-vllm"))->trigger();
    QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("endpointName"))->text(), QStringLiteral("vllm"));
}

void TestEndpointsPage::showsValidationErrorsInline()
{
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("team-vllm"));
    auto *message = page.findChild<QLabel *>(QStringLiteral("endpointMessage"));
    QVERIFY(message->text().isEmpty());
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointBaseUrl")),
             QStringLiteral("localhost:8000"));
    QVERIFY2(message->text().contains(QLatin1String("is not a usable base URL")),
             qPrintable(message->text()));
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointBaseUrl")), m_server.baseUrl());
    QVERIFY(message->text().isEmpty());
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointSecretEnv")),
             QStringLiteral("sk-pasted-key"));
    QVERIFY2(message->text().contains(QLatin1String("looks like an API key")), qPrintable(message->text()));
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointSecretEnv")), QString());
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointTemperature")), QStringLiteral("3"));
    QVERIFY2(message->text().contains(
                 QLatin1String("temperature of the endpoint 'team-vllm' must be between 0 and 2")),
             qPrintable(message->text()));
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointTemperature")), QStringLiteral("warm"));
    QCOMPARE(message->text(), QStringLiteral("Temperature must be a number, not 'warm'."));
    // Saving an invalid form says the same and saves nothing.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveEndpointButton")), Qt::LeftButton);
    QCOMPARE(message->text(), QStringLiteral("Temperature must be a number, not 'warm'."));
    m_pool.waitForDone();
    QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("endpointsTable"))->rowCount(), 1);

    // A JSON schema response format needs a JSON object.
    auto *format = page.findChild<QComboBox *>(QStringLiteral("endpointResponseFormat"));
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointTemperature")), QString());
    auto *schema = page.findChild<QPlainTextEdit *>(QStringLiteral("endpointSchema"));
    QVERIFY(!schema->isVisible());
    format->setCurrentIndex(format->findData(QStringLiteral("json_schema")));
    QVERIFY(schema->isVisible());
    QVERIFY2(message->text().startsWith(QLatin1String("The JSON schema must be a JSON object")),
             qPrintable(message->text()));
    schema->setPlainText(QStringLiteral("{\"name\": \"ranking\", \"schema\": {\"type\": \"object\"}}"));
    QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
}

void TestEndpointsPage::nonAdminSaveShowsCoreRefusal()
{
    EndpointsPage page(&m_pool);
    auto workspace = openAs(QStringLiteral("carol"));
    QVERIFY(showAndWait(page, workspace));
    fillFromPreset(page, QStringLiteral("carols-endpoint"), QStringLiteral("custom"));
    auto *message = page.findChild<QLabel *>(QStringLiteral("endpointMessage"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveEndpointButton")), Qt::LeftButton);
    QTRY_VERIFY(message->text().startsWith(QLatin1String("Not saved: ")));
    QVERIFY2(message->text().contains(QLatin1String("Operator 'carol' has the role viewer and may not")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QLatin1String("ask an admin")), qPrintable(message->text()));
    QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("endpointsTable"))->rowCount(), 1);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("saveEndpointButton"))->isEnabled());
    // Calls cost money and every one is logged under its operator: a viewer may not send one, not even a
    // connection test, and the page says why.
    page.findChild<QTabWidget *>(QStringLiteral("endpointTabs"))->setCurrentIndex(1);
    QSignalSpy tested(&page, &EndpointsPage::connectionTested);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    const auto report = tested.constFirst().constFirst().value<ConnectionReport>();
    QVERIFY(!report.ok());
    QVERIFY2(report.chatError.contains(QLatin1String("may not call LLM endpoints")),
             qPrintable(report.chatError));
    QVERIFY2(report.summary().contains(QLatin1String("may not call LLM endpoints")),
             qPrintable(report.summary()));
}

void TestEndpointsPage::adminDeletesEndpoint()
{
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("short-lived"));
    saveAndWait(page);
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("deleteEndpointButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("confirmDeleteEndpoint"))) != nullptr);
    QVERIFY(box->text().contains(QLatin1String("'short-lived'")));
    QSignalSpy loaded(&page, &EndpointsPage::endpointsLoaded);
    box->button(QMessageBox::Yes)->click();
    QVERIFY(loaded.wait(10000));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("endpointsTable"));
    QCOMPARE(rowOf(table, QStringLiteral("short-lived")), -1);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("endpointMessage"))->text(),
             QStringLiteral("Deleted 'short-lived'."));
}

void TestEndpointsPage::switchingAwayFromUnsavedEditsAsks()
{
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("draft-endpoint"));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("endpointsTable"));
    auto *name = page.findChild<QLineEdit *>(QStringLiteral("endpointName"));
    const int dryRun = rowOf(table, QStringLiteral("dry-run"));
    QVERIFY(dryRun >= 0);

    // Cancel keeps the unsaved form and the selection as they were.
    table->selectRow(dryRun);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("discardEndpointChanges"))) != nullptr);
    QCOMPARE(
        box->text(),
        QStringLiteral("You changed the new endpoint and did not save it. Discard those changes and open "
                       "'dry-run'?"));
    QVERIFY(table->selectedItems().isEmpty());
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(page.findChild<QMessageBox *>(QStringLiteral("discardEndpointChanges")) == nullptr);
    QCOMPARE(name->text(), QStringLiteral("draft-endpoint"));
    QCOMPARE(page.currentEndpoint(), QString());

    // Discard opens the other endpoint.
    table->selectRow(dryRun);
    QTRY_VERIFY((box = page.findChild<QMessageBox *>(QStringLiteral("discardEndpointChanges"))) != nullptr);
    box->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(page.currentEndpoint(), QStringLiteral("dry-run"));
    QCOMPARE(name->text(), QStringLiteral("dry-run"));
    QVERIFY(table->item(dryRun, 0)->isSelected());
}

void TestEndpointsPage::revertDropsUnsavedEdits()
{
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("team-vllm"));
    saveAndWait(page);
    QCOMPARE(page.currentEndpoint(), QStringLiteral("team-vllm"));
    auto *model = page.findChild<QLineEdit *>(QStringLiteral("endpointModel"));
    auto *revert = page.findChild<QPushButton *>(QStringLiteral("revertEndpointButton"));
    QCOMPARE(model->text(), QStringLiteral("tailor-test"));
    QVERIFY(!revert->isEnabled());

    typeInto(model, QStringLiteral("some-other-model"));
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(model->text(), QStringLiteral("tailor-test"));
    QVERIFY(!revert->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveEndpointButton"))->isEnabled());
    QCOMPARE(page.currentEndpoint(), QStringLiteral("team-vllm"));
}

void TestEndpointsPage::testConnectionListsModels()
{
    m_server.endpoint()->setModels({QStringLiteral("tailor-test"), QStringLiteral("tailor-large")});
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("team-vllm"));
    page.findChild<QTabWidget *>(QStringLiteral("endpointTabs"))->setCurrentIndex(1);
    QSignalSpy tested(&page, &EndpointsPage::connectionTested);
    auto *button = page.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QVERIFY(tested.wait(15000));
    QVERIFY(button->isEnabled());

    auto *models = page.findChild<QListWidget *>(QStringLiteral("modelsList"));
    QCOMPARE(models->count(), 2);
    QCOMPARE(models->item(0)->text(), QStringLiteral("tailor-test"));
    QCOMPARE(models->item(1)->text(), QStringLiteral("tailor-large"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("testSummary"));
    QVERIFY2(summary->text().startsWith(QLatin1String("'team-vllm' works: 2 models listed")),
             qPrintable(summary->text()));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("testReachable"))->text(), QStringLiteral("yes"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("testModelsLatency"))
                ->text()
                .startsWith(QLatin1String("2 listed in ")));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("testModelFound"))->text(),
             QStringLiteral("listed by the server"));
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("testErrors"))->isVisible());

    // A server that refuses the chat request: not reachable as a working endpoint, and the error is shown.
    m_server.endpoint()->addRule(
        Rule::error(401, Rule::Dialect::OpenAI, QStringLiteral("Incorrect API key provided")));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QVERIFY(!tested.constLast().constFirst().value<ConnectionReport>().ok());
    auto *errors = page.findChild<QLabel *>(QStringLiteral("testErrors"));
    QVERIFY(errors->isVisible());
    // The rule answers both the model list and the chat request with 401, so they share one line.
    QVERIFY2(errors->text().startsWith(QLatin1String("Model list and chat request: ")),
             qPrintable(errors->text()));
    QCOMPARE(errors->text().count(QLatin1String("Incorrect API key provided")), 1);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("testChatLatency"))->text(), QStringLiteral("failed"));
    QCOMPARE(summary->text(), QStringLiteral("'team-vllm' failed the test."));
}

void TestEndpointsPage::refusedConnectionIsSaidOnce()
{
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("nobody-home"));
    // Nothing listens on port 1: the model list and the chat request are both refused.
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointBaseUrl")),
             QStringLiteral("http://127.0.0.1:1/v1"));
    page.findChild<QTabWidget *>(QStringLiteral("endpointTabs"))->setCurrentIndex(1);
    QSignalSpy tested(&page, &EndpointsPage::connectionTested);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(15000));

    const QString summary = page.findChild<QLabel *>(QStringLiteral("testSummary"))->text();
    const QString errors = page.findChild<QLabel *>(QStringLiteral("testErrors"))->text();
    QCOMPARE(summary, QStringLiteral("'nobody-home' failed the test."));
    const QString shown = summary + QLatin1Char('\n') + errors;
    QCOMPARE(shown.count(QLatin1String("refused")), 1);
    QVERIFY2(errors.startsWith(QLatin1String("Model list and chat request: ")), qPrintable(errors));
}

void TestEndpointsPage::chatStreamsAnswerAndCountsTokens()
{
    const QString answer = QStringLiteral("Hello from the scripted endpoint, streamed in pieces.");
    m_server.endpoint()->addRule(Rule::reply(answer).withChunks(6, 120));
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("team-vllm"));
    page.findChild<QTabWidget *>(QStringLiteral("endpointTabs"))->setCurrentIndex(2);
    page.findChild<QCheckBox *>(QStringLiteral("chatStream"))->setChecked(true);
    page.findChild<QPlainTextEdit *>(QStringLiteral("chatSystem"))->setPlainText(QStringLiteral("Be brief."));
    page.findChild<QPlainTextEdit *>(QStringLiteral("chatUser"))->setPlainText(QStringLiteral("Say hello"));
    auto *panel = page.findChild<ChatPanel *>(QStringLiteral("chatPanel"));
    QSignalSpy finished(panel, &ChatPanel::chatFinished);
    auto *send = page.findChild<QPushButton *>(QStringLiteral("chatSend"));
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("chatCancel"));
    auto *output = page.findChild<QPlainTextEdit *>(QStringLiteral("chatAnswer"));
    auto *status = page.findChild<QLabel *>(QStringLiteral("chatStatus"));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled());
    QVERIFY(cancel->isEnabled());

    // Part of the answer is on screen while the rest is still coming.
    QTRY_VERIFY_WITH_TIMEOUT(!output->toPlainText().isEmpty(), 10000);
    QVERIFY(finished.isEmpty());
    QVERIFY2(answer.startsWith(output->toPlainText()) && output->toPlainText() != answer,
             qPrintable(output->toPlainText()));
    QCOMPARE(status->text(), QStringLiteral("Streaming…"));

    QVERIFY(finished.wait(10000));
    const ChatResult result = finished.constFirst().constFirst().value<ChatResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(output->toPlainText(), answer);
    QVERIFY(send->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(status->text().startsWith(QLatin1String("Answered by tailor-test")));
    QVERIFY(result.promptTokens > 0 && result.completionTokens > 0);
    QCOMPARE(
        page.findChild<QLabel *>(QStringLiteral("chatTokens"))->text(),
        QStringLiteral("%1 prompt + %2 completion").arg(result.promptTokens).arg(result.completionTokens));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("chatTtft"))->text().endsWith(QLatin1String(" ms")));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("chatCached"))->text(), QStringLiteral("no"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("chatRetries"))->text(), QStringLiteral("0"));
    const auto sent = m_server.endpoint()->lastRequest();
    QVERIFY(sent.stream());
    QCOMPARE(sent.lastUserMessage(), QStringLiteral("Say hello"));

    // The request log summary counts the call.
    auto *calls = page.findChild<QLabel *>(QStringLiteral("usageCalls"));
    QTRY_COMPARE(calls->text(), QStringLiteral("1 (1 ok, 0 failed, 0 cancelled, 0 retries)"));
    QCOMPARE(
        page.findChild<QLabel *>(QStringLiteral("usageTokens"))->text(),
        QStringLiteral("%1 prompt + %2 completion").arg(result.promptTokens).arg(result.completionTokens));
}

void TestEndpointsPage::retriedStreamStartsTheAnswerAgain()
{
    // The first stream breaks after "one" and " tw"; the retry streams the whole answer in pieces.
    Rule broken = Rule::streamFaulting(Rule::StreamFault::Close, 3).onlyTimes(1);
    broken.content = QByteArrayLiteral("one two three");
    m_server.endpoint()->addRule(broken);
    m_server.endpoint()->addRule(Rule::reply(QStringLiteral("one two three")).withChunks(4, 80));
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("team-vllm"));
    page.findChild<QTabWidget *>(QStringLiteral("endpointTabs"))->setCurrentIndex(2);
    page.findChild<QCheckBox *>(QStringLiteral("chatStream"))->setChecked(true);
    page.findChild<QPlainTextEdit *>(QStringLiteral("chatUser"))->setPlainText(QStringLiteral("count"));
    auto *panel = page.findChild<ChatPanel *>(QStringLiteral("chatPanel"));
    auto *output = page.findChild<QPlainTextEdit *>(QStringLiteral("chatAnswer"));
    auto *status = page.findChild<QLabel *>(QStringLiteral("chatStatus"));
    // Every state of the answer box, and every status shown, while the call runs.
    QStringList shown;
    QStringList statuses;
    connect(output, &QPlainTextEdit::textChanged, this, [&] { shown.append(output->toPlainText()); });
    QSignalSpy finished(panel, &ChatPanel::chatFinished);
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        if (statuses.isEmpty() || statuses.constLast() != status->text())
            statuses.append(status->text());
    });
    sampler.start(5);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("chatSend")), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    sampler.stop();
    const ChatResult result = finished.constFirst().constFirst().value<ChatResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.retries, 1);
    QCOMPARE(output->toPlainText(), QStringLiteral("one two three"));
    // Never the failed attempt's text followed by the retry's ("one twone two").
    for (const QString &text : std::as_const(shown))
        QVERIFY2(QStringLiteral("one two three").startsWith(text), qPrintable(text));
    // The reason is Qt's: a closed connection or a clean end without [DONE], depending on timing.
    const QString baseUrl = m_server.baseUrl();
    const bool toldOfRetry = std::any_of(statuses.cbegin(), statuses.cend(), [&](const QString &text) {
        return text.startsWith(QLatin1String("Retrying (attempt 2 of 5): ")) && text.contains(baseUrl);
    });
    QVERIFY2(toldOfRetry, qPrintable(statuses.join(QLatin1String(" | "))));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("chatRetries"))->text(), QStringLiteral("1"));
}

void TestEndpointsPage::cancelStopsAHangingRequest()
{
    m_server.endpoint()->addRule(Rule::hang());
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("team-vllm"));
    page.findChild<QTabWidget *>(QStringLiteral("endpointTabs"))->setCurrentIndex(2);
    page.findChild<QPlainTextEdit *>(QStringLiteral("chatUser"))
        ->setPlainText(QStringLiteral("never answered"));
    auto *panel = page.findChild<ChatPanel *>(QStringLiteral("chatPanel"));
    QSignalSpy finished(panel, &ChatPanel::chatFinished);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("chatSend")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(chatRequests(), 1, 10000);
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("chatCancel"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().constFirst().value<ChatResult>().status, ChatStatus::Cancelled);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("chatStatus"))->text(), QStringLiteral("Cancelled."));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("chatSend"))->isEnabled());
    // The endpoint sees the connection go away.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.endpoint()->inFlight(), 0, 5000);
}

void TestEndpointsPage::cacheAnswersRepeatAndClears()
{
    EndpointsPage page(&m_pool);
    auto workspace = openAs(QStringLiteral("alice"));
    QVERIFY(showAndWait(page, workspace));
    fillFromPreset(page, QStringLiteral("team-vllm"));
    QVERIFY(chat(page, QStringLiteral("cache me"), false).ok());
    const ChatResult second = chat(page, QStringLiteral("cache me"), false);
    QVERIFY(second.cached);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("chatCached"))->text(), QStringLiteral("yes"));
    QCOMPARE(chatRequests(), 1);
    // Bypassing the cache asks the endpoint again.
    auto *policy = page.findChild<QComboBox *>(QStringLiteral("chatCachePolicy"));
    policy->setCurrentIndex(policy->findData(QStringLiteral("bypass")));
    QVERIFY(!chat(page, QStringLiteral("cache me"), false).cached);
    QCOMPARE(chatRequests(), 2);

    auto *entries = page.findChild<QLabel *>(QStringLiteral("cacheEntries"));
    QTRY_VERIFY2(entries->text().startsWith(QLatin1String("1 (")), qPrintable(entries->text()));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("clearCacheButton")), Qt::LeftButton);
    QTRY_COMPARE(page.findChild<QLabel *>(QStringLiteral("usageMessage"))->text(),
                 QStringLiteral("Cache cleared; answers removed: 1."));
    QTRY_VERIFY2(entries->text().startsWith(QLatin1String("0 (")), qPrintable(entries->text()));
    AuditFilter filter;
    filter.action = QStringLiteral("llm.cache.clear");
    auto audit = workspace->audit().list(filter);
    QVERIFY(audit);
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().constFirst().operatorName, QStringLiteral("alice"));
    workspace->database().releaseThreadConnection();
}

void TestEndpointsPage::storingAKeyNeverShowsIt()
{
    EndpointsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    fillFromPreset(page, QStringLiteral("keyed"));
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointSecretEnv")),
             QString::fromLatin1(keyVariable));
    typeInto(page.findChild<QLineEdit *>(QStringLiteral("endpointSecretKey")),
             QStringLiteral("tailor-gui-test-entry"));
    auto *store = page.findChild<QPushButton *>(QStringLiteral("storeKeyButton"));
    QVERIFY(store->isEnabled());
    QTest::mouseClick(store, Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<QInputDialog *>(QStringLiteral("storeKeyDialog"))) != nullptr);
    QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
    dialog->setTextValue(secret);
    dialog->accept();

    auto *message = page.findChild<QLabel *>(QStringLiteral("endpointMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !message->text().isEmpty() && !message->text().startsWith(QLatin1String("Storing")), 20000);
    if (message->text().startsWith(QLatin1String("The API key is in the keychain"))) {
        // A keychain is running here after all: take the entry out again.
        QVERIFY(SecretStore().remove(QStringLiteral("tailor-gui-test-entry")).ok());
    } else {
        // The test machine has no Secret Service: the message says which environment variable to use.
        QVERIFY2(message->text().endsWith(
                     QLatin1String("Set the environment variable TAILOR_GUI_TEST_KEY to the API "
                                   "key instead.")),
                 qPrintable(message->text()));
    }
    QCoreApplication::processEvents();
    for (const QString &text : visibleTexts(page))
        QVERIFY2(!text.contains(secret), qPrintable(text));

    // With the key in the environment variable, the chat sends it to the server and still shows it nowhere.
    qputenv(keyVariable.constData(), secret.toLatin1());
    QVERIFY(chat(page, QStringLiteral("authorized?"), false).ok());
    QCOMPARE(m_server.endpoint()->lastRequest().header("Authorization"),
             QByteArray("Bearer ") + secret.toLatin1());
    for (const QString &text : visibleTexts(page))
        QVERIFY2(!text.contains(secret), qPrintable(text));
    qunsetenv(keyVariable.constData());
}

void TestEndpointsPage::statusBarFollowsEndpointsAndTests()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusEndpoint"));
    QCOMPARE(status->text(), QStringLiteral("LLM: not configured"));
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(m_url, MainWindow::OpenMode::OpenExisting);
    QVERIFY(opened.wait(10000));
    QTRY_COMPARE(status->text(), QStringLiteral("LLM: dry-run only"));
    QVERIFY(status->toolTip().contains(QStringLiteral("Settings → LLM endpoints")));

    auto *page = window.findChild<EndpointsPage *>(QStringLiteral("endpointsPage"));
    QVERIFY(page);
    window.showPage(QStringLiteral("settings"));
    window.findChild<SettingsPage *>(QStringLiteral("settingsPage"))->showEndpoints();
    QVERIFY(page->isVisible());
    fillFromPreset(*page, QStringLiteral("team-vllm"));
    saveAndWait(*page);
    QTRY_COMPARE(status->text(), QStringLiteral("LLM: team-vllm (tailor-test)"));
    QVERIFY2(
        status->toolTip().contains(QStringLiteral("team-vllm — vLLM, tailor-test at ") + m_server.baseUrl()),
        qPrintable(status->toolTip()));
    QVERIFY(status->toolTip().contains(QLatin1String("Not tested")));

    QSignalSpy tested(page, &EndpointsPage::connectionTested);
    page->findChild<QTabWidget *>(QStringLiteral("endpointTabs"))->setCurrentIndex(1);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY2(tested.wait(15000),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("testSummary"))->text()));
    QCOMPARE(status->text(), QStringLiteral("LLM: team-vllm (tailor-test) · works"));
    QVERIFY2(status->toolTip().contains(QLatin1String("Last connection test: 'team-vllm' works")),
             qPrintable(status->toolTip()));

    // A failed test of unsaved edits says nothing about the saved endpoint: the status keeps "works".
    m_server.endpoint()->addRule(Rule::error(503, Rule::Dialect::Vllm).onlyTimes(100));
    page->findChild<QSpinBox *>(QStringLiteral("endpointMaxAttempts"))->setValue(1);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QVERIFY(!tested.constLast().constFirst().value<ConnectionReport>().ok());
    QCOMPARE(status->text(), QStringLiteral("LLM: team-vllm (tailor-test) · works"));

    // Saved as tested, the same failure is the endpoint's.
    saveAndWait(*page);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QCOMPARE(status->text(), QStringLiteral("LLM: team-vllm (tailor-test) · test failed"));
}

void TestEndpointsPage::fitsTheDefaultWindowSize()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(m_url, MainWindow::OpenMode::OpenExisting);
    QVERIFY(opened.wait(10000));
    window.showPage(QStringLiteral("settings"));
    window.findChild<SettingsPage *>(QStringLiteral("settingsPage"))->showEndpoints();
    auto *page = window.findChild<EndpointsPage *>(QStringLiteral("endpointsPage"));
    fillFromPreset(*page, QStringLiteral("wide-enough"));
    saveAndWait(*page);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("endpointTabs"));
    auto *form = page->findChild<EndpointForm *>(QStringLiteral("endpointForm"));
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("endpointFormScroll"));
    QVERIFY(tabs && form && scroll);

    // Every tab fits beside the list: the window keeps its size, and the form scrolls down, never sideways.
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), QSize(1200, 760));
    }
    tabs->setCurrentIndex(0);
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    QVERIFY(!form->columnsSideBySide());
    // The list's headers are whole.
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("endpointsTable"));
    QFont bold = table->horizontalHeader()->font();
    bold.setBold(true);
    for (int column = 0; column < table->columnCount(); ++column) {
        const QString header = table->horizontalHeaderItem(column)->text();
        QVERIFY2(table->columnWidth(column) >= QFontMetrics(bold).horizontalAdvance(header),
                 qPrintable(header));
    }

    // A wider window puts the request defaults and the limits side by side, still without sideways scrolling.
    window.resize(1800, 900);
    QTRY_VERIFY(form->columnsSideBySide());
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    window.resize(1200, 760);
    QTRY_VERIFY(!form->columnsSideBySide());
}

QTEST_MAIN(TestEndpointsPage)
#include "tst_endpointspage.moc"
