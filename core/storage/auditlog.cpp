#include "auditlog.h"

#include "database.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace tailor {

namespace {

void addField(QCryptographicHash &hash, const QString &field)
{
    // Length-prefixed so that moving text from one field into the next changes the hash.
    const QByteArray bytes = field.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
    hash.addData(QByteArrayView("\n"));
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = query.value(1).toString();
    entry.operatorName = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.payload = query.value(5).toString();
    entry.prevHash = query.value(6).toString();
    entry.hash = query.value(7).toString();
    return entry;
}

const QString kColumns = QStringLiteral("seq, at, operator, action, entity, payload, prev_hash, hash");

const QLatin1StringView kCreateAction{"workspace.create"};

QString shortHash(const QString &hash)
{
    return hash.left(12) + QStringLiteral("…");
}

// Before an append: the log must end exactly at its head, or the new entry would either collide with a
// row written behind Tailor's back (a raw UNIQUE error on every later write) or chain onto an entry that is
// gone and hide the damage. One statement, so on PostgreSQL it reads one snapshot even outside the head's
// row lock; it only reads.
Result<void> checkEndsAtHead(QSqlDatabase db, const QString &action)
{
    QSqlQuery query(db);
    if (auto done =
            execSql(query,
                    QStringLiteral(
                        "SELECT (SELECT MAX(seq) FROM audit_log), (SELECT seq FROM audit_head WHERE id = 1), "
                        "(SELECT hash FROM audit_head WHERE id = 1), (SELECT l.hash FROM audit_log l "
                        "JOIN audit_head h ON l.seq = h.seq WHERE h.id = 1)"),
                    {}, AuditLog::tr("reading the audit log head"));
        !done)
        return done;
    if (!query.next())
        return {};
    const bool empty = query.value(0).isNull();
    const bool noHead = query.value(1).isNull();
    const qint64 lastSeq = query.value(0).toLongLong();
    const qint64 headSeq = query.value(1).toLongLong();
    QString problem;
    if (empty && noHead) {
        if (action == kCreateAction)
            return {};
        problem = AuditLog::tr("it is empty, but every workspace's log begins with its creation");
    } else if (noHead) {
        problem = AuditLog::tr("its head is missing, but it holds entries up to %1").arg(lastSeq);
    } else if (empty) {
        problem = AuditLog::tr("it is empty, but its head records entry %1").arg(headSeq);
    } else if (lastSeq > headSeq) {
        problem = AuditLog::tr("it goes on to entry %1 beyond its head (entry %2)").arg(lastSeq).arg(headSeq);
    } else if (lastSeq < headSeq) {
        problem =
            AuditLog::tr("it ends at entry %1, but its head records entry %2").arg(lastSeq).arg(headSeq);
    } else if (query.value(2).toString() != query.value(3).toString()) {
        problem = AuditLog::tr("its head's hash is not the hash of entry %1").arg(headSeq);
    } else {
        return {};
    }
    return Error::failed(
        AuditLog::tr("The audit log needs `tailor-cli audit verify` (in Tailor: Settings → Verify audit "
                     "log): %1. Tailor adds nothing to a log that does not end at its head, so this "
                     "change was not made.")
            .arg(problem));
}

} // namespace

QJsonObject AuditEntry::payloadObject() const
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("at"), at},
            {QStringLiteral("operator"), operatorName},
            {QStringLiteral("action"), action},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("payload"), payloadObject()},
            {QStringLiteral("prev_hash"), prevHash},
            {QStringLiteral("hash"), hash}};
}

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

