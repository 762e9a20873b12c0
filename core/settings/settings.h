// Settings is the typed face of QSettings: every key Tailor persists has one getter and one setter here,
// so no caller spells a key string. Secrets never go here (ARCHITECTURE.md invariant 6); workspace URLs are
// stored without their password.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace tailor {

class Settings
{
public:
    static constexpr int maxRecentWorkspaces = 8;

    // The user's settings (organization "Tailor", application "Tailor").
    Settings();
    // Settings kept in one INI file; tests use this.
    explicit Settings(const QString &iniFile);

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &url);

    QStringList recentWorkspaces() const;
    // Moves `url` to the front; keeps at most maxRecentWorkspaces.
    void addRecentWorkspace(const QString &url);
    void removeRecentWorkspace(const QString &url);

    // A locale name such as "de" or "zh_CN"; empty follows the system.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    QString currentPage() const;
    void setCurrentPage(const QString &page);

    void sync();
    QString fileName() const;

private:
    enum class Key
    {
        LastWorkspace,
        RecentWorkspaces,
        Language,
        MainWindowGeometry,
        MainWindowState,
        CurrentPage
    };
    static QString keyName(Key key);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace tailor
