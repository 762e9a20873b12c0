#include "storage/auditlog.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace tailor;
using tailor::test::TestWorkspace;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    qint64 m_total = 0;
    // An action any operator may record by itself, on SQLite and on PostgreSQL (whose server records only
    // actions that have no function of their own).
    const QString kTestAction = QStringLiteral("prompt.export");

    // A new workspace (its creation and the shipped prompts' import are audited) plus four entries of ours;
    // m_total is the number of entries in all.
    std::shared_ptr<Workspace> makeWorkspace(TestWorkspace &ws)
    {
        auto workspace = ws.initAs(QStringLiteral("alice"));
        if (!workspace)
            return nullptr;
        for (int i = 1; i <= 4; ++i) {
            auto entry = workspace.value()->audit().record(QStringLiteral("alice"), kTestAction,
                                                           QStringLiteral("test:greeting"),
                                                           {{QStringLiteral("version"), i}});
            if (!entry)
                return nullptr;
        }
        auto count = workspace.value()->audit().count();
        m_total = count ? count.value() : -1;
        return workspace.value();
    }

    // Tampering as an attacker would: with raw SQL, after removing the append-only guards.
    void dropGuards(QSqlDatabase db)
    {
        QSqlQuery query(db);
        if (TestWorkspace::postgresMode()) {
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE audit_head DISABLE TRIGGER USER")));
        } else {
            for (const char *trigger : {"audit_log_no_update", "audit_log_no_delete",
                                        "audit_head_forward_only", "audit_head_no_delete"})
                QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger)));
        }
    }

    void exec(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

    static QList<AuditEntry> allEntries(Workspace &workspace)
    {
        AuditFilter all;
        all.limit = 0;
        all.newestFirst = false;
        auto entries = workspace.audit().list(all);
        return entries ? entries.value() : QList<AuditEntry>();
    }

    void insertEntry(QSqlDatabase db, const AuditEntry &entry)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, operator, action, entity, payload, "
                                     "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : QVariantList{entry.seq, entry.at, entry.operatorName, entry.action,
                                                  entry.entity, entry.payload, entry.prevHash, entry.hash})
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    // What the owner of an SQLite file can always do: write the whole log anew as `entries`, renumbered
    // from 1, each chained to the one before with recomputed hashes, and point the head at the last one.
    // The result is a consistent chain that only an anchor kept elsewhere tells from the original.
    void rechain(QSqlDatabase db, QList<AuditEntry> entries,
                 const QString &firstPrevHash = QString(AuditLog::genesisHash))
    {
        dropGuards(db);
        exec(db, QStringLiteral("DELETE FROM audit_head"));
        exec(db, QStringLiteral("DELETE FROM audit_log"));
        QString previous = firstPrevHash;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            AuditEntry &entry = entries[i];
            entry.seq = i + 1;
            entry.prevHash = previous;
            entry.hash = AuditLog::computeHash(entry);
            insertEntry(db, entry);
            previous = entry.hash;
        }
        if (!entries.isEmpty())
            exec(db, QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, %1, '%2')")
                         .arg(entries.constLast().seq)
                         .arg(entries.constLast().hash));
    }

    // An entry chained onto `after`, as a forger who knows the hash function would write it.
    static AuditEntry forgedAfter(const AuditEntry &after)
    {
        AuditEntry entry;
        entry.seq = after.seq + 1;
        entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        entry.operatorName = QStringLiteral("mallory");
        entry.action = QStringLiteral("test.forged");
        entry.entity = QStringLiteral("test:forged");
        entry.payload = QStringLiteral("{}");
        entry.prevHash = after.hash;
        entry.hash = AuditLog::computeHash(entry);
        return entry;
    }

    // A write after tampering fails with a message that sends the operator to `audit verify`, never with
    // the database's own words, and adds nothing.
    void appendIsRefusedPointingToVerify(Workspace &workspace, qint64 rowsBefore)
    {
        auto refused =
            workspace.audit().record(QStringLiteral("alice"), kTestAction, QStringLiteral("test:after"), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Failed);
        QVERIFY2(refused.error().message.contains(QStringLiteral("tailor-cli audit verify")),
                 qPrintable(refused.error().message));
        QVERIFY2(!refused.error().message.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive),
                 qPrintable(refused.error().message));
        QVERIFY2(!refused.error().message.contains(QStringLiteral("duplicate key")),
                 qPrintable(refused.error().message));
        QCOMPARE(workspace.audit().count().value(), rowsBefore);
    }

