// AuditLog is the workspace's append-only, hash-chained record of who changed what. Each entry stores the
// hash of the entry before it and a SHA-256 over its own content plus that previous hash, so editing,
// deleting or reordering any entry breaks the chain at that point; audit_head remembers the last entry so a
// removed tail is noticed too. The database refuses UPDATE and DELETE on the log (triggers); verify()
// catches whoever drops the triggers first.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tailor {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QString at; // UTC, ISO 8601 with milliseconds, exactly as stored and hashed
    QString operatorName;
    QString action;  // dotted verb, e.g. "workspace.create", "operator.grant"
    QString entity;  // what it acted on, e.g. "operator:alice"
    QString payload; // compact JSON object, exactly as stored and hashed
    QString prevHash;
    QString hash;

    QJsonObject payloadObject() const;
    QJsonObject toJson() const;
};

struct AuditFilter
{
    QString action;       // exact action, or a prefix ending in '.' ("release.")
    QString operatorName; // exact
    QString entity;       // exact, or a prefix ending in ':' ("operator:")
    QDateTime since;      // inclusive
    QDateTime until;      // exclusive
    int limit = 100;      // 0 = no limit
    bool newestFirst = true;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;     // entries checked
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // what is wrong at firstBadSeq, in words
};

class AuditLog
{
public:
    explicit AuditLog(Database &database);

    // Appends within the caller's open transaction on `db`, so the entry commits or rolls back together
    // with the change it records. On PostgreSQL the server writes it (tailor_audit_append): the operator is
    // the session's role whatever `operatorName` says, and only actions without a function of their own may
    // be recorded this way.
    static Result<AuditEntry> append(QSqlDatabase db, const QString &operatorName, const QString &action,
                                     const QString &entity, const QJsonObject &payload);
    // Appends in a transaction of its own.
    Result<AuditEntry> record(const QString &operatorName, const QString &action, const QString &entity,
                              const QJsonObject &payload);

    Result<QList<AuditEntry>> list(const AuditFilter &filter);
    Result<qint64> count();
    Result<AuditVerification> verify();

    static QString computeHash(const AuditEntry &entry);
    static constexpr QLatin1StringView genesisHash{
        "0000000000000000000000000000000000000000000000000000000000000000"};

private:
    Database &m_database;
};

} // namespace tailor
