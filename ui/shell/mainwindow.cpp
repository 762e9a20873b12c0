#include "mainwindow.h"

#include "appstyle.h"
#include "backgroundtask.h"
#include "emptystatepage.h"
#include "errorbox.h"
#include "postgresdialog.h"
#include "profiles/profilespage.h"
#include "prompts/promptspage.h"
#include "settings/endpointspage.h"
#include "settings/settings.h"
#include "settings/settingspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tailor {

namespace {

constexpr int PageIdRole = Qt::UserRole;

QString workspaceFilter()
{
    return MainWindow::tr("Tailor workspaces (*.tailor);;All files (*)");
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    m_workspacePool.setMaxThreadCount(1);
    setWindowTitle(tr("Tailor"));
    createPages();
    createMenus();
    createStatusBar();
    showWorkspaceInfo({});
    restoreWindowState();
}

void MainWindow::setOperatorOverride(const QString &name)
{
    m_operatorOverride = name;
}

void MainWindow::createPages()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *sidebarFrame = new QFrame(central);
    sidebarFrame->setObjectName(QStringLiteral("sidebarFrame"));
    sidebarFrame->setFixedWidth(212);
    auto *sidebarLayout = new QVBoxLayout(sidebarFrame);
    sidebarLayout->setContentsMargins(0, 18, 0, 12);
    sidebarLayout->setSpacing(14);

    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(20, 0, 16, 0);
    brand->setSpacing(10);
    auto *logo = new QLabel(sidebarFrame);
    logo->setPixmap(AppStyle::icon(QStringLiteral("tailor")).pixmap(QSize(28, 28), devicePixelRatioF()));
    brand->addWidget(logo);
    auto *name = new QLabel(tr("Tailor"), sidebarFrame);
    name->setObjectName(QStringLiteral("sidebarBrand"));
    brand->addWidget(name, 1);
    sidebarLayout->addLayout(brand);

    m_sidebar = new QListWidget(sidebarFrame);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(0);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    sidebarLayout->addWidget(m_sidebar, 1);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    auto addPage = [this](const QString &id, const QIcon &icon, const QString &title, QWidget *page) {
        page->setObjectName(id + QStringLiteral("Page"));
        m_pages->addWidget(page);
        auto *item = new QListWidgetItem(icon, title, m_sidebar);
        item->setData(PageIdRole, id);
    };
    auto addEmptyPage = [this, &addPage](const QString &id, const EmptyStatePage::Content &content) {
        auto *page = new EmptyStatePage(content, m_pages);
        m_emptyPages.append(page);
        addPage(id, content.icon, content.title, page);
    };

    m_profilesPage = new ProfilesPage(&m_workspacePool, m_pages);
    addPage(QStringLiteral("profiles"), AppStyle::icon(QStringLiteral("profiles")), tr("Profiles"),
            m_profilesPage);
    m_promptsPage = new PromptsPage(&m_workspacePool, m_pages);
    addPage(QStringLiteral("prompts"), AppStyle::icon(QStringLiteral("prompts")), tr("Prompts"),
            m_promptsPage);
    addEmptyPage(
        QStringLiteral("experiments"),
        {tr("Experiments"), AppStyle::icon(QStringLiteral("experiments")),
         tr("Experiments are not available yet"),
         tr("Compare prompt versions against an LLM endpoint on a sample of profiles, with ranking "
            "metrics and blind side-by-side review."),
         tr("Experiments arrive in a later version of Tailor, after prompts and the LLM endpoint.")});
    addEmptyPage(QStringLiteral("metrics"),
                 {tr("Metrics"), AppStyle::icon(QStringLiteral("metrics")),
                  tr("Metrics are not available yet"),
                  tr("Follow feedback and engagement from production in charts per prompt version."),
                  tr("Ingesting events and charting them arrive in a later version of Tailor.")});
    addEmptyPage(QStringLiteral("releases"),
                 {tr("Releases"), AppStyle::icon(QStringLiteral("releases")),
                  tr("Releases are not available yet"),
                  tr("Request a prompt release, approve it with a second pair of eyes, and roll it back when "
                     "needed."),
                  tr("The release workflow arrives in a later version of Tailor.")});

