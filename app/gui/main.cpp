// The Tailor GUI: command line, translations and the main window, wired together.
#include "appstyle.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "storage/sqlwarningfilter.h"
#include "workspace/workspacelocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace tailor;

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *tailor = new QTranslator(&app);
    if (tailor->load(locale, QStringLiteral("tailor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(tailor);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    tailor::installSqlWarningFilter();
    QApplication::setOrganizationName(QStringLiteral("Tailor"));
    QApplication::setApplicationName(QStringLiteral("Tailor"));
    QApplication::setApplicationVersion(QStringLiteral(TAILOR_VERSION));
    QApplication::setWindowIcon(AppStyle::icon(QStringLiteral("tailor")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Tailor: prompt and profile operations for LLM recommendation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main",
                                    "Open the workspace at URL (sqlite:///path or postgresql://...)."),
        QStringLiteral("URL"));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        QCoreApplication::translate("main", "Act as operator NAME (SQLite workspaces only)."),
        QStringLiteral("NAME"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QCoreApplication::translate("main", "Keep settings in the INI file FILE."), QStringLiteral("FILE"));
    parser.addOptions({dbOption, asOption, settingsOption});
    parser.process(app);

    const auto settings = parser.isSet(settingsOption)
                              ? std::make_unique<Settings>(parser.value(settingsOption))
                              : std::make_unique<Settings>();
    installTranslations(app, settings->language());
    AppStyle::apply(app);

    MainWindow window(*settings);
    window.setOperatorOverride(parser.value(asOption));
    window.show();

    const auto located =
        WorkspaceLocator::locate(parser.value(dbOption), qEnvironmentVariable("TAILOR_DB"),
                                 settings->lastWorkspace(), WorkspaceLocator::defaultWorkspacePath());
    if (!located) {
        window.reportOpenFailure(located.error().message);
    } else {
        const LocatedWorkspace &workspace = located.value();
        const bool createDefault = workspace.source == LocatedWorkspace::Source::Default &&
                                   !QFileInfo::exists(workspace.url.filePath());
        window.openWorkspace(workspace.url, createDefault ? MainWindow::OpenMode::CreateNew
                                                          : MainWindow::OpenMode::OpenExisting);
    }
    return app.exec();
}
