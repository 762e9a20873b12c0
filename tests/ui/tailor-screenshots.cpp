// tailor-screenshots [--language LANG] DIR: renders the main window at 1200x760 on every page, with and
// without a workspace, the LLM endpoints tab (configuration, a connection test and a streamed chat against
// the scripted test endpoint), the Move label dialog, the Profiles page on a synthetic demo workspace with a
// user selected, its import dialog's column mapping, plus the PostgreSQL dialog, into PNG files in DIR. Run
// it with QT_QPA_PLATFORM=offscreen and look at them. Without --language it shows the untranslated (English)
// texts whatever the system locale; with
// --language de or --language zh_CN it installs that translation, as tailor does for its Language setting.
#include "appstyle.h"
#include "profiles/demoworkspace.h"
#include "profiles/profileimportdialog.h"
#include "profiles/profilespage.h"
#include "prompts/movelabeldialog.h"
#include "prompts/promptspage.h"
#include "settings/chatpanel.h"
#include "settings/endpointspage.h"
#include "settings/settings.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "shell/postgresdialog.h"
#include "testendpoint.h"
#include "testendpointthread.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

using namespace tailor;

namespace {

// The size every main-window shot is taken at, the default window size.
const QSize WindowSize(1200, 760);

// The chain of visible widgets with the widest minimum, from `root` down: where a window's width comes from.
QString widestMinimumChain(const QWidget *root)
{
    QStringList chain;
    for (const QWidget *widget = root; widget;) {
        chain << QStringLiteral("%1#%2 (%3 px)")
                     .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
                     .arg(qMax(widget->minimumSizeHint().width(), widget->minimumWidth()));
        const QWidget *widest = nullptr;
        int width = 0;
        for (const QObject *object : widget->children()) {
            const auto *child = qobject_cast<const QWidget *>(object);
            if (!child || child->isWindow() ||
                (child->isHidden() && !qobject_cast<const QStackedWidget *>(widget)))
                continue;
            const int minimum = qMax(child->minimumSizeHint().width(), child->minimumWidth());
            if (minimum > width) {
                width = minimum;
                widest = child;
            }
        }
        widget = widest;
    }
    return chain.join(QStringLiteral(" > "));
}

bool save(QWidget &widget, const QDir &out, const QString &name)
{
    QCoreApplication::processEvents();
    // A page whose minimum is wider or taller than the default size makes the window grow past it: that page
    // is cut for anyone on a smaller screen, so it fails the run rather than slip into a shot.
    if (qobject_cast<MainWindow *>(&widget) && widget.size() != WindowSize) {
        QTextStream(stderr) << name << ": the window grew to " << widget.width() << "x" << widget.height()
                            << " from " << WindowSize.width() << "x" << WindowSize.height()
                            << "; the widest minimums: " << widestMinimumChain(&widget) << Qt::endl;
        return false;
    }
    const QString file = out.filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(file)) {
        QTextStream(stderr) << "cannot write " << file << Qt::endl;
        return false;
    }
    QTextStream(stdout) << file << Qt::endl;
    return true;
}

bool shootPages(MainWindow &window, const QDir &out, const QString &prefix)
{
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        if (!save(window, out, prefix + sidebar->item(row)->data(Qt::UserRole).toString()))
            return false;
    }
    return true;
}

