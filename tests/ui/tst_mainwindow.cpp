// MainWindow: pages, status bar, opening workspaces (and failing to), recent workspaces, window state, and
// the default size holding in every language with a prompt open.
#include "appstyle.h"
#include "llm/endpointconfig.h"
#include "prompts/promptspage.h"
#include "prompts/prompttreemodel.h"
#include "prompts/promptversionmodel.h"
#include "settings/endpointspage.h"
#include "settings/settings.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "storage/databaseurl.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace tailor;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sidebarSwitchesToEveryPage();
    void statusBarNamesWorkspaceOperatorAndEndpoint();
    void pagesSayNoWorkspaceIsOpen();
    void nonSqliteFileKeepsPreviousWorkspace();
    void unreachablePostgresKeepsPreviousWorkspace();
    void newerOpenWinsOverStaleFailure();
    void openingRemembersRecentAndLastWorkspace();
    void clearingRecentListDisablesMenu();
    void restoresGeometryAndPage();
    void aboutBoxNamesOnlyWhatIsBuilt();
    // Last: it applies Tailor's style to the whole application, as the GUI does.
    void keepsTheDefaultWidthWithAPromptOpen_data();
    void keepsTheDefaultWidthWithAPromptOpen();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    DatabaseUrl createWorkspace(const QString &name);
    bool openAndWait(MainWindow &window, const DatabaseUrl &url);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("TAILOR_OPERATOR");
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(path(QStringLiteral("settings.ini")));
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

DatabaseUrl TestMainWindow::createWorkspace(const QString &name)
{
    const DatabaseUrl url = DatabaseUrl::sqliteFile(path(name));
    auto created = Workspace::init(url, QStringLiteral("alice"));
    if (!created)
        qWarning() << created.error().message;
    return url;
}

bool TestMainWindow::openAndWait(MainWindow &window, const DatabaseUrl &url)
{
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(url, MainWindow::OpenMode::OpenExisting);
    return opened.wait(10000);
}

void TestMainWindow::sidebarSwitchesToEveryPage()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    window.show();
    QVERIFY(openAndWait(window, createWorkspace(QStringLiteral("w.tailor"))));

    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(sidebar);
    QVERIFY(pages);
    const QStringList expected = {QStringLiteral("Profiles"),    QStringLiteral("Prompts"),
                                  QStringLiteral("Experiments"), QStringLiteral("Metrics"),
                                  QStringLiteral("Releases"),    QStringLiteral("Settings")};
    QCOMPARE(sidebar->count(), expected.size());
    // Visit in reverse so every row, including the first, is a real change.
    for (int row = sidebar->count() - 1; row >= 0; --row) {
        sidebar->setCurrentRow(row);
        QCOMPARE(pages->currentIndex(), row);
        QCOMPARE(sidebar->item(row)->text(), expected.at(row));
        auto *title = pages->currentWidget()->findChild<QLabel *>(QStringLiteral("pageTitle"));
        QVERIFY2(title, qPrintable(expected.at(row)));
        QCOMPARE(title->text(), expected.at(row));
        QVERIFY(title->isVisible());
    }
    // By id, as tests and later pages ask for one.
    QVERIFY(window.showPage(QStringLiteral("settings")));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("settingsPage"));
    QCOMPARE(sidebar->currentRow(), sidebar->count() - 1);
    QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("settingsPage"));
    // Pages for areas that are not built yet offer nothing to click.
    for (const QString &id :
         {QStringLiteral("experiments"), QStringLiteral("metrics"), QStringLiteral("releases")}) {
        QWidget *page = pages->findChild<QWidget *>(id + QStringLiteral("Page"));
        QVERIFY2(page, qPrintable(id));
        QVERIFY(page->findChildren<QAbstractButton *>().isEmpty());
        bool saysLater = false;
        for (QLabel *label : page->findChildren<QLabel *>())
            saysLater = saysLater || label->text().contains(QLatin1String("later version of Tailor"));
        QVERIFY2(saysLater, qPrintable(id));
    }
}

