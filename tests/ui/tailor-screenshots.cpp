// tailor-screenshots [--language LANG] DIR: renders the main window at 1280x800 on every page, with and
// without a workspace, plus the PostgreSQL dialog, into PNG files in DIR. Run it with
// QT_QPA_PLATFORM=offscreen and look at them. Without --language it shows the untranslated (English) texts
// whatever the system locale; with
// --language de or --language zh_CN it installs that translation, as tailor does for its Language setting.
#include "appstyle.h"
#include "mainwindow.h"
#include "postgresdialog.h"
#include "settings/settings.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

using namespace tailor;

namespace {

bool save(QWidget &widget, const QDir &out, const QString &name)
{
    QCoreApplication::processEvents();
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
    }

    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.setOperatorOverride(QStringLiteral("alice"));
    window.resize(1280, 800);
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
    window.findChild<QPushButton *>(QStringLiteral("verifyAuditButton"))->click();
    const QString intact =
        QCoreApplication::translate("tailor::SettingsPage", "The audit log is intact; entries checked: %1.")
            .section(QStringLiteral("%1"), 0, 0);
    if (!QTest::qWaitFor([result, intact] { return result->text().startsWith(intact); }, 10000))
        return 1;

    if (!shootPages(window, out, QStringLiteral("main-")))
        return 1;
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("settingsScroll"));
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    if (!save(window, out, QStringLiteral("main-settings-bottom")))
        return 1;

    Settings emptySettings(dir.filePath(QStringLiteral("empty.ini")));
    MainWindow empty(emptySettings);
    empty.resize(1280, 800);
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
    return 0;
}