// The Prompts page with the ranking prompt open: the editor, the preview and the diff of its two versions.
bool shootPrompts(MainWindow &window, PromptsPage &page, const QDir &out)
{
    window.showPage(QStringLiteral("prompts"));
    QSignalSpy loaded(&page, &PromptsPage::promptLoaded);
    QSignalSpy diffShown(&page, &PromptsPage::diffShown);
    page.selectPrompt(QStringLiteral("candidate-ranking"));
    if (!loaded.wait(10000) || !QTest::qWaitFor([&diffShown] { return !diffShown.isEmpty(); }, 10000))
        return false;
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("promptTabs"));
    tabs->setCurrentIndex(0);
    if (!save(window, out, QStringLiteral("prompts-edit")))
        return false;
    tabs->setCurrentIndex(1);
    if (!save(window, out, QStringLiteral("prompts-preview")))
        return false;
    tabs->setCurrentIndex(2);
    if (!save(window, out, QStringLiteral("prompts-diff")))
        return false;
    // An undeclared variable, as the editor shows it.
    tabs->setCurrentIndex(0);
    auto *editor = page.findChild<QPlainTextEdit *>(QStringLiteral("templateEditor"));
    QSignalSpy diagnosed(&page, &PromptsPage::diagnosticsUpdated);
    editor->setPlainText(editor->toPlainText().replace(QStringLiteral("Only rank the given candidates.\n"),
                                                       QStringLiteral("Mind {{user_mood}}.\n")));
    if (!diagnosed.wait(5000) || !save(window, out, QStringLiteral("prompts-diagnostics")))
        return false;
    return true;
}

// Settings → LLM endpoints with a saved endpoint on the scripted test endpoint: its configuration, a passed
// connection test, and a streamed chat with its accounting.
bool shootEndpoints(MainWindow &window, const QDir &out)
{
    window.showPage(QStringLiteral("settings"));
    window.findChild<SettingsPage *>(QStringLiteral("settingsPage"))->showEndpoints();
    auto *page = window.findChild<EndpointsPage *>(QStringLiteral("endpointsPage"));
    auto *usage = window.findChild<QLabel *>(QStringLiteral("usageCalls"));
    if (!QTest::qWaitFor([page] { return !page->currentEndpoint().isEmpty(); }, 10000) ||
        !QTest::qWaitFor([usage] { return usage->text() != QLatin1String("—"); }, 10000))
        return false;
    page->selectEndpoint(QStringLiteral("team-vllm"));
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("endpointTabs"));
    tabs->setCurrentIndex(0);
    if (!save(window, out, QStringLiteral("settings-endpoints")))
        return false;

    tabs->setCurrentIndex(1);
    QSignalSpy tested(page, &EndpointsPage::connectionTested);
    page->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->click();
    if (!tested.wait(10000) || !save(window, out, QStringLiteral("settings-endpoints-test")))
        return false;

    tabs->setCurrentIndex(2);
    auto *chat = page->findChild<ChatPanel *>(QStringLiteral("chatPanel"));
    page->findChild<QPlainTextEdit *>(QStringLiteral("chatSystem"))
        ->setPlainText(QStringLiteral("You are a movie recommender. Answer in one sentence."));
    page->findChild<QPlainTextEdit *>(QStringLiteral("chatUser"))
        ->setPlainText(QStringLiteral("I liked Alien and Blade Runner. What should I watch next?"));
    QSignalSpy finished(chat, &ChatPanel::chatFinished);
    page->findChild<QPushButton *>(QStringLiteral("chatSend"))->click();
    auto *answer = page->findChild<QPlainTextEdit *>(QStringLiteral("chatAnswer"));
    if (!QTest::qWaitFor([answer] { return answer->toPlainText().size() > 20; }, 10000) ||
        !save(window, out, QStringLiteral("settings-endpoints-chat-streaming")))
        return false;
    if (!finished.wait(10000) ||
        !QTest::qWaitFor([usage] { return usage->text().startsWith(QLatin1Char('2')); }, 10000))
        return false;
    if (!save(window, out, QStringLiteral("settings-endpoints-chat")))
        return false;

    // A new Azure OpenAI endpoint with a temperature out of range: the API version field and core's message.
    page->newFromPreset(EndpointProvider::AzureOpenAi);
    auto *temperature = page->findChild<QLineEdit *>(QStringLiteral("endpointTemperature"));
    QTest::keyClicks(temperature, QStringLiteral("3"));
    return save(window, out, QStringLiteral("settings-endpoints-new-azure"));
}