private slots:
    // Every action the PostgreSQL functions may record (their CHECKs and calls name them all) reads as
    // words; an id from a newer Tailor is shown as it is.
    void everyActionHasAName()
    {
        QStringList ids;
        QDirIterator files(QStringLiteral(":/migrations/postgresql"));
        static const QRegularExpression quoted(QStringLiteral("'([a-z]+\\.[a-z-]+)'"));
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QRegularExpressionMatch &match : quoted.globalMatch(QString::fromUtf8(file.readAll())))
                if (!ids.contains(match.captured(1)) && match.captured(1) != QLatin1String("c.value"))
                    ids << match.captured(1);
        }
        QVERIFY2(ids.size() >= 20, qPrintable(ids.join(QLatin1Char(' '))));
        for (const QString &id : std::as_const(ids))
            QVERIFY2(AuditLog::actionName(id) != id, qPrintable(id));
        QCOMPARE(AuditLog::actionName(QStringLiteral("profiles.import")),
                 QStringLiteral("Profiles imported"));
        QCOMPARE(AuditLog::actionName(QStringLiteral("release.approve")), QStringLiteral("release.approve"));
    }

    void appendsChainedEntries()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        AuditFilter all;
        all.limit = 0;
        all.newestFirst = false;
        auto entries = workspace->audit().list(all);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), m_total);
        QCOMPARE(entries->at(0).prevHash, QString(AuditLog::genesisHash));
        for (qsizetype i = 0; i < entries->size(); ++i) {
            QCOMPARE(entries->at(i).seq, qint64(i + 1));
            QCOMPARE(entries->at(i).hash, AuditLog::computeHash(entries->at(i)));
            if (i > 0)
                QCOMPARE(entries->at(i).prevHash, entries->at(i - 1).hash);
        }
        QCOMPARE(entries->constLast().payloadObject().value(QStringLiteral("version")).toInt(), 4);
    }

    void verifiesIntactLog()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        auto result = workspace->audit().verify();
        QVERIFY(result.ok());
        QVERIFY(result->intact);
        QCOMPARE(result->entries, m_total);
        QCOMPARE(result->firstBadSeq, qint64(0));
    }

    void databaseRefusesUpdateAndDelete()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        QSqlQuery query(ws.rawConnection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET operator = 'mallory' WHERE seq = 2")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_head SET seq = 4")));
        QVERIFY(workspace->audit().verify()->intact);
    }

    void detectsEditedEntry()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(),
             QStringLiteral("UPDATE audit_log SET payload = '{\"version\":42}' WHERE seq = 3"));
        auto result = workspace->audit().verify();
        QVERIFY(result.ok());
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(3));
        QVERIFY2(result->problem.contains(QStringLiteral("entry 3 was modified")),
                 qPrintable(result->problem));
    }

    void detectsEditedOperatorEvenWithRecomputedHash()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        // The forger recomputes entry 2's own hash; entry 3 still points at the old one.
        AuditFilter filter;
        filter.limit = 0;
        filter.newestFirst = false;
        AuditEntry forged = workspace->audit().list(filter)->at(1);
        forged.operatorName = QStringLiteral("mallory");
        const QString forgedHash = AuditLog::computeHash(forged);
        exec(ws.rawConnection(),
             QStringLiteral("UPDATE audit_log SET operator = 'mallory', hash = '%1' WHERE seq = 2")
                 .arg(forgedHash));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(3));
        QVERIFY2(result->problem.contains(QStringLiteral("previous-hash mismatch")),
                 qPrintable(result->problem));
    }

    void detectsDeletedEntry()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(2));
        QVERIFY2(result->problem.contains(QStringLiteral("entry 2 is missing")), qPrintable(result->problem));
    }

    void detectsDeletedTail()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(m_total));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, m_total);
        QVERIFY2(result->problem.contains(QStringLiteral("deleted from the end")),
                 qPrintable(result->problem));
    }

    void detectsReorderedEntries()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 3"));
        exec(ws.rawConnection(), QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
        exec(ws.rawConnection(), QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 100"));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(3));
        QVERIFY2(result->problem.contains(QStringLiteral("reordered")), qPrintable(result->problem));
    }

    void emptyLogOfInitialisedWorkspaceIsTampered()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        rechain(ws.rawConnection(), {});
        auto result = workspace->audit().verify();
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(1));
        QVERIFY2(result->problem.contains(QStringLiteral("the audit log is empty, but this workspace was "
                                                         "created")),
                 qPrintable(result->problem));
        // Nothing but the workspace's creation may start a log again.
        appendIsRefusedPointingToVerify(*workspace, 0);
    }

    void firstEntryThatIsNotTheCreationIsTampered()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        // The forger drops the creation entry and re-chains the rest from the all-zero hash.
        QList<AuditEntry> entries = allEntries(*workspace);
        QCOMPARE(entries.first().action, QStringLiteral("workspace.create"));
        const QString firstAction = entries.at(1).action;
        const QString firstEntity = entries.at(1).entity;
        entries.removeFirst();
        rechain(ws.rawConnection(), entries);
        auto result = workspace->audit().verify();
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(1));
        QVERIFY2(
            result->problem.contains(QStringLiteral("entry 1 is %1 on %2, not the creation of this workspace")
                                         .arg(firstAction, firstEntity)),
            qPrintable(result->problem));
    }

    void creationOfAnotherWorkspaceFirstIsTampered()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        // A log copied from another workspace starts with that workspace's creation.
        QList<AuditEntry> entries = allEntries(*workspace);
        entries.first().entity = QStringLiteral("workspace:00000000-0000-0000-0000-000000000000");
        rechain(ws.rawConnection(), entries);
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(1));
        QVERIFY2(result->problem.contains(QStringLiteral("not the creation of this workspace")),
                 qPrintable(result->problem));
        QVERIFY2(result->problem.contains(workspace->info()->workspaceId), qPrintable(result->problem));
    }

    void workspaceWithoutIdCannotBeVerified()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        // Without the ID, a log copied from any other workspace would pass for this one's.
        exec(ws.rawConnection(), QStringLiteral("DELETE FROM workspace_meta WHERE key = 'workspace_id'"));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(1));
        QVERIFY2(result->problem.contains(QStringLiteral("the workspace's metadata has no workspace ID")),
                 qPrintable(result->problem));
    }

    void firstEntryWithNonZeroPreviousHashIsTampered()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        // A log cut from the middle of a longer one: its first entry points at an entry that is gone.
        rechain(ws.rawConnection(), allEntries(*workspace), QString(64, QLatin1Char('a')));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(1));
        QVERIFY2(result->problem.contains(
                     QStringLiteral("entry 1 does not begin the chain: its previous hash is not all zeros")),
                 qPrintable(result->problem));
    }

    void strayEntryBeyondHeadIsReportedAndBlocksWritesWithMessage()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        // INSERT is not guarded (appends are inserts), so this needs no dropped trigger: a well-formed entry
        // written behind Tailor's back, without moving the head.
        insertEntry(ws.rawConnection(), forgedAfter(allEntries(*workspace).constLast()));
        auto result = workspace->audit().verify();
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, m_total + 1);
        QCOMPARE(result->strayEntries, qint64(1));
        QVERIFY2(result->problem.contains(QStringLiteral("entry %1 lies beyond the log's head (entry %2)")
                                              .arg(m_total + 1)
                                              .arg(m_total)),
                 qPrintable(result->problem));
        appendIsRefusedPointingToVerify(*workspace, m_total + 1);
        // Every later change that is audited fails the same way, with the same advice.
        auto folder = workspace->prompts().createFolder(QStringLiteral("after-tampering"));
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error().message.contains(QStringLiteral("tailor-cli audit verify")),
                 qPrintable(folder.error().message));
    }

    void strayEntriesWithBrokenHashesAreReportedAsBeyondHead()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        AuditEntry stray = forgedAfter(allEntries(*workspace).constLast());
        stray.hash = QString(64, QLatin1Char('f'));
        insertEntry(ws.rawConnection(), stray);
        stray.seq += 5;
        stray.hash = QString(64, QLatin1Char('e'));
        insertEntry(ws.rawConnection(), stray);
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, m_total + 1);
        QCOMPARE(result->strayEntries, qint64(2));
        QCOMPARE(result->entries, m_total);
        QVERIFY2(result->problem.contains(QStringLiteral("2 entries (%1 to %2) lie beyond the log's head")
                                              .arg(m_total + 1)
                                              .arg(m_total + 6)),
                 qPrintable(result->problem));
    }

    void missingHeadIsReportedAndBlocksWrites()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("DELETE FROM audit_head"));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QVERIFY2(
            result->problem.contains(
                QStringLiteral("the audit log's head is missing, but the log holds %1 entries").arg(m_total)),
            qPrintable(result->problem));
        appendIsRefusedPointingToVerify(*workspace, m_total);
    }

    void headBeyondLastEntryBlocksWrites()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(m_total));
        // Without the check, the next entry would follow the deleted one and hide the gap behind it.
        appendIsRefusedPointingToVerify(*workspace, m_total - 1);
        QVERIFY2(workspace->audit().verify()->problem.contains(QStringLiteral("deleted from the end")),
                 qPrintable(workspace->audit().verify()->problem));
    }

    void headWithWrongHashIsReportedAndBlocksWrites()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(),
             QStringLiteral("UPDATE audit_head SET hash = '%1'").arg(QString(64, QLatin1Char('b'))));
        auto result = workspace->audit().verify();
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, m_total);
        QVERIFY2(result->problem.contains(
                     QStringLiteral("the audit log's head names entry %1 with another hash").arg(m_total)),
                 qPrintable(result->problem));
        appendIsRefusedPointingToVerify(*workspace, m_total);
    }

    void anchorIsTheHeadOfAVerifiedLog()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        auto anchor = workspace->audit().anchor();
        QVERIFY2(anchor.ok(), qPrintable(anchor.error().message));
        const AuditEntry last = allEntries(*workspace).constLast();
        QCOMPARE(anchor->seq, m_total);
        QCOMPARE(anchor->hash, last.hash);
        QCOMPARE(anchor->at, last.at);
        QCOMPARE(anchor->workspaceId, workspace->info()->workspaceId);
        QCOMPARE(anchor->toString(), QStringLiteral("%1:%2").arg(m_total).arg(last.hash));
    }

    void brokenLogGivesNoAnchor()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("UPDATE audit_log SET payload = '{}' WHERE seq = 3"));
        auto anchor = workspace->audit().anchor();
        QVERIFY(!anchor.ok());
        QCOMPARE(anchor.error().kind, Error::Kind::Failed);
        QVERIFY2(anchor.error().message.contains(QStringLiteral("broken at entry 3 (entry 3 was modified")),
                 qPrintable(anchor.error().message));
        QVERIFY2(anchor.error().message.contains(QStringLiteral("gives no anchor")),
                 qPrintable(anchor.error().message));
    }

    void matchingAnchorsVerify()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        const QList<AuditEntry> entries = allEntries(*workspace);
        QList<AuditAnchor> anchors;
        for (qsizetype index : {qsizetype(0), entries.size() / 2, entries.size() - 1})
            anchors.append(AuditAnchor{entries.at(index).seq, entries.at(index).hash, {}, {}});
        auto result = workspace->audit().verify(anchors);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY2(result->intact, qPrintable(result->problem));
        QCOMPARE(result->anchors.size(), 3);
        for (const AuditAnchorCheck &check : result->anchors) {
            QVERIFY2(check.matches, qPrintable(check.problem));
            QCOMPARE(check.actualHash, check.anchor.hash);
        }
    }

    void anchorCatchesTruncatedLogThatVerifiesWithoutIt()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        const AuditAnchor head = workspace->audit().anchor().value();
        const AuditAnchor early{2, allEntries(*workspace).at(1).hash, {}, {}};
        QList<AuditEntry> entries = allEntries(*workspace);
        entries.resize(entries.size() - 2);
        rechain(ws.rawConnection(), entries);

        auto alone = workspace->audit().verify();
        QVERIFY2(alone->intact,
                 "a consistent shorter chain verifies: only an anchor tells it from the original");
        QCOMPARE(alone->entries, m_total - 2);

        auto result = workspace->audit().verify({early, head});
        QVERIFY(result.ok());
        QVERIFY(!result->intact);
        QVERIFY(result->chainIntact());
        QCOMPARE(result->firstBadSeq, qint64(0));
        QCOMPARE(result->anchors.size(), 2);
        QVERIFY(result->anchors.at(0).matches);
        const AuditAnchorCheck &check = result->anchors.at(1);
        QVERIFY(!check.matches);
        QVERIFY(check.actualHash.isEmpty());
        QVERIFY2(
            check.problem.contains(QStringLiteral("the log has no entry %1 (it ends at entry %2): it was cut "
                                                  "short")
                                       .arg(m_total)
                                       .arg(m_total - 2)),
            qPrintable(check.problem));
    }

    void anchorCatchesRechainedLogThatVerifiesWithoutIt()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        const AuditAnchor head = workspace->audit().anchor().value();
        QList<AuditEntry> entries = allEntries(*workspace);
        const AuditAnchor beforeEdit{3, entries.at(2).hash, {}, {}};
        const AuditAnchor atEdit{4, entries.at(3).hash, {}, {}};
        // Entry 4 says something else now, and every entry after it is re-chained to match.
        entries[3].operatorName = QStringLiteral("mallory");
        rechain(ws.rawConnection(), entries);

        QVERIFY(workspace->audit().verify()->intact);
        auto result = workspace->audit().verify({beforeEdit, atEdit, head});
        QVERIFY(!result->intact);
        QVERIFY(result->chainIntact());
        QVERIFY2(result->anchors.at(0).matches, "entries before the edit are as anchored");
        for (const AuditAnchorCheck &check : {result->anchors.at(1), result->anchors.at(2)}) {
            QVERIFY(!check.matches);
            QVERIFY2(check.problem.contains(QStringLiteral("entry %1 now has another hash (%2…): the log was "
                                                           "rewritten at or before entry %1")
                                                .arg(check.anchor.seq)
                                                .arg(check.actualHash.left(12))),
                     qPrintable(check.problem));
        }
        QCOMPARE(result->anchors.at(2).actualHash, workspace->audit().list({})->first().hash);
    }

    void anchorsAreCheckedEvenWhenTheChainIsBroken()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        const AuditAnchor head = workspace->audit().anchor().value();
        dropGuards(ws.rawConnection());
        exec(ws.rawConnection(), QStringLiteral("UPDATE audit_log SET payload = '{}' WHERE seq = 2"));
        AuditAnchor changed = head;
        changed.hash = QString(64, QLatin1Char('c'));
        auto result = workspace->audit().verify({head, changed});
        QVERIFY(!result->intact);
        QCOMPARE(result->firstBadSeq, qint64(2));
        QVERIFY(result->anchors.at(0).matches);
        QVERIFY(!result->anchors.at(1).matches);
        QVERIFY2(result->anchors.at(1).problem.contains(QStringLiteral("now has another hash")),
                 qPrintable(result->anchors.at(1).problem));
    }

    void anchorBeyondTheHeadIsMissingEvenWhenAStrayRowHasIt()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        const AuditEntry stray = forgedAfter(allEntries(*workspace).constLast());
        insertEntry(ws.rawConnection(), stray);
        auto result = workspace->audit().verify({AuditAnchor{stray.seq, stray.hash, {}, {}}});
        QVERIFY(!result->intact);
        QVERIFY(!result->anchors.at(0).matches);
        QVERIFY2(
            result->anchors.at(0).problem.contains(QStringLiteral("the log has no entry %1").arg(stray.seq)),
            qPrintable(result->anchors.at(0).problem));
    }

    void concurrentAppendsAreNotMistakenForTampering()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        std::atomic<bool> done = false;
        std::atomic<int> failedAppends = 0;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            for (int i = 0; i < 150; ++i) {
                if (!workspace->audit().record(QStringLiteral("bob"), kTestAction,
                                               QStringLiteral("test:concurrent"), {{QStringLiteral("i"), i}}))
                    ++failedAppends;
            }
            workspace->database().releaseThreadConnection();
            done = true;
        }));
        writer->start();
        int verifications = 0;
        QString firstProblem;
        while (!done) {
            auto result = workspace->audit().verify();
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            ++verifications;
            if (!result->intact && firstProblem.isEmpty())
                firstProblem = result->problem;
        }
        writer->wait();
        QCOMPARE(failedAppends.load(), 0);
        QVERIFY2(firstProblem.isEmpty(), qPrintable(firstProblem));
        QVERIFY(verifications > 1);
        QCOMPARE(workspace->audit().verify()->entries, m_total + 150);
    }

    void listFiltersByActionOperatorEntityAndTime()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        // bob records an entry of his own; on PostgreSQL the server names the operator, so bob connects as
        // bob.
        ws.urlAs(QStringLiteral("bob"));
        QVERIFY(workspace->operators().grant(QStringLiteral("bob"), Role::Viewer).ok());
        auto bob = ws.openAs(QStringLiteral("bob"));
        QVERIFY2(bob.ok(), qPrintable(bob.error().message));
        QVERIFY(bob.value()
                    ->audit()
                    .record(QStringLiteral("bob"), kTestAction, QStringLiteral("operator:carol"),
                            {{QStringLiteral("role"), QStringLiteral("editor")}})
                    .ok());
        AuditFilter filter;
        filter.action = kTestAction;
        QCOMPARE(workspace->audit().list(filter)->size(), 5);
        filter.action = QStringLiteral("prompt.");
        QVERIFY(workspace->audit().list(filter)->size() > 5);
        filter = {};
        filter.operatorName = QStringLiteral("bob");
        auto byBob = workspace->audit().list(filter);
        QCOMPARE(byBob->size(), 1);
        QCOMPARE(byBob->first().entity, QStringLiteral("operator:carol"));
        filter = {};
        filter.entity = QStringLiteral("operator:");
        QCOMPARE(workspace->audit().list(filter)->size(), 2);
        filter = {};
        filter.limit = 2;
        auto newest = workspace->audit().list(filter);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->first().seq, m_total + 2);
        filter = {};
        filter.since = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(workspace->audit().list(filter)->size(), 0);
        filter = {};
        filter.until = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(workspace->audit().list(filter)->size(), m_total + 2);
    }

    void failedChangeLeavesNoEntry()
    {
        TestWorkspace ws;
        auto workspace = makeWorkspace(ws);
        QVERIFY(workspace);
        auto rejected =
            workspace->audit().record(QStringLiteral("alice"), QString(), QStringLiteral("x"), {});
        QVERIFY(!rejected.ok());
        QCOMPARE(workspace->audit().count().value(), m_total);
        QVERIFY(workspace->audit().verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
