#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// Checks that only make sense for a workspace file, and the error for an unreachable server.
class TestSqliteWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void sqliteConnectionsUseWalAndForeignKeys()
    {
        TestWorkspace ws;
        auto workspace = ws.initAs(QStringLiteral("alice"));
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().message));
        QSqlQuery query(workspace.value()->database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
        QVERIFY(query.value(0).toInt() >= 5000);
    }

    void refusesFileThatIsNotSqlite()
    {
        TestWorkspace ws;
        const QString path = ws.url().filePath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,score\nada,1\n");
        file.close();
        const QByteArray before = fileHash(path);
        auto opened = ws.openAs(QStringLiteral("alice"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(
                     QStringLiteral("is not a Tailor workspace: it is not an SQLite database")),
                 qPrintable(opened.error().message));
        auto created = ws.initAs(QStringLiteral("alice"));
        QVERIFY(!created.ok());
        QVERIFY(created.error().message.contains(QStringLiteral("not an SQLite database")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesReadOnlyFileUntouched()
    {
        TestWorkspace ws;
        QVERIFY(ws.initAs(QStringLiteral("alice")).ok());
        const QString path = ws.url().filePath();
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const QByteArray before = fileHash(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        auto opened = ws.openAs(QStringLiteral("alice"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("is read-only")),
                 qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void initWorksOnAnEmptyFile()
    {
        TestWorkspace ws;
        QFile file(ws.url().filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto created = ws.initAs(QStringLiteral("alice"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
    }

    void unreachablePostgresGivesClearError()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        QVERIFY(url.ok());
        QElapsedTimer timer;
        timer.start();
        auto opened = Workspace::open(url.value(), {});
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.startsWith(QStringLiteral("Cannot connect to PostgreSQL at "
                                                                  "postgresql://nobody@127.0.0.1:1/none")),
                 qPrintable(opened.error().message));
        QVERIFY(timer.elapsed() < 10000);
    }
};

QTEST_GUILESS_MAIN(TestSqliteWorkspace)
#include "tst_sqliteworkspace.moc"