// The Profiles page on a synthetic demo workspace, with a user selected: the table, the detail pane with
// masked attributes, the interest chart and the latest interactions.
bool shootProfiles(MainWindow &window, const QDir &workspaceDir, const QDir &out)
{
    DemoOptions options;
    options.users = 1500;
    options.items = 400;
    options.ratings = 60000;
    const DatabaseUrl url = DatabaseUrl::sqliteFile(workspaceDir.filePath(QStringLiteral("demo.tailor")));
    if (auto created = DemoWorkspace::create(url, QStringLiteral("alice"), options); !created) {
        QTextStream(stderr) << created.error().message << Qt::endl;
        return false;
    }
    auto *page = window.findChild<ProfilesPage *>(QStringLiteral("profilesPage"));
    QSignalSpy loaded(page, &ProfilesPage::profilesLoaded);
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(url, MainWindow::OpenMode::OpenExisting);
    if (!opened.wait(10000) || (loaded.isEmpty() && !loaded.wait(10000)))
        return false;
    window.showPage(QStringLiteral("profiles"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("profileTable"));
    QSignalSpy detail(page, &ProfilesPage::detailLoaded);
    table->setCurrentIndex(table->model()->index(2, 0));
    if (!detail.wait(10000))
        return false;
    if (!save(window, out, QStringLiteral("profiles-page")))
        return false;
    // The rest of the detail pane: the activity timeline and the latest interactions.
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("detailScroll"));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    const bool saved = save(window, out, QStringLiteral("profiles-page-activity"));
    scroll->verticalScrollBar()->setValue(0);
    return saved;
}

