// ProfileWriter stores what an import reads: it resolves external user, item, kind and category ids to the
// workspace's own (cached in memory, created on first sight: interactions may arrive before the catalog),
// inserts interactions idempotently (a row already stored is a duplicate, not an error), and upserts
// items and users so that re-importing the same file changes nothing. It keeps each user's search text
// (id plus non-PII attribute values) and, on SQLite, its trigram index in step. It runs inside the
// importer's transaction.
#pragma once

#include "profiles/bulkstatement.h"
#include "profiles/import/recordparser.h"
#include "result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace tailor {

class ProfileWriter
{
public:
    enum class Change
    {
        Inserted,
        Updated,
        Unchanged
    };

    // `operatorName` is recorded with consent changes on SQLite (PostgreSQL records session_user itself).
    ProfileWriter(QSqlDatabase db, QString operatorName);
    ~ProfileWriter();

    Result<void> prepare();
    // PostgreSQL: loads every user and item id at once, so that resolving an id never costs a round trip
    // (an import of interactions resolves many). Nothing to do on SQLite, whose lookups are in-process.
    Result<void> preloadIds();

    // A user created here is added to the full-text search index by flushSearch() (SQLite), with the others
    // of the import: call it before the transaction commits. FTS5 writes out its pending terms at every
    // statement's savepoint, so one index insert per user between the import's other statements wrote one
    // tiny index segment per user (a fifth of a 5M-row import's time).
    Result<qint64> user(QByteArrayView external, bool *created = nullptr);
    Result<void> flushSearch();
    Result<qint64> item(QByteArrayView external, bool *created = nullptr);
    Result<qint64> kind(QByteArrayView name, bool *created = nullptr);
    Result<qint64> category(const QString &name);
    // Interactions are stored in batches: queue them, and flush when queueFull() or at the end; the flush
    // marks each queued interaction new (stored now) or a duplicate (stored already, or earlier in the
    // queue), and a duplicate whose value differs from the stored one a conflict (the stored value stays).
    struct QueuedInteraction
    {
        qint64 user;
        qint64 at;
        qint64 item;
        qint64 kind;
        double value;
        qint64 line; // in the file, for messages
        bool added = false;
        bool conflict = false;
        double storedValue = 0; // when a conflict
    };
    void queueInteraction(qint64 user, qint64 at, qint64 item, qint64 kind, double value, qint64 line)
    {
        m_queued.push_back({user, at, item, kind, value, line});
    }
    // The external ids of a queued interaction's user and item and the name of its kind, for messages.
    struct InteractionNames
    {
        QByteArray user;
        QByteArray item;
        QByteArray kind;
    };
    Result<InteractionNames> names(const QueuedInteraction &row);
    bool queueFull() const { return m_queued.size() >= m_queueLimit; }
    Result<void> flushInteractions();
    const std::vector<QueuedInteraction> &queuedInteractions() const { return m_queued; }
    // After a flush: indexes into queuedInteractions(), each user's run in key order, runs in queue order.
    const std::vector<quint32> &storedOrder() const { return m_order; }
    void clearQueue()
    {
        m_queued.clear();
        m_order.clear();
    }
    Result<Change> upsertItem(const ItemRow &row, bool &categoriesChanged, qint64 &itemId);
    Result<Change> upsertUser(const UserRow &row, Consent defaultConsent);

private:
    // Ids that are canonical decimal numbers (MovieLens) are cached by value: no allocation per row.
    struct IdCache
    {
        std::vector<qint64> byNumber; // number → id + 1 (0: unknown), for numbers below 2^24
        QHash<QByteArray, qint64> byText;
        QByteArray lastKey;
        qint64 lastId = -1;

        qint64 find(QByteArrayView key, qint64 &number);
        void insert(QByteArrayView key, qint64 number, qint64 id);
    };

    Result<void> refreshSearchText(qint64 user, QByteArrayView external);
    Result<void> storeSqlite();
    Result<void> storePostgres();
    // PostgreSQL: marks the conflicts among the checked rows that were not added, with one round trip.
    Result<void> findPostgresConflicts();
    struct Statements;

    QSqlDatabase m_db;
    QString m_operatorName;
    bool m_sqlite = false;
    std::unique_ptr<Statements> m_statements;
    IdCache m_users;
    IdCache m_items;
    QHash<QByteArray, qint64> m_kinds;
    QHash<QString, qint64> m_categories;
    std::vector<QueuedInteraction> m_queued;
    std::vector<quint32> m_order;
    std::vector<std::pair<size_t, size_t>> m_runs; // [start, end) in m_order: one user each
    QSet<qint64> m_createdUsers;                   // users this writer created
    std::vector<qint64> m_pendingSearch;           // ... not yet in the full-text index (SQLite)
    QSet<qint64> m_storedUsers;                    // ... of which rows were flushed
    std::vector<quint32> m_fresh;                  // queued rows known to be new, in insert order
    std::vector<quint32> m_checked;                // the others, in insert order
    bool m_preloaded = false;
    size_t m_queueLimit = 1;
};

} // namespace tailor