void TestMainWindow::statusBarNamesWorkspaceOperatorAndEndpoint()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    window.show();
    const DatabaseUrl url = createWorkspace(QStringLiteral("w.tailor"));
    QVERIFY(openAndWait(window, url));

    auto *workspace = window.findChild<QLabel *>(QStringLiteral("statusWorkspace"));
    auto *operatorLabel = window.findChild<QLabel *>(QStringLiteral("statusOperator"));
    auto *endpoint = window.findChild<QLabel *>(QStringLiteral("statusEndpoint"));
    QVERIFY(workspace && operatorLabel && endpoint);
    QCOMPARE(workspace->text(), QStringLiteral("w.tailor"));
    QCOMPARE(workspace->toolTip(), url.toString());
    QVERIFY2(operatorLabel->text().contains(QLatin1String("alice")), qPrintable(operatorLabel->text()));
    QVERIFY2(operatorLabel->text().contains(QLatin1String("admin")), qPrintable(operatorLabel->text()));
    QTRY_COMPARE(endpoint->text(), QStringLiteral("LLM: dry-run only"));
    QCOMPARE(window.windowTitle(), QStringLiteral("w.tailor — Tailor"));
}

void TestMainWindow::pagesSayNoWorkspaceIsOpen()
{
    MainWindow window(*m_settings);
    window.show();
    auto *workspace = window.findChild<QLabel *>(QStringLiteral("statusWorkspace"));
    QCOMPARE(workspace->text(), QStringLiteral("No workspace open"));
    QVERIFY(!window.workspace());

    auto *profiles = window.findChild<QWidget *>(QStringLiteral("profilesPage"));
    auto *notice = profiles->findChild<QLabel *>(QStringLiteral("emptyNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisibleTo(profiles));
    QVERIFY(notice->text().contains(QLatin1String("No workspace open")));

    QVERIFY(openAndWait(window, createWorkspace(QStringLiteral("w.tailor"))));
    QVERIFY(!notice->isVisibleTo(profiles));
}

void TestMainWindow::nonSqliteFileKeepsPreviousWorkspace()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    window.show();
    QVERIFY(openAndWait(window, createWorkspace(QStringLiteral("w.tailor"))));
    const std::shared_ptr<Workspace> before = window.workspace();
    QVERIFY(before);

    QFile bad(path(QStringLiteral("hello.tailor")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("hello");
    bad.close();

    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(DatabaseUrl::sqliteFile(bad.fileName()), MainWindow::OpenMode::OpenExisting);
    QVERIFY(failed.wait(10000));
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QLatin1String("not an SQLite database")), qPrintable(message));
    QVERIFY(opened.isEmpty());

    // The user sees the same message in an error box; the old workspace stays open.
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->icon(), QMessageBox::Critical);
    QCOMPARE(box->text(), message);
    box->close();

    QCOMPARE(window.workspace(), before);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusWorkspace"))->text(),
             QStringLiteral("w.tailor"));
    QCOMPARE(window.windowTitle(), QStringLiteral("w.tailor — Tailor"));
    QCOMPARE(m_settings->lastWorkspace(), before->url().toString());
    QVERIFY(!m_settings->recentWorkspaces().contains(DatabaseUrl::sqliteFile(bad.fileName()).toString()));
}

void TestMainWindow::unreachablePostgresKeepsPreviousWorkspace()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QString());
    QVERIFY(openAndWait(window, createWorkspace(QStringLiteral("w.tailor"))));
    const std::shared_ptr<Workspace> before = window.workspace();

    // Nothing listens on port 1, so the connection is refused at once.
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/tailor"));
    QVERIFY(url);
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    window.openWorkspace(url.value(), MainWindow::OpenMode::OpenExisting);
    QVERIFY(failed.wait(15000));
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QLatin1String("Cannot connect to PostgreSQL")), qPrintable(message));
    QCOMPARE(window.workspace(), before);
    QCOMPARE(m_settings->lastWorkspace(), before->url().toString());
}