    m_settingsPage = new SettingsPage(m_settings, &m_workspacePool, m_pages);
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));
    m_pages->addWidget(m_settingsPage);
    auto *settingsItem =
        new QListWidgetItem(AppStyle::icon(QStringLiteral("settings")), tr("Settings"), m_sidebar);
    settingsItem->setData(PageIdRole, QStringLiteral("settings"));
    connect(m_settingsPage, &SettingsPage::refreshed, this, &MainWindow::showWorkspaceInfo);
    EndpointsPage *endpoints = m_settingsPage->endpointsPage();
    connect(endpoints, &EndpointsPage::endpointsLoaded, this, [this](const QList<StoredEndpoint> &list) {
        m_endpoints = list;
        updateEndpointStatus();
    });
    connect(endpoints, &EndpointsPage::savedEndpointTested, this, [this](const ConnectionReport &report) {
        m_lastTest = report;
        updateEndpointStatus();
    });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentPage);

    layout->addWidget(sidebarFrame);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspaceFile);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &PostgreSQL…"), this, &MainWindow::connectToPostgres);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tailor"), this, [this] {
        QMessageBox::about(
            this, tr("About Tailor"),
            tr("<h3>Tailor %1</h3>"
               "<p>Tailor is a workbench for prompt and profile operations in LLM-driven personalized "
               "recommendation. This version imports interaction data and browses the user profiles built "
               "from it, versions and labels prompt templates with diffs and previews, and talks to "
               "OpenAI-compatible LLM endpoints; every change is kept in a tamper-evident audit log. "
               "Workspaces live in an SQLite file or on a PostgreSQL server.</p>"
               "<p>Built with Qt %2, running on Qt %3.</p>")
                .arg(QStringLiteral(TAILOR_VERSION), QLatin1String(QT_VERSION_STR),
                     QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    auto addLabel = [this](const QString &objectName) {
        auto *label = new QLabel(statusBar());
        label->setObjectName(objectName);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_statusWorkspace = addLabel(QStringLiteral("statusWorkspace"));
    m_statusOperator = addLabel(QStringLiteral("statusOperator"));
    m_statusEndpoint = addLabel(QStringLiteral("statusEndpoint"));
    updateEndpointStatus();
}

void MainWindow::updateEndpointStatus()
{
    if (!m_workspace) {
        m_statusEndpoint->setText(tr("LLM: not configured"));
        m_statusEndpoint->setToolTip(
            tr("LLM endpoints are kept in a workspace; open one to configure them."));
        return;
    }
    if (m_endpoints.isEmpty()) {
        // The list always holds the built-in dry run once it is read.
        m_statusEndpoint->setText(tr("LLM: …"));
        m_statusEndpoint->setToolTip(tr("Reading the workspace's LLM endpoints…"));
        return;
    }
    QStringList lines;
    int configured = 0;
    const EndpointConfig *only = nullptr;
    for (const StoredEndpoint &stored : std::as_const(m_endpoints)) {
        if (stored.updatedBy.isEmpty())
            continue; // the built-in dry run
        ++configured;
        const EndpointConfig &config = stored.config;
        only = &config;
        lines << tr("%1 — %2, %3 at %4")
                     .arg(config.name, endpointProviderDisplayName(config.provider), config.model,
                          config.isDryRun() ? tr("no network") : config.baseUrl);
    }
    QString text;
    if (configured == 0)
        text = tr("LLM: dry-run only");
    else if (configured == 1)
        text = tr("LLM: %1 (%2)").arg(only->name, only->model);
    else
        text = tr("LLM: %1 endpoints").arg(QLocale().toString(configured));
    if (configured == 0)
        lines << tr("No LLM endpoint is configured; the built-in dry run counts tokens without sending "
                    "anything. Add one in Settings → LLM endpoints.");
    if (m_lastTest) {
        if (configured == 1 && only->name == m_lastTest->endpoint)
            text += m_lastTest->ok() ? tr(" · works") : tr(" · test failed");
        else
            text += m_lastTest->ok() ? tr(" · %1 works").arg(m_lastTest->endpoint)
                                     : tr(" · %1 failed").arg(m_lastTest->endpoint);
        lines << tr("Last connection test: %1").arg(m_lastTest->summary());
    } else if (configured > 0) {
        lines << tr("Not tested since Tailor started: Settings → LLM endpoints → Test connection.");
    }
    m_statusEndpoint->setText(text);
    m_statusEndpoint->setToolTip(lines.join(QLatin1Char('\n')));
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1200, 760);
    restoreState(m_settings.mainWindowState());

    if (!showPage(m_settings.currentPage()))
        m_sidebar->setCurrentRow(0);
}

bool MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(PageIdRole).toString() == id) {
            m_sidebar->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::setCurrentPage(int row)
{
    if (row >= 0 && row < m_pages->count())
        m_pages->setCurrentIndex(row);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    if (QListWidgetItem *item = m_sidebar->currentItem())
        m_settings.setCurrentPage(item->data(PageIdRole).toString());
    m_settings.sync();
    event->accept();
}

void MainWindow::newWorkspace()
{
    QFileDialog dialog(this, tr("New workspace"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                       workspaceFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("tailor"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    openWorkspace(DatabaseUrl::sqliteFile(dialog.selectedFiles().constFirst()), OpenMode::CreateNew);
}

void MainWindow::openWorkspaceFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(DatabaseUrl::sqliteFile(path), OpenMode::OpenExisting);
}

void MainWindow::connectToPostgres()
{
    PostgresDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openWorkspace(dialog.url(), dialog.createWorkspace() ? OpenMode::CreateNew : OpenMode::OpenExisting);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString &text : recent) {
        QAction *action = m_recentMenu->addAction(text, this, [this, text] {
            auto url = DatabaseUrl::parse(text);
            if (!url) {
                reportOpenFailure(url.error().message);
                return;
            }
            openWorkspace(url.value(), OpenMode::OpenExisting);
        });
        action->setToolTip(text);
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear list"), this, [this] {
            for (const QString &text : m_settings.recentWorkspaces())
                m_settings.removeRecentWorkspace(text);
            m_settings.sync();
            updateRecentMenu();
        });
    }
    m_recentMenu->menuAction()->setEnabled(!recent.isEmpty());
}

void MainWindow::openWorkspace(const DatabaseUrl &url, OpenMode mode)
{
    const quint64 generation = ++m_openGeneration;
    const QString operatorOverride = m_operatorOverride;
    statusBar()->showMessage(mode == OpenMode::CreateNew ? tr("Creating %1…").arg(url.displayName())
                                                         : tr("Opening %1…").arg(url.displayName()));
    runInBackground(
        QThreadPool::globalInstance(), this,
        [url, mode, operatorOverride]() -> Result<Opened> {
            auto workspace = mode == OpenMode::CreateNew
                                 ? Workspace::init(url, operatorOverride)
                                 : Workspace::open(url, Workspace::OpenOptions{true, operatorOverride});
            if (!workspace)
                return workspace.error();
            auto info = workspace.value()->info();
            workspace.value()->releaseThreadResources();
            if (!info)
                return info.error();
            return Opened{workspace.value(), info.value()};
        },
        [this, generation](Result<Opened> opened) {
            if (generation != m_openGeneration)
                return;
            statusBar()->clearMessage();
            if (!opened) {
                reportOpenFailure(opened.error().message);
                return;
            }
            adoptWorkspace(std::move(opened).value());
        });
}

void MainWindow::reportOpenFailure(const QString &message)
{
    emit workspaceFailed(message);
    ErrorBox::show(this, tr("Cannot open the workspace"), message);
}

void MainWindow::adoptWorkspace(Opened opened)
{
    m_workspace = std::move(opened.workspace);
    m_endpoints.clear();
    m_lastTest.reset();
    updateEndpointStatus();
    const QString url = m_workspace->url().toString();
    m_settings.setLastWorkspace(url);
    m_settings.addRecentWorkspace(url);
    m_settings.sync();
    updateRecentMenu();

    showWorkspaceInfo(opened.info);
    for (EmptyStatePage *page : std::as_const(m_emptyPages))
        page->setWorkspaceOpen(true);
    m_profilesPage->setWorkspace(m_workspace);
    m_promptsPage->setWorkspace(m_workspace);
    m_settingsPage->setWorkspace(m_workspace);
    emit workspaceOpened(url);
}

void MainWindow::showWorkspaceInfo(const WorkspaceInfo &info)
{
    if (info.url.isEmpty()) {
        setWindowTitle(tr("Tailor"));
        m_statusWorkspace->setText(tr("No workspace open"));
        m_statusWorkspace->setToolTip(QString());
        m_statusOperator->hide();
        for (EmptyStatePage *page : std::as_const(m_emptyPages))
            page->setWorkspaceOpen(false);
        return;
    }
    setWindowTitle(tr("%1 — Tailor").arg(info.displayName));
    m_statusWorkspace->setText(info.displayName);
    m_statusWorkspace->setToolTip(info.url);
    m_statusOperator->setText(tr("%1 · %2").arg(info.operatorName, roleDisplayName(info.role)));
    m_statusOperator->setToolTip(
        tr("Operator %1 (%2), role %3")
            .arg(info.operatorName, info.operatorSource, roleDisplayName(info.role)));
    m_statusOperator->show();
}

} // namespace tailor
