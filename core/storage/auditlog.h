// AuditLog is the workspace's append-only, hash-chained record of who changed what. Each entry stores the
// hash of the entry before it and a SHA-256 over its own content plus that previous hash, so editing,
// deleting or reordering any entry breaks the chain at that point; audit_head remembers the last entry so a
// removed tail is noticed too. The database refuses UPDATE and DELETE on the log (triggers); verify()
// catches whoever drops the triggers first. A chain alone cannot catch whoever rewrites all of it
// consistently (the owner of an SQLite file can); anchors (auditanchor.h) kept elsewhere can. Appends refuse
// a log that does not end at its head, with a message that sends the operator to `audit verify`.
#pragma once

#include "auditanchor.h"
#include "result.h"

#include <QCoreApplication>
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

// One anchor checked against the log.
struct AuditAnchorCheck
{
    AuditAnchor anchor;
    bool matches = false;
    QString actualHash; // the hash the log holds at anchor.seq; empty when it has no such entry
    QString problem;    // why it does not match, in words; empty when it matches
};

struct AuditVerification
{
    bool intact = true;      // the chain, its beginning, its head and every anchor given check out
    qint64 entries = 0;      // entries checked, up to the head
    qint64 firstBadSeq = 0;  // where the chain breaks; 0 when it holds (anchors may still fail)
    QString problem;         // what is wrong at firstBadSeq, in words; empty when the chain holds
    qint64 strayEntries = 0; // rows beyond the head: written without an append
    AuditAnchor head;        // the last entry checked (seq 0 for an empty log), with the workspace ID
    QList<AuditAnchorCheck> anchors;

    bool chainIntact() const { return problem.isEmpty(); }
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(tailor::AuditLog)

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
    // Checks the whole chain: it starts with this workspace's creation on the all-zero hash, each entry's
    // hash matches its content and the entry before, and it ends exactly at the head; then checks that the
    // log holds each anchor's entry with the anchor's hash. Reads one snapshot, so concurrent appends are
    // not mistaken for tampering.
    Result<AuditVerification> verify(const QList<AuditAnchor> &anchors = {});
    // The head of a verified log, to keep outside the workspace. Fails when the log does not verify: an
    // anchor on a broken chain would vouch for it.
    Result<AuditAnchor> anchor();

    static QString computeHash(const AuditEntry &entry);
    // What an action id ("profiles.import") means, translated for people ("Profiles imported"); an id this
    // Tailor does not know (from a newer version) is returned as it is.
    static QString actionName(const QString &action);
    static constexpr QLatin1StringView genesisHash{
        "0000000000000000000000000000000000000000000000000000000000000000"};

private:
    Database &m_database;
};

} // namespace tailor