// The import dialog on a generic CSV of interactions whose column names Tailor cannot guess: first as it
// opens (the inline message, Import disabled), then with the columns mapped (the preview's header follows).
bool shootImportDialog(MainWindow &window, const QDir &workspaceDir, const QDir &out)
{
    const QString path = workspaceDir.filePath(QStringLiteral("clicks.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("who,what,when,action,device\n");
    for (int row = 0; row < 30; ++row)
        file.write(QStringLiteral("user-%1,item-%2,2024-%3-%4T10:%5:00Z,%6,%7\n")
                       .arg(row % 7)
                       .arg(row * 13 % 40)
                       .arg(1 + row % 12, 2, 10, QLatin1Char('0'))
                       .arg(1 + row % 28, 2, 10, QLatin1Char('0'))
                       .arg(row % 60, 2, 10, QLatin1Char('0'))
                       .arg(row % 3 == 0 ? QStringLiteral("purchase") : QStringLiteral("view"))
                       .arg(row % 2 == 0 ? QStringLiteral("phone") : QStringLiteral("desktop"))
                       .toUtf8());
    file.close();
    auto *page = window.findChild<ProfilesPage *>(QStringLiteral("profilesPage"));
    page->openImportDialog();
    auto *dialog = page->findChild<ProfileImportDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    QSignalSpy previewed(dialog, &ProfileImportDialog::previewUpdated);
    dialog->findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(path);
    if (!previewed.wait(10000) || !save(*dialog, out, QStringLiteral("profile-import-unmapped")))
        return false;
    const QList<std::pair<const char *, const char *>> choices = {
        {"mapUser", "who"}, {"mapItem", "what"}, {"mapTimestamp", "when"}, {"mapKind", "action"}};
    for (const auto &[combo, column] : choices) {
        auto *box = dialog->findChild<QComboBox *>(QLatin1String(combo));
        box->setCurrentIndex(box->findData(QLatin1String(column)));
        emit box->activated(box->currentIndex());
        if (!previewed.wait(10000))
            return false;
    }
    if (!save(*dialog, out, QStringLiteral("profile-import-mapped")))
        return false;

    // Users: id and consent mapped, the other columns kept as attributes, e-mail marked personal.
    const QString usersPath = workspaceDir.filePath(QStringLiteral("customers.csv"));
    QFile users(usersPath);
    if (!users.open(QIODevice::WriteOnly))
        return false;
    users.write("customer,opt_in,email,city,plan,signup\n");
    for (int row = 0; row < 12; ++row)
        users.write(QStringLiteral("c-%1,%2,c%1@example.org,%3,%4,2023-%5-01\n")
                        .arg(row)
                        .arg(row % 4 == 0 ? QStringLiteral("no") : QStringLiteral("yes"))
                        .arg(row % 2 == 0 ? QStringLiteral("Lyon") : QStringLiteral("Graz"))
                        .arg(row % 3 == 0 ? QStringLiteral("pro") : QStringLiteral("free"))
                        .arg(1 + row % 12, 2, 10, QLatin1Char('0'))
                        .toUtf8());
    users.close();
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("importTarget"));
    target->setCurrentIndex(target->findData(int(ImportTarget::Users)));
    dialog->findChild<QLineEdit *>(QStringLiteral("importPath"))->setText(usersPath);
    if (!previewed.wait(10000))
        return false;
    for (const auto &[combo, column] :
         QList<std::pair<const char *, const char *>>{{"mapUserId", "customer"}, {"mapConsent", "opt_in"}}) {
        auto *box = dialog->findChild<QComboBox *>(QLatin1String(combo));
        box->setCurrentIndex(box->findData(QLatin1String(column)));
        emit box->activated(box->currentIndex());
        if (!previewed.wait(10000))
            return false;
    }
    auto *attributes = dialog->findChild<QTableWidget *>(QStringLiteral("attributeColumns"));
    attributes->item(0, 2)->setCheckState(Qt::Checked);
    if (!previewed.wait(10000))
        return false;
    const bool saved = save(*dialog, out, QStringLiteral("profile-import-users"));
    dialog->close();
    return saved;
}

// Like tailor's main: Qt's own texts from the Qt installation, Tailor's from the embedded :/i18n.
bool installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *tailor = new QTranslator(&app);
    if (!tailor->load(locale, QStringLiteral("tailor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QTextStream(stderr) << "no translation for " << language << " in :/i18n" << Qt::endl;
        return false;
    }
    QCoreApplication::installTranslator(tailor);
    // A translation without the glyphs to show it renders as boxes: say so rather than save such shots.
    const QLocale::Script script = locale.script();
    if (script == QLocale::SimplifiedHanScript || script == QLocale::TraditionalHanScript) {
        const auto system = script == QLocale::SimplifiedHanScript ? QFontDatabase::SimplifiedChinese
                                                                   : QFontDatabase::TraditionalChinese;
        if (QFontDatabase::families(system).isEmpty()) {
            QTextStream(stderr) << "no font with Chinese glyphs is installed (Debian: fonts-wqy-microhei)"
                                << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language;
    if (arguments.size() == 3 && arguments.constFirst() == QLatin1String("--language")) {
        language = arguments.at(1);
        arguments = arguments.mid(2);
    }
    if (arguments.size() != 1) {
        QTextStream(stderr) << "usage: tailor-screenshots [--language LANG] DIR" << Qt::endl;
        return 2;
    }
    if (!language.isEmpty() && !installTranslations(app, language))
        return 1;
    QStandardPaths::setTestModeEnabled(true);
    AppStyle::apply(app);
    QApplication::setWindowIcon(AppStyle::icon(QStringLiteral("tailor")));
    const QDir out(arguments.constFirst());
    if (!QDir().mkpath(out.absolutePath()))
        return 1;

    tailor::test::TestEndpointThread server;
    if (!server.start()) {
        QTextStream(stderr) << server.errorString() << Qt::endl;
        return 1;
    }
    server.endpoint()->setModels(
        {QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct")});
    server.endpoint()->setDefaultLatency(40);
    server.endpoint()->addRule(
        tailor::test::Rule::reply(QStringLiteral("Try Ex Machina: a tense, thoughtful science-fiction film "
                                                 "with the same questions about what makes us human."))
            .onlyStreaming(true)
            .withChunks(12, 60));

    QTemporaryDir dir;
    const DatabaseUrl url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("recommendations.tailor")));
    {
        auto workspace = Workspace::init(url, QStringLiteral("alice"));
        if (!workspace) {
            QTextStream(stderr) << workspace.error().message << Qt::endl;
            return 1;
        }
        auto &operators = workspace.value()->operators();
        for (const auto &[name, role] : {std::pair{QStringLiteral("bob"), Role::Analyst},
                                         std::pair{QStringLiteral("carol"), Role::Approver},
                                         std::pair{QStringLiteral("dave"), Role::Editor}}) {
            if (auto granted = operators.grant(name, role); !granted) {
                QTextStream(stderr) << granted.error().message << Qt::endl;
                return 1;
            }
        }
        // Two endpoints besides the built-in dry run: a team vLLM server (the scripted endpoint here) and
        // OpenAI.
        EndpointConfig vllm = EndpointConfig::preset(EndpointProvider::Vllm, QStringLiteral("team-vllm"));
        vllm.baseUrl = server.baseUrl();
        vllm.model = QStringLiteral("meta-llama/Llama-3.1-8B-Instruct");
        vllm.streaming = true;
        vllm.parameters.temperature = 0.2;
        vllm.parameters.maxTokens = 512;
        vllm.pricePer1kInput = 0.0002;
        vllm.pricePer1kOutput = 0.0006;
        EndpointConfig openAi = EndpointConfig::preset(EndpointProvider::OpenAi);
        for (const EndpointConfig &endpoint : {vllm, openAi}) {
            if (auto saved = workspace.value()->endpoints().save(endpoint); !saved) {
                QTextStream(stderr) << saved.error().message << Qt::endl;
                return 1;
            }
        }
        // A second version of the ranking prompt with a one-word change and a new input, and labels on both,
        // so the Prompts shots have versions, labels, history and a diff to show.
        auto &prompts = workspace.value()->prompts();
        const QString name = QStringLiteral("candidate-ranking");
        QString text = prompts.resolve(name)->content;
        text.replace(QStringLiteral("You are a recommender system."),
                     QStringLiteral("You are a ranking system."));
        text.replace(
            QStringLiteral("template: mustache"),
            QStringLiteral("  platform:\n    type: string\n    description: Where the user watches.\n"
                           "    sample: StreamFlix\ntemplate: mustache"));
        text.replace(QStringLiteral("I have watched the following movies"),
                     QStringLiteral("On {{platform}} I have watched the following movies"));
        auto saved = prompts.save(name, 1, text, QStringLiteral("Name the platform; stricter wording"));
        if (!saved) {
            QTextStream(stderr) << saved.error().message << Qt::endl;
            return 1;
        }
        for (const auto &[label, version] :
             {std::pair{QStringLiteral("production"), 1}, std::pair{QStringLiteral("candidate"), 2}}) {
            if (auto moved = prompts.moveLabel(name, label, version, QStringLiteral("A/B against v1"));
                !moved) {
                QTextStream(stderr) << moved.error().message << Qt::endl;
                return 1;
            }
        }
    }

    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    window.resize(WindowSize);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    window.openWorkspace(url, MainWindow::OpenMode::OpenExisting);
    if (!opened.wait(10000))
        return 1;
    auto *audit = window.findChild<QTableWidget *>(QStringLiteral("auditTable"));
    if (!QTest::qWaitFor([audit] { return audit->rowCount() > 0; }, 10000))
        return 1;
    auto *result = window.findChild<QLabel *>(QStringLiteral("auditResult"));
    // Copy anchor, paste it back as an anchor to check, and verify: the page then shows both.
    window.findChild<QPushButton *>(QStringLiteral("copyAnchorButton"))->click();
    if (!QTest::qWaitFor([] { return !QGuiApplication::clipboard()->text().isEmpty(); }, 10000))
        return 1;
    auto *anchors = window.findChild<QLineEdit *>(QStringLiteral("anchorsInput"));
    anchors->setText(QGuiApplication::clipboard()->text());
    window.findChild<QPushButton *>(QStringLiteral("verifyAuditButton"))->click();
    const QString intact =
        QCoreApplication::translate("tailor::SettingsPage", "The audit log is intact; entries checked: %1.")
            .section(QStringLiteral("%1"), 0, 0);
    if (!QTest::qWaitFor([result, intact] { return result->text().contains(intact); }, 10000))
        return 1;

    auto *promptsPage = window.findChild<PromptsPage *>(QStringLiteral("promptsPage"));
    auto *promptCount = window.findChild<QLabel *>(QStringLiteral("promptCount"));
    if (!QTest::qWaitFor([promptCount] { return !promptCount->text().isEmpty(); }, 10000))
        return 1;
    if (!shootPages(window, out, QStringLiteral("main-")))
        return 1;
    if (!shootPrompts(window, *promptsPage, out))
        return 1;
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    sidebar->setCurrentRow(sidebar->count() - 1); // Settings, on its Workspace tab
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    if (!save(window, out, QStringLiteral("main-settings-bottom")))
        return 1;
    // An anchor that no longer matches next to one that does, as after a rewritten log.
    const QString head = anchors->text();
    anchors->setText(head + QLatin1Char(' ') + head.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':') +
                     QString(64, QLatin1Char('0')));
    window.findChild<QPushButton *>(QStringLiteral("verifyAuditButton"))->click();
    const QString mismatch =
        QCoreApplication::translate("tailor::SettingsPage", "Anchor %1 does not match: %2")
            .section(QStringLiteral("%1"), 1, 1)
            .section(QStringLiteral("%2"), 0, 0);
    if (!QTest::qWaitFor([result, mismatch] { return result->text().contains(mismatch); }, 10000))
        return 1;
    scroll->verticalScrollBar()->setValue(0);
    if (!save(window, out, QStringLiteral("settings-audit-anchors")))
        return 1;
    if (!shootEndpoints(window, out))
        return 1;
    if (!shootProfiles(window, QDir(dir.path()), out))
        return 1;
    if (!shootImportDialog(window, QDir(dir.path()), out))
        return 1;

    Settings emptySettings(dir.filePath(QStringLiteral("empty.ini")));
    MainWindow empty(emptySettings);
    empty.resize(WindowSize);
    empty.show();
    if (!QTest::qWaitForWindowExposed(&empty) || !shootPages(empty, out, QStringLiteral("noworkspace-")))
        return 1;

    QFile notSqlite(dir.filePath(QStringLiteral("notes.tailor")));
    if (!notSqlite.open(QIODevice::WriteOnly) || notSqlite.write("hello") != 5)
        return 1;
    notSqlite.close();
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    window.openWorkspace(DatabaseUrl::sqliteFile(notSqlite.fileName()), MainWindow::OpenMode::OpenExisting);
    if (!failed.wait(10000))
        return 1;
    auto *errorBox = window.findChild<QWidget *>(QStringLiteral("errorBox"));
    if (!errorBox || !QTest::qWaitForWindowExposed(errorBox) ||
        !save(*errorBox, out, QStringLiteral("error-box")))
        return 1;

    PostgresDialog dialog;
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog) || !save(dialog, out, QStringLiteral("postgres-dialog")))
        return 1;

    // The Move label dialog with its longest message, a refused label.
    MoveLabelDialog move(QStringLiteral("candidate-ranking"), 2,
                         {QStringLiteral("production"), QStringLiteral("candidate")});
    move.show();
    if (!QTest::qWaitForWindowExposed(&move))
        return 1;
    QTest::keyClicks(move.findChild<QComboBox *>(QStringLiteral("labelName"))->lineEdit(),
                     QStringLiteral("Candidate!"));
    return save(move, out, QStringLiteral("move-label-dialog")) ? 0 : 1;
}
