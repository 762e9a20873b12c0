#include "auditlog.h"

#include "database.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

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

Result<AuditVerification> AuditLog::verify()
{
    auto connection = m_database.tryConnection();
    if (!connection)
        return connection.error();
    QSqlQuery query(connection.value());
    query.setForwardOnly(true);
    if (auto done = execSql(
            query, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq"), {},
            QCoreApplication::translate("tailor::AuditLog", "reading the audit log"));
        !done)
        return done.error();

    AuditVerification result;
    QString previousHash = QString(genesisHash);
    qint64 expectedSeq = 1;
    auto fail = [&result](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        if (entry.seq != expectedSeq)
            return fail(expectedSeq,
                        entry.seq > expectedSeq
                            ? QCoreApplication::translate(
                                  "tailor::AuditLog",
                                  "entry %1 is missing (the log jumps from %2 to %3): an entry was deleted")
                                  .arg(expectedSeq)
                                  .arg(expectedSeq - 1)
                                  .arg(entry.seq)
                            : QCoreApplication::translate("tailor::AuditLog",
                                                          "entry %1 appears twice or out of sequence")
                                  .arg(entry.seq));
        if (computeHash(entry) != entry.hash)
            return fail(entry.seq,
                        QCoreApplication::translate(
                            "tailor::AuditLog", "entry %1 was modified: its content does not match its hash")
                            .arg(entry.seq));
        if (entry.prevHash != previousHash)
            return fail(entry.seq,
                        QCoreApplication::translate(
                            "tailor::AuditLog",
                            "entry %1 does not follow entry %2 (previous-hash mismatch): entries were "
                            "reordered or replaced")
                            .arg(entry.seq)
                            .arg(entry.seq - 1));
        previousHash = entry.hash;
        ++expectedSeq;
        ++result.entries;
    }

    QSqlQuery head(connection.value());
    if (auto done = execSql(head, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"), {},
                            QCoreApplication::translate("tailor::AuditLog", "reading the audit log head"));
        !done)
        return done.error();
    const qint64 headSeq = head.next() ? head.value(0).toLongLong() : 0;
    const QString headHash = headSeq > 0 ? head.value(1).toString() : QString(genesisHash);
    if (headSeq != result.entries || headHash != previousHash) {
        if (headSeq > result.entries)
            return fail(result.entries + 1,
                        QCoreApplication::translate(
                            "tailor::AuditLog",
                            "the log ends at entry %1 but its head records entry %2: entries were "
                            "deleted from the end")
                            .arg(result.entries)
                            .arg(headSeq));
        return fail(headSeq, QCoreApplication::translate(
                                 "tailor::AuditLog", "the audit log head does not match the last entry %1")
                                 .arg(result.entries));
    }
    return result;
}

} // namespace tailor