void TestMainWindow::newerOpenWinsOverStaleFailure()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    const DatabaseUrl good = createWorkspace(QStringLiteral("w.tailor"));
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(DatabaseUrl::sqliteFile(path(QStringLiteral("missing.tailor"))),
                         MainWindow::OpenMode::OpenExisting);
    window.openWorkspace(good, MainWindow::OpenMode::OpenExisting);
    QVERIFY(opened.wait(10000));
    QTest::qWait(200);
    QVERIFY(failed.isEmpty());
    QCOMPARE(window.workspace()->url(), good);
}

void TestMainWindow::openingRemembersRecentAndLastWorkspace()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QVERIFY(!recent->menuAction()->isEnabled());

    const DatabaseUrl first = createWorkspace(QStringLiteral("first.tailor"));
    const DatabaseUrl second = createWorkspace(QStringLiteral("second.tailor"));
    QVERIFY(openAndWait(window, first));
    QVERIFY(openAndWait(window, second));
    QCOMPARE(m_settings->lastWorkspace(), second.toString());
    QCOMPARE(m_settings->recentWorkspaces(), QStringList({second.toString(), first.toString()}));
    QVERIFY(recent->menuAction()->isEnabled());
    QCOMPARE(recent->actions().constFirst()->text(), second.toString());

    // Choosing an entry opens that workspace.
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    recent->actions().at(1)->trigger();
    QVERIFY(opened.wait(10000));
    QCOMPARE(window.workspace()->url(), first);
}

void TestMainWindow::clearingRecentListDisablesMenu()
{
    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    QVERIFY(openAndWait(window, createWorkspace(QStringLiteral("w.tailor"))));
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QAction *clear = recent->actions().constLast();
    QCOMPARE(clear->text(), QStringLiteral("&Clear list"));
    clear->trigger();
    QVERIFY(m_settings->recentWorkspaces().isEmpty());
    QVERIFY(!recent->menuAction()->isEnabled());
}

void TestMainWindow::restoresGeometryAndPage()
{
    QRect geometry;
    {
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(60, 70, 1010, 690);
        window.findChild<QListWidget *>(QStringLiteral("sidebar"))->setCurrentRow(3);
        QTRY_COMPARE(window.geometry().size(), QSize(1010, 690));
        geometry = window.geometry();
        QVERIFY(window.close());
    }
    QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
    QCOMPARE(m_settings->currentPage(), QStringLiteral("metrics"));

    Settings reread(m_settings->fileName());
    MainWindow window(reread);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.geometry(), geometry);
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("metricsPage"));
}

void TestMainWindow::aboutBoxNamesOnlyWhatIsBuilt()
{
    MainWindow window(*m_settings);
    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QLatin1String("&About Tailor"))
            about = action;
    QVERIFY(about);
    QString text;
    QTimer::singleShot(0, &window, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        text = box->text();
        box->accept();
    });
    about->trigger();
    QVERIFY2(text.contains(QLatin1String("imports interaction data")), qPrintable(text));
    // Experiments, feedback and releases are not built yet: the box does not claim them.
    for (const char *unbuilt : {"compare them", "feedback", "release", "approver"})
        QVERIFY2(!text.contains(QLatin1String(unbuilt)), unbuilt);
}

