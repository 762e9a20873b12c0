// A save that waits on a long import: SQLite's "database is locked" becomes "busy with an import (started
// by …)" while the import's note is there and its process alive, on both write paths (a transaction's
// BEGIN IMMEDIATE and a single statement); a stale note (dead process, other host) is ignored.
#include "storage/busynote.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace tailor;
using tailor::test::TestWorkspace;

class TestBusyNote : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_alice;
    std::shared_ptr<Workspace> m_bob; // a second process's view: its own Database and connection

    QString workspaceFile() const { return m_ws->url().filePath(); }

    // A write from the second connection, through a transaction, as a save does.
    Result<void> saveAsBob() { return m_bob->operators().grant(QStringLiteral("carol"), Role::Analyst); }

    // A single-statement write from the second connection.
    Result<void> statementAsBob()
    {
        QSqlQuery query(m_bob->database().connection());
        return execSql(query, QStringLiteral("UPDATE profile_users SET consent = 1"), {},
                       QStringLiteral("setting consent"));
    }

    void writeNote(qint64 pid, const QString &host)
    {
        const QJsonObject note{{QStringLiteral("operator"), QStringLiteral("alice")},
                               {QStringLiteral("file"), QStringLiteral("u.data")},
                               {QStringLiteral("pid"), pid},
                               {QStringLiteral("host"), host},
                               {QStringLiteral("started_at"), QStringLiteral("2026-11-22T10:00:00Z")}};
        QVERIFY(
            !tailor::test::writeTestFile(BusyNote::notePath(workspaceFile()), QJsonDocument(note).toJson())
                 .isEmpty());
    }

private slots:
    void init()
    {
        if (TestWorkspace::postgresMode())
            QSKIP("SQLite only");
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto alice = m_ws->initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        m_alice = alice.value();
        auto bob = m_ws->openAs(QStringLiteral("alice"));
        QVERIFY2(bob.ok(), qPrintable(bob.error().message));
        m_bob = bob.value();
        // Wait a moment, not the ten seconds of a real session.
        QSqlQuery query(m_bob->database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout = 100")));
    }

    void cleanup()
    {
        m_bob.reset();
        m_alice.reset();
        m_ws.reset();
    }

    void saveDuringAnImportSaysTheWorkspaceIsBusy()
    {
        QByteArray lines;
        for (int i = 0; i < 200; ++i)
            lines += QByteArray::number(1 + i % 7) + '\t' + QByteArray::number(i) + "\t3\t881250949\n";
        const QString path =
            tailor::test::writeTestFile(m_ws->temporaryDir() + QStringLiteral("/u.data"), lines);
        ImportRequest request;
        request.path = path;
        request.target = ImportTarget::Interactions;
        request.batchSize = 50;
        bool checked = false;
        const QRegularExpression busy(
            QStringLiteral("^The workspace is busy with an import of u\\.data \\(started by alice at "
                           "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\); try again when it finishes\\.$"));
        auto report = m_alice->profileImporter().run(request, [&](const ImportProgress &) {
            if (checked)
                return;
            checked = true;
            QVERIFY(QFile::exists(BusyNote::notePath(workspaceFile())));
            const auto saved = saveAsBob();
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().kind, Error::Kind::Conflict);
            QVERIFY2(busy.match(saved.error().message).hasMatch(), qPrintable(saved.error().message));
            const auto written = statementAsBob();
            QVERIFY(!written.ok());
            QVERIFY2(busy.match(written.error().message).hasMatch(), qPrintable(written.error().message));
        });
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY(checked);
        QVERIFY(!QFile::exists(BusyNote::notePath(workspaceFile())));
        const auto saved = saveAsBob();
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    }

    void staleNoteIsIgnored()
    {
        Transaction holder(m_alice->database().connection());
        QVERIFY(holder.begin().ok());
        // A process that is gone, then a live one on another host: SQLite's own words.
        for (const auto &[pid, host] :
             {std::pair{qint64(999999999), QSysInfo::machineHostName()},
              std::pair{QCoreApplication::applicationPid(), QStringLiteral("elsewhere.invalid")}}) {
            writeNote(pid, host);
            const auto saved = saveAsBob();
            QVERIFY(!saved.ok());
            QVERIFY2(saved.error().message.contains(QStringLiteral("database is locked")),
                     qPrintable(saved.error().message));
            QVERIFY(!BusyNote::read(workspaceFile()).has_value());
        }
        // This process, this host: the note speaks.
        writeNote(QCoreApplication::applicationPid(), QSysInfo::machineHostName());
        QVERIFY(BusyNote::read(workspaceFile()).has_value());
        const auto saved = saveAsBob();
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.startsWith(
                     QStringLiteral("The workspace is busy with an import of u.data (started by alice at ")),
                 qPrintable(saved.error().message));
        QFile::remove(BusyNote::notePath(workspaceFile()));
    }

    // The note is written beside the workspace and removed when the import ends, failed imports included.
    void noteIsRemovedWhenTheImportFails()
    {
        const QString path = tailor::test::writeTestFile(m_ws->temporaryDir() + QStringLiteral("/bad.data"),
                                                         "1\t2\t3\t881250949\n1\tx\t3\t881250949\n");
        ImportRequest request;
        request.path = path;
        request.target = ImportTarget::Interactions;
        QString seen;
        auto report = m_alice->profileImporter().run(request, [&](const ImportProgress &) {
            QFile note(BusyNote::notePath(workspaceFile()));
            if (seen.isEmpty() && note.open(QIODevice::ReadOnly))
                seen = QString::fromUtf8(note.readAll());
        });
        QVERIFY(!report.ok());
        const QJsonObject note = QJsonDocument::fromJson(seen.toUtf8()).object();
        QCOMPARE(note.value(QStringLiteral("operator")).toString(), QStringLiteral("alice"));
        QCOMPARE(note.value(QStringLiteral("file")).toString(), QStringLiteral("bad.data"));
        QCOMPARE(note.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
        QCOMPARE(note.value(QStringLiteral("host")).toString(), QSysInfo::machineHostName());
        QCOMPARE(BusyNote::notePath(workspaceFile()),
                 QFileInfo(workspaceFile()).canonicalFilePath() + QStringLiteral("-busy"));
        QVERIFY(!QFile::exists(BusyNote::notePath(workspaceFile())));
    }
};

QTEST_GUILESS_MAIN(TestBusyNote)
#include "tst_busynote.moc"
