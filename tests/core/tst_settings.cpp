#include "settings/settings.h"
#include "workspace/workspacelocator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tailor;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString iniFile() const { return m_dir.filePath(QStringLiteral("tailor.ini")); }

private slots:
    void persistsValuesAcrossInstances()
    {
        {
            Settings settings(iniFile());
            settings.setLastWorkspace(QStringLiteral("sqlite:///tmp/a.tailor"));
            settings.setLanguage(QStringLiteral("de"));
            settings.setMainWindowGeometry(QByteArray("geometry-bytes"));
            settings.setCurrentPage(QStringLiteral("prompts"));
            settings.sync();
        }
        Settings settings(iniFile());
        QCOMPARE(settings.lastWorkspace(), QStringLiteral("sqlite:///tmp/a.tailor"));
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.mainWindowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(settings.currentPage(), QStringLiteral("prompts"));
    }

    void keepsRecentWorkspacesUniqueNewestFirstAndBounded()
    {
        Settings settings(m_dir.filePath(QStringLiteral("recent.ini")));
        for (int i = 0; i < Settings::maxRecentWorkspaces + 3; ++i)
            settings.addRecentWorkspace(QStringLiteral("sqlite:///tmp/w%1.tailor").arg(i));
        settings.addRecentWorkspace(QStringLiteral("sqlite:///tmp/w5.tailor"));
        const QStringList recent = settings.recentWorkspaces();
        QCOMPARE(recent.size(), Settings::maxRecentWorkspaces);
        QCOMPARE(recent.first(), QStringLiteral("sqlite:///tmp/w5.tailor"));
        QCOMPARE(recent.count(QStringLiteral("sqlite:///tmp/w5.tailor")), 1);
        QVERIFY(!recent.contains(QStringLiteral("sqlite:///tmp/w0.tailor")));
        settings.removeRecentWorkspace(QStringLiteral("sqlite:///tmp/w5.tailor"));
        QVERIFY(!settings.recentWorkspaces().contains(QStringLiteral("sqlite:///tmp/w5.tailor")));
    }

    void neverStoresPasswords()
    {
        Settings settings(m_dir.filePath(QStringLiteral("secret.ini")));
        settings.setLastWorkspace(QStringLiteral("postgresql://carol:s3cret@localhost:5432/team"));
        settings.addRecentWorkspace(QStringLiteral("postgresql://carol:s3cret@localhost:5432/team"));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("carol@localhost"));
        QVERIFY(!content.contains("s3cret"));
    }

    void locatorPrefersCommandLineThenEnvironmentThenLastUsed()
    {
        const QString cli = QStringLiteral("sqlite:///tmp/cli.tailor");
        const QString env = QStringLiteral("postgresql://a@h/env");
        const QString last = QStringLiteral("sqlite:///tmp/last.tailor");
        const QString fallback = QStringLiteral("/tmp/default.tailor");

        auto located = WorkspaceLocator::locate(cli, env, last, fallback);
        QVERIFY(located.ok());
        QCOMPARE(located->source, LocatedWorkspace::Source::CommandLine);
        QCOMPARE(located->url.filePath(), QStringLiteral("/tmp/cli.tailor"));

        located = WorkspaceLocator::locate({}, env, last, fallback);
        QCOMPARE(located->source, LocatedWorkspace::Source::Environment);
        QCOMPARE(located->url.database(), QStringLiteral("env"));

        located = WorkspaceLocator::locate({}, {}, last, fallback);
        QCOMPARE(located->source, LocatedWorkspace::Source::LastUsed);
        QCOMPARE(located->url.filePath(), QStringLiteral("/tmp/last.tailor"));

        located = WorkspaceLocator::locate({}, {}, {}, fallback);
        QCOMPARE(located->source, LocatedWorkspace::Source::Default);
        QCOMPARE(located->url.filePath(), fallback);
    }

    void locatorReportsBadEnvironmentUrl()
    {
        auto located =
            WorkspaceLocator::locate({}, QStringLiteral("mongodb://x"), {}, QStringLiteral("/tmp/d.tailor"));
        QVERIFY(!located.ok());
        QVERIFY2(
            located.error().message.startsWith(QStringLiteral("TAILOR_DB: Unsupported workspace URL scheme")),
            qPrintable(located.error().message));
    }

    void locatorSkipsUnparsableLastUsed()
    {
        auto located =
            WorkspaceLocator::locate({}, {}, QStringLiteral("ftp://old"), QStringLiteral("/tmp/d.tailor"));
        QVERIFY(located.ok());
        QCOMPARE(located->source, LocatedWorkspace::Source::Default);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
