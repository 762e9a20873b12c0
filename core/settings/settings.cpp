#include "settings.h"

#include "storage/databaseurl.h"

namespace tailor {

namespace {

// Recent and last workspaces are stored in canonical form and without a password.
QString storableUrl(const QString &url)
{
    auto parsed = DatabaseUrl::parse(url);
    return parsed ? parsed.value().toString() : url;
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("Tailor"), QStringLiteral("Tailor")))
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::LastWorkspace:
        return QStringLiteral("workspace/last");
    case Key::RecentWorkspaces:
        return QStringLiteral("workspace/recent");
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::MainWindowGeometry:
        return QStringLiteral("ui/mainWindowGeometry");
    case Key::MainWindowState:
        return QStringLiteral("ui/mainWindowState");
    case Key::CurrentPage:
        return QStringLiteral("ui/currentPage");
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

QString Settings::lastWorkspace() const
{
    return value(Key::LastWorkspace).toString();
}

void Settings::setLastWorkspace(const QString &url)
{
    setValue(Key::LastWorkspace, storableUrl(url));
}

QStringList Settings::recentWorkspaces() const
{
    return value(Key::RecentWorkspaces).toStringList();
}

void Settings::addRecentWorkspace(const QString &url)
{
    const QString stored = storableUrl(url);
    QStringList recent = recentWorkspaces();
    recent.removeAll(stored);
    recent.prepend(stored);
    while (recent.size() > maxRecentWorkspaces)
        recent.removeLast();
    setValue(Key::RecentWorkspaces, recent);
}

void Settings::removeRecentWorkspace(const QString &url)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(storableUrl(url));
    setValue(Key::RecentWorkspaces, recent);
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QByteArray Settings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    setValue(Key::MainWindowState, state);
}

QString Settings::currentPage() const
{
    return value(Key::CurrentPage).toString();
}

void Settings::setCurrentPage(const QString &page)
{
    setValue(Key::CurrentPage, page);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace tailor