QString AuditLog::actionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("workspace.create"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Workspace created")},
        {QStringLiteral("workspace.demo"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Demo data created")},
        {QStringLiteral("workspace.migrate"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Workspace upgraded")},
        {QStringLiteral("operator.grant"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Role granted")},
        {QStringLiteral("operator.revoke"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Role revoked")},
        {QStringLiteral("endpoint.save"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Endpoint saved")},
        {QStringLiteral("endpoint.remove"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Endpoint removed")},
        {QStringLiteral("folder.create"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Folder created")},
        {QStringLiteral("prompt.create"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Prompt created")},
        {QStringLiteral("prompt.save"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Prompt version saved")},
        {QStringLiteral("prompt.revert"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Prompt reverted")},
        {QStringLiteral("prompt.move"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Prompt moved")},
        {QStringLiteral("prompt.import"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Prompts imported")},
        {QStringLiteral("prompt.export"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Prompts exported")},
        {QStringLiteral("label.move"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Label moved")},
        {QStringLiteral("label.remove"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Label removed")},
        {QStringLiteral("profiles.import"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Profiles imported")},
        {QStringLiteral("profiles.recompute"),
         QT_TRANSLATE_NOOP("tailor::AuditLog", "Profiles derived again")},
        {QStringLiteral("profile.reveal"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Personal data revealed")},
        {QStringLiteral("segment.create"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Segment saved")},
        {QStringLiteral("segment.delete"), QT_TRANSLATE_NOOP("tailor::AuditLog", "Segment deleted")},
    };
    const auto found = names.constFind(action);
    return found == names.constEnd() ? action
                                     : QCoreApplication::translate("tailor::AuditLog", found.value());
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, entry.at);
    addField(hash, entry.operatorName);
    addField(hash, entry.action);
    addField(hash, entry.entity);
    addField(hash, entry.payload);
    addField(hash, entry.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEntry> AuditLog::append(QSqlDatabase db, const QString &operatorName, const QString &action,
                                    const QString &entity, const QJsonObject &payload)
{
    if (action.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("tailor::AuditLog", "An audit entry needs an action."));
    if (auto endsAtHead = checkEndsAtHead(db, action); !endsAtHead)
        return endsAtHead.error();
    QSqlQuery query(db);
    const QString payloadText = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (db.driverName() == QLatin1String("QPSQL")) {
        // The server writes the entry: it checks that the caller may record this action, and sets the
        // operator (session_user), the time, the sequence and both hashes itself.
        if (auto done = execSql(
                query,
                QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM tailor_audit_append(?, ?, ?)"),
                {action, entity, payloadText},
                QCoreApplication::translate("tailor::AuditLog", "appending to the audit log"));
            !done)
            return done.error();
        if (!query.next())
            return Error::failed(QCoreApplication::translate(
                "tailor::AuditLog", "The server did not return the new audit entry."));
        AuditEntry entry = entryFrom(query);
        query.finish();
        return entry;
    }
    // The head row serializes appenders through the write lock of BEGIN IMMEDIATE.
    const QString headSql = QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (auto done = execSql(query, headSql, {},
                            QCoreApplication::translate("tailor::AuditLog", "reading the audit log head"));
        !done)
        return done.error();
    AuditEntry entry;
    entry.prevHash = QString(genesisHash);
    if (query.next()) {
        entry.seq = query.value(0).toLongLong();
        entry.prevHash = query.value(1).toString();
    }
    entry.seq += 1;
    entry.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    entry.operatorName = operatorName;
    entry.action = action;
    entry.entity = entity;
    entry.payload = payloadText;
    entry.hash = computeHash(entry);

    if (auto done = execSql(query,
                            QStringLiteral("INSERT INTO audit_log (") + kColumns +
                                QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {entry.seq, entry.at, entry.operatorName, entry.action, entry.entity,
                             entry.payload, entry.prevHash, entry.hash},
                            QCoreApplication::translate("tailor::AuditLog", "appending to the audit log"));
        !done)
        return done.error();
    const QString headUpsert = entry.seq == 1
                                   ? QStringLiteral("INSERT INTO audit_head (seq, hash, id) VALUES (?, ?, ?)")
                                   : QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = ?");
    if (auto done = execSql(query, headUpsert, {entry.seq, entry.hash, 1},
                            QCoreApplication::translate("tailor::AuditLog", "moving the audit log head"));
        !done)
        return done.error();
    return entry;
}

Result<AuditEntry> AuditLog::record(const QString &operatorName, const QString &action, const QString &entity,
                                    const QJsonObject &payload)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction transaction(connection.value());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto entry = append(connection.value(), operatorName, action, entity, payload);
    if (!entry)
        return entry;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return entry;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QStringList where;
    QVariantList values;
    auto addPrefixOrExact = [&](const QString &column, const QString &value, QChar prefixMark) {
        if (value.isEmpty())
            return;
        if (value.endsWith(prefixMark)) {
            // substr comparison instead of LIKE: action and entity names may contain '_' and '%'.
            where << QStringLiteral("substr(%1, 1, %2) = ?").arg(column).arg(value.size());
        } else {
            where << column + QStringLiteral(" = ?");
        }
        values << value;
    };
    addPrefixOrExact(QStringLiteral("action"), filter.action, QLatin1Char('.'));
    addPrefixOrExact(QStringLiteral("entity"), filter.entity, QLatin1Char(':'));
    if (!filter.operatorName.isEmpty()) {
        where << QStringLiteral("operator = ?");
        values << filter.operatorName;
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.since.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << filter.until.toUTC().toString(Qt::ISODateWithMs);
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY seq DESC") : QStringLiteral(" ORDER BY seq ASC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (auto done = execSql(query, sql, {},
                                QCoreApplication::translate("tailor::AuditLog", "reading the audit log"));
            !done)
            return done.error();
    } else if (auto done = execSql(query, sql, values,
                                   QCoreApplication::translate("tailor::AuditLog", "reading the audit log"));
               !done) {
        return done.error();
    }
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<qint64> AuditLog::count()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    if (auto done = execSql(query, QStringLiteral("SELECT COUNT(*) FROM audit_log"), {},
                            QCoreApplication::translate("tailor::AuditLog", "counting audit entries"));
        !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<AuditVerification> AuditLog::verify(const QList<AuditAnchor> &anchors)
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    Transaction snapshot(connection.value(), Transaction::Mode::ReadSnapshot);
    if (auto begun = snapshot.begin(); !begun)
        return begun.error();

    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    if (auto done =
            execSql(query, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'"), {},
                    tr("reading workspace metadata"));
        !done)
        return done.error();
    const QString workspaceId = query.next() ? query.value(0).toString() : QString();

    if (auto done = execSql(query, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"), {},
                            tr("reading the audit log head"));
        !done)
        return done.error();
    const bool hasHead = query.next();
    const qint64 headSeq = hasHead ? query.value(0).toLongLong() : 0;
    const QString headHash = hasHead ? query.value(1).toString() : QString();

    qint64 strayCount = 0;
    qint64 firstStray = 0;
    qint64 lastStray = 0;
    if (hasHead) {
        if (auto done = execSql(
                query, QStringLiteral("SELECT COUNT(*), MIN(seq), MAX(seq) FROM audit_log WHERE seq > ?"),
                {headSeq}, tr("reading the audit log"));
            !done)
            return done.error();
        if (query.next()) {
            strayCount = query.value(0).toLongLong();
            firstStray = query.value(1).toLongLong();
            lastStray = query.value(2).toLongLong();
        }
    }

    // Up to the head only: rows beyond it are not part of the log, whatever their hashes say.
    const QString entriesSql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log") +
                               (hasHead ? QStringLiteral(" WHERE seq <= ?") : QString()) +
                               QStringLiteral(" ORDER BY seq");
    if (auto done = execSql(query, entriesSql, hasHead ? QVariantList{headSeq} : QVariantList{},
                            tr("reading the audit log"));
        !done)
        return done.error();

    AuditVerification result;
    result.strayEntries = strayCount;
    result.head.hash = QString(genesisHash);
    result.head.workspaceId = workspaceId;
    auto fail = [&result](qint64 seq, const QString &problem) {
        result.firstBadSeq = seq;
        result.problem = problem;
    };
    if (workspaceId.isEmpty())
        fail(1,
             tr("the workspace's metadata has no workspace ID, so the log cannot be tied to this workspace: "
                "the metadata was removed, or the workspace was never fully created"));

    QHash<qint64, QString> hashesAtAnchors;
    for (const AuditAnchor &anchor : anchors)
        hashesAtAnchors.insert(anchor.seq, QString());
    QString previousHash = QString(genesisHash);
    qint64 expectedSeq = 1;
    qint64 rows = 0;
    qint64 lastRowSeq = 0;
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        ++rows;
        lastRowSeq = entry.seq;
        if (auto found = hashesAtAnchors.find(entry.seq); found != hashesAtAnchors.end())
            found.value() = entry.hash;
        if (!result.chainIntact()) {
            // Keep reading only to check the anchors against what the log holds.
            if (hashesAtAnchors.isEmpty())
                break;
            continue;
        }
        if (entry.seq != expectedSeq) {
            fail(expectedSeq,
                 entry.seq > expectedSeq
                     ? tr("entry %1 is missing (the log jumps from %2 to %3): an entry was deleted")
                           .arg(expectedSeq)
                           .arg(expectedSeq - 1)
                           .arg(entry.seq)
                     : tr("entry %1 appears twice or out of sequence").arg(entry.seq));
            continue;
        }
        if (computeHash(entry) != entry.hash) {
            fail(entry.seq, tr("entry %1 was modified: its content does not match its hash").arg(entry.seq));
            continue;
        }
        if (entry.seq == 1) {
            const QString creationEntity = QStringLiteral("workspace:") + workspaceId;
            if (entry.prevHash != previousHash) {
                fail(1, tr("entry 1 does not begin the chain: its previous hash is not all zeros, so entries "
                           "before it were cut off"));
                continue;
            }
            if (entry.action != kCreateAction || entry.entity != creationEntity) {
                fail(1,
                     tr("entry 1 is %1 on %2, not the creation of this workspace (workspace.create on %3): "
                        "the beginning of the log was replaced")
                         .arg(entry.action, entry.entity, creationEntity));
                continue;
            }
        } else if (entry.prevHash != previousHash) {
            fail(entry.seq, tr("entry %1 does not follow entry %2 (previous-hash mismatch): entries were "
                               "reordered or replaced")
                                .arg(entry.seq)
                                .arg(entry.seq - 1));
            continue;
        }
        previousHash = entry.hash;
        ++expectedSeq;
        ++result.entries;
        result.head.seq = entry.seq;
        result.head.hash = entry.hash;
        result.head.at = entry.at;
    }

    if (result.chainIntact()) {
        const qint64 lastSeq = result.head.seq;
        const QString emptyLog =
            tr("the audit log is empty, but this workspace was created (ID %1) and every workspace's log "
               "begins with its creation: its entries were deleted")
                .arg(workspaceId);
        if (!hasHead) {
            if (rows == 0)
                fail(1, emptyLog);
            else
                fail(lastSeq,
                     tr("the audit log's head is missing, but the log holds %1 entries: the head was "
                        "deleted, so a removed tail could not be noticed")
                         .arg(rows));
        } else if (rows == 0 && strayCount == 0) {
            fail(1, emptyLog);
        } else if (headSeq > lastSeq) {
            fail(lastSeq + 1, tr("the log ends at entry %1 but its head records entry %2: entries were "
                                 "deleted from the end")
                                  .arg(lastSeq)
                                  .arg(headSeq));
        } else if (headSeq >= 1 && headHash != result.head.hash) {
            fail(headSeq, tr("the audit log's head names entry %1 with another hash than the entry has: the "
                             "head or the entry was replaced")
                              .arg(headSeq));
        } else if (strayCount == 1) {
            fail(firstStray, tr("entry %1 lies beyond the log's head (entry %2): it was written behind "
                                "Tailor's back, not appended, and blocks every later change until the "
                                "workspace is restored")
                                 .arg(firstStray)
                                 .arg(headSeq));
        } else if (strayCount > 1) {
            fail(firstStray,
                 tr("%1 entries (%2 to %3) lie beyond the log's head (entry %4): they were written "
                    "behind Tailor's back, not appended, and block every later change until the "
                    "workspace is restored")
                     .arg(strayCount)
                     .arg(firstStray)
                     .arg(lastStray)
                     .arg(headSeq));
        }
    }

    const qint64 logEnd = hasHead ? headSeq : lastRowSeq;
    for (const AuditAnchor &anchor : anchors) {
        AuditAnchorCheck check;
        check.anchor = anchor;
        check.actualHash = hashesAtAnchors.value(anchor.seq);
        if (check.actualHash.isEmpty())
            check.problem = tr("the log has no entry %1 (it ends at entry %2): it was cut short, and perhaps "
                               "re-chained, at or before entry %1")
                                .arg(anchor.seq)
                                .arg(logEnd);
        else if (check.actualHash != anchor.hash)
            check.problem =
                tr("entry %1 now has another hash (%2): the log was rewritten at or before entry %1")
                    .arg(anchor.seq)
                    .arg(shortHash(check.actualHash));
        check.matches = check.problem.isEmpty();
        result.anchors.append(check);
    }

    result.intact =
        result.chainIntact() && std::all_of(result.anchors.cbegin(), result.anchors.cend(),
                                            [](const AuditAnchorCheck &check) { return check.matches; });
    return result;
}

Result<AuditAnchor> AuditLog::anchor()
{
    auto verification = verify();
    if (!verification)
        return verification.error();
    if (!verification->intact)
        return Error::failed(
            tr("The audit log is broken at entry %1 (%2), so Tailor gives no anchor for it: an "
               "anchor would vouch for a broken chain. See `tailor-cli audit verify`.")
                .arg(verification->firstBadSeq)
                .arg(verification->problem));
    return verification->head;
}

} // namespace tailor