void TestMainWindow::keepsTheDefaultWidthWithAPromptOpen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// At the default size, in a longer language too, every page fits (the window does not grow once their
// contents load) and the Prompts page shows what matters of an open prompt: whole names in the tree and
// each version's message.
void TestMainWindow::keepsTheDefaultWidthWithAPromptOpen()
{
    QFETCH(QString, language);
    AppStyle::apply(*qApp);
    // The translations tailor embeds; widgets take their texts when they are made.
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QLocale(language), QStringLiteral("tailor"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    const DatabaseUrl url = createWorkspace(QStringLiteral("w.tailor"));
    const QString name = QStringLiteral("candidate-ranking");
    {
        // A prompt in use: a second version, labels on both; and an endpoint besides the dry run.
        auto workspace = Workspace::open(url, Workspace::OpenOptions{true, QStringLiteral("alice")});
        QVERIFY(workspace);
        PromptRegistry &prompts = workspace.value()->prompts();
        const QString text = prompts.resolve(name)->content + QStringLiteral("Answer in JSON only.\n");
        QVERIFY(prompts.save(name, 1, text, QStringLiteral("Name the platform; stricter wording")));
        QVERIFY(prompts.moveLabel(name, QStringLiteral("production"), 1, QStringLiteral("A/B against v1")));
        QVERIFY(prompts.moveLabel(name, QStringLiteral("candidate"), 2, QStringLiteral("A/B against v1")));
        EndpointConfig vllm = EndpointConfig::preset(EndpointProvider::Vllm, QStringLiteral("team-vllm"));
        vllm.baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
        vllm.model = QStringLiteral("meta-llama/Llama-3.1-8B-Instruct");
        QVERIFY(workspace.value()->endpoints().save(vllm));
    }

    MainWindow window(*m_settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, url));
    // Every page once, as a user looking around does; Settings shows its endpoints.
    for (const char *id : {"profiles", "prompts", "experiments", "metrics", "releases", "settings"}) {
        QVERIFY(window.showPage(QLatin1String(id)));
        QTest::qWait(20);
    }
    auto *settings = window.findChild<SettingsPage *>(QStringLiteral("settingsPage"));
    settings->showEndpoints();
    auto *endpoints = window.findChild<EndpointsPage *>(QStringLiteral("endpointsPage"));
    QTRY_VERIFY(!endpoints->currentEndpoint().isEmpty());
    endpoints->selectEndpoint(QStringLiteral("team-vllm"));
    QTest::qWait(20);

    QVERIFY(window.showPage(QStringLiteral("prompts")));
    auto *page = window.findChild<PromptsPage *>(QStringLiteral("promptsPage"));
    QTRY_VERIFY(page->treeModel()->promptCount() > 0);
    QSignalSpy loaded(page, &PromptsPage::promptLoaded);
    QSignalSpy diffShown(page, &PromptsPage::diffShown);
    page->selectPrompt(name);
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!diffShown.isEmpty());
    QTest::qWait(50);

    // The tabs once each: the window keeps its width, and the tree its share, whichever was shown.
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("promptTabs"));
    for (int tab = tabs->count() - 1; tab >= 0; --tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(20);
    }

    QVERIFY2(window.minimumSizeHint().width() <= 1200,
             qPrintable(QStringLiteral("minimum width %1").arg(window.minimumSizeHint().width())));
    QCOMPARE(window.width(), 1200);

    // Each version's message has room beside the version, author, time and labels, all in view.
    auto *versions = page->findChild<QTableView *>(QStringLiteral("versionTable"));
    QVERIFY(versions->isVisible());
    auto *columns = versions->horizontalHeader();
    const int message = columns->sectionSize(PromptVersionModel::MessageColumn);
    QVERIFY2(message >= 150, qPrintable(QStringLiteral("message column %1 px").arg(message)));
    QVERIFY(columns->sectionViewportPosition(PromptVersionModel::LabelsColumn) +
                columns->sectionSize(PromptVersionModel::LabelsColumn) <=
            versions->viewport()->width());

    // The tree shows the shipped names whole (the longest one cut at its end).
    auto *tree = page->findChild<QTreeView *>(QStringLiteral("promptTree"));
    const QString shipped = QStringLiteral("item-description-recommendation");
    const QModelIndex index = qobject_cast<QSortFilterProxyModel *>(tree->model())
                                  ->mapFromSource(page->treeModel()->indexOfPrompt(shipped));
    QVERIFY(index.isValid());
    const int needed = QFontMetrics(tree->font()).horizontalAdvance(shipped) + tree->iconSize().width();
    QVERIFY2(tree->visualRect(index).width() >= needed,
             qPrintable(QStringLiteral("%1 px for %2 px").arg(tree->visualRect(index).width()).arg(needed)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
