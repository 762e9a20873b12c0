#include "profilewriter.h"
#include "profiles/rowsvirtualtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>
#include <tuple>

namespace tailor {

namespace {

Result<qint64> stepForId(BulkStatement &statement)
{
    auto row = statement.step();
    if (!row)
        return row.error();
    const qint64 id = row.value() ? statement.int64(0) : -1;
    if (row.value()) {
        // Drain so PostgreSQL's INSERT ... RETURNING completes before the next use.
        while (true) {
            auto more = statement.step();
            if (!more || !more.value())
                break;
        }
    }
    statement.reset();
    return id;
}

Result<void> run(BulkStatement &statement)
{
    auto done = statement.step();
    statement.reset();
    if (!done)
        return done.error();
    return {};
}

// The value of a canonical decimal number below 2^24 ("0", "17"; not "017" or "+1"), else -1.
qint64 smallNumber(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > 8 || (key.size() > 1 && key.front() == '0'))
        return -1;
    qint64 value = 0;
    for (const char c : key) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value < (1 << 24) ? value : -1;
}

// A batch of interactions as PostgreSQL array literals, one per column.
struct InteractionArrays
{
    QByteArray columns[5];
    qint64 rows = 0;

    void add(const ProfileWriter::QueuedInteraction &row)
    {
        const char separator = rows++ == 0 ? '{' : ',';
        for (QByteArray &column : columns)
            column += separator;
        columns[0] += QByteArray::number(row.user);
        columns[1] += QByteArray::number(row.at);
        columns[2] += QByteArray::number(row.item);
        columns[3] += QByteArray::number(row.kind);
        columns[4] += QByteArray::number(row.value, 'g', 17);
    }
    void bind(BulkStatement &statement)
    {
        for (int i = 0; i < 5; ++i) {
            columns[i] += '}';
            statement.bindText(i, columns[i]);
        }
    }
};

// SQLite: the batch of new interactions being stored, read by the tailor_import_rows table below. One
// connection per thread, so one batch per thread.
struct ImportRows
{
    const ProfileWriter::QueuedInteraction *rows = nullptr;
    const quint32 *order = nullptr;
    size_t count = 0;
};
thread_local ImportRows t_importRows;

// tailor_import_rows: the batch in t_importRows as a virtual table, stored with one INSERT ... SELECT.
struct ImportRowsSource
{
    static constexpr const char *schema =
        "CREATE TABLE x(user_id INTEGER, at INTEGER, item_id INTEGER, kind INTEGER, value REAL)";
    static size_t count() { return t_importRows.count; }
    static void column(size_t row, sqlite3_context *context, int column)
    {
        const ProfileWriter::QueuedInteraction &interaction = t_importRows.rows[t_importRows.order[row]];
        switch (column) {
        case 0:
            sqlite3_result_int64(context, interaction.user);
            break;
        case 1:
            sqlite3_result_int64(context, interaction.at);
            break;
        case 2:
            sqlite3_result_int64(context, interaction.item);
            break;
        case 3:
            sqlite3_result_int64(context, interaction.kind);
            break;
        default:
            sqlite3_result_double(context, interaction.value);
            break;
        }
    }
};

QString canonicalJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

struct ProfileWriter::Statements
{
    Statements(QSqlDatabase db, bool sqlite)
        : findUser(db, QStringLiteral("SELECT id FROM profile_users WHERE external_id = ?"))
        // SQLite reads the new id with sqlite3_last_insert_rowid(): RETURNING costs a temporary table opened
        // and closed per user.
        , insertUser(db, sqlite ? QStringLiteral("INSERT INTO profile_users (external_id, id_number, "
                                                 "search_text) VALUES (?, ?, ?)")
                                : QStringLiteral("INSERT INTO profile_users (external_id, id_number, "
                                                 "search_text) VALUES (?, ?, ?) RETURNING id"))
        , insertSearch(db, sqlite ? QStringLiteral(
                                        "INSERT INTO profile_users_search (rowid, search_text) VALUES (?, ?)")
                                  : QStringLiteral("SELECT ?, ?"))
        , insertCreatedSearch(
              db, sqlite ? QStringLiteral("INSERT INTO profile_users_search (rowid, search_text) SELECT id, "
                                          "search_text FROM profile_users WHERE id IN (SELECT value FROM "
                                          "json_each(?)) ORDER BY id")
                         : QStringLiteral("SELECT ?"))
        , deleteSearch(
              db, sqlite ? QStringLiteral("INSERT INTO profile_users_search (profile_users_search, rowid, "
                                          "search_text) VALUES ('delete', ?, ?)")
                         : QStringLiteral("SELECT ?, ?"))
        , findItem(db, QStringLiteral("SELECT id FROM profile_items WHERE external_id = ?"))
        , insertItem(db, QStringLiteral("INSERT INTO profile_items (external_id) VALUES (?) RETURNING id"))
        , findKind(db, QStringLiteral("SELECT id FROM profile_event_kinds WHERE name = ?"))
        , insertKind(db, QStringLiteral("INSERT INTO profile_event_kinds (name) VALUES (?) RETURNING id"))
        , findCategory(db, QStringLiteral("SELECT id FROM profile_categories WHERE name = ?"))
        , insertCategory(db, QStringLiteral("INSERT INTO profile_categories (name) VALUES (?) RETURNING id"))
        , insertInteraction(
              db, sqlite
                      ? QStringLiteral("INSERT OR IGNORE INTO profile_interactions (user_id, at, "
                                       "item_id, kind, value) VALUES (?, ?, ?, ?, ?)")
                      // A whole batch per round trip, its columns as arrays; RETURNING names the new rows.
                      : QStringLiteral("INSERT INTO profile_interactions (user_id, at, item_id, kind, value) "
                                       "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], "
                                       "?::integer[], ?::double precision[]) ON CONFLICT DO NOTHING "
                                       "RETURNING user_id, at, item_id, kind"))
        , insertManyInteractions(
              db, sqlite ? QStringLiteral(
                               "INSERT OR IGNORE INTO profile_interactions (user_id, at, item_id, kind, "
                               "value) SELECT user_id, at, item_id, kind, value FROM tailor_import_rows")
                         : QStringLiteral("SELECT 1"))
        , insertNewInteractions(
              db, sqlite
                      ? QStringLiteral("SELECT ?, ?, ?, ?, ?")
                      : QStringLiteral("INSERT INTO profile_interactions (user_id, at, item_id, kind, value) "
                                       "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], "
                                       "?::integer[], ?::double precision[])"))
        // The stored values of duplicates: one row on SQLite (in-process), a batch on PostgreSQL.
        , readInteractionValues(
              db, sqlite
                      ? QStringLiteral("SELECT value FROM profile_interactions WHERE user_id = ? AND at = ? "
                                       "AND item_id = ? AND kind = ?")
                      : QStringLiteral("SELECT p.user_id, p.at, p.item_id, p.kind, p.value FROM "
                                       "unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::integer[], "
                                       "?::double precision[]) AS t(user_id, at, item_id, kind, value) "
                                       "JOIN profile_interactions p ON p.user_id = t.user_id AND p.at = "
                                       "t.at AND p.item_id = t.item_id AND p.kind = t.kind"))
        , userExternalId(db, QStringLiteral("SELECT external_id FROM profile_users WHERE id = ?"))
        , itemExternalId(db, QStringLiteral("SELECT external_id FROM profile_items WHERE id = ?"))
        , readItem(db, QStringLiteral("SELECT title, attributes FROM profile_items WHERE id = ?"))
        , readItemCategories(
              db, QStringLiteral("SELECT c.name FROM profile_item_categories ic JOIN profile_categories c "
                                 "ON c.id = ic.category_id WHERE ic.item_id = ? ORDER BY c.name"))
        , updateItem(db, QStringLiteral("UPDATE profile_items SET title = ?, attributes = ? WHERE id = ?"))
        , deleteItemCategories(db, QStringLiteral("DELETE FROM profile_item_categories WHERE item_id = ?"))
        , insertItemCategory(
              db, QStringLiteral("INSERT INTO profile_item_categories (item_id, category_id) VALUES (?, ?)"))
        , readConsent(db, QStringLiteral("SELECT consent, search_text FROM profile_users WHERE id = ?"))
        // Consent changes are logged with who made them; on PostgreSQL only the server may change consent.
        , updateConsent(db, sqlite
                                ? QStringLiteral("UPDATE profile_users SET consent = ?2 WHERE id = ?1")
                                : QStringLiteral("SELECT tailor_profile_set_consent(?::bigint, ?::integer)"))
        , logConsent(db, sqlite ? QStringLiteral("INSERT INTO profile_consent_log (user_id, from_consent, "
                                                 "to_consent, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)")
                                : QStringLiteral("SELECT ?, ?, ?, ?, ?"))
        // PostgreSQL lets only this function read and write personal data.
        , putAttribute(db, sqlite ? QStringLiteral("SELECT ?, ?, ?, ?")
                                  : QStringLiteral("SELECT tailor_profile_attribute_put(?::bigint, ?::text, "
                                                   "?::text, ?::integer)"))
        , readAttribute(
              db,
              QStringLiteral("SELECT value, pii FROM profile_user_attributes WHERE user_id = ? AND key = ?"))
        , insertAttribute(
              db,
              QStringLiteral("INSERT INTO profile_user_attributes (user_id, key, value, pii) VALUES (?, ?, "
                             "?, ?)"))
        , updateAttribute(
              db,
              QStringLiteral("UPDATE profile_user_attributes SET value = ?, pii = ? WHERE user_id = ? AND "
                             "key = ?"))
        , searchValues(
              db,
              QStringLiteral("SELECT value FROM profile_user_attributes WHERE user_id = ? AND pii = 0 ORDER "
                             "BY key"))
        , updateSearch(db, QStringLiteral("UPDATE profile_users SET search_text = ? WHERE id = ?"))
    {}

    QList<BulkStatement *> all()
    {
        return {&findUser,
                &insertUser,
                &insertSearch,
                &insertCreatedSearch,
                &deleteSearch,
                &findItem,
                &insertItem,
                &findKind,
                &insertKind,
                &findCategory,
                &insertCategory,
                &insertInteraction,
                &insertManyInteractions,
                &insertNewInteractions,
                &readInteractionValues,
                &userExternalId,
                &itemExternalId,
                &readItem,
                &readItemCategories,
                &updateItem,
                &deleteItemCategories,
                &insertItemCategory,
                &readConsent,
                &updateConsent,
                &logConsent,
                &putAttribute,
                &readAttribute,
                &insertAttribute,
                &updateAttribute,
                &searchValues,
                &updateSearch};
    }

    BulkStatement findUser, insertUser, insertSearch, insertCreatedSearch, deleteSearch, findItem, insertItem,
        findKind, insertKind, findCategory, insertCategory, insertInteraction, insertManyInteractions,
        insertNewInteractions, readInteractionValues, userExternalId, itemExternalId, readItem,
        readItemCategories, updateItem, deleteItemCategories, insertItemCategory, readConsent, updateConsent,
        logConsent, putAttribute, readAttribute, insertAttribute, updateAttribute, searchValues, updateSearch;
};

qint64 ProfileWriter::IdCache::find(QByteArrayView key, qint64 &number)
{
    number = smallNumber(key);
    if (number >= 0)
        return size_t(number) < byNumber.size() ? byNumber[size_t(number)] - 1 : -1;
    if (lastId >= 0 && key == QByteArrayView(lastKey))
        return lastId;
    const auto it = byText.constFind(key.toByteArray());
    if (it == byText.cend())
        return -1;
    lastKey = it.key();
    lastId = it.value();
    return lastId;
}

void ProfileWriter::IdCache::insert(QByteArrayView key, qint64 number, qint64 id)
{
    if (number >= 0) {
        if (size_t(number) >= byNumber.size())
            byNumber.resize(size_t(number) + 1 + byNumber.size() / 2, 0);
        byNumber[size_t(number)] = id + 1;
        return;
    }
    lastKey = key.toByteArray();
    lastId = id;
    byText.insert(lastKey, id);
}

ProfileWriter::ProfileWriter(QSqlDatabase db, QString operatorName)
    : m_db(std::move(db))
    , m_operatorName(std::move(operatorName))
    , m_sqlite(BulkStatement::sqliteHandle(m_db) != nullptr)
    , m_statements(std::make_unique<Statements>(m_db, m_sqlite))
    , m_queueLimit(m_sqlite ? 65536 : 10000)
{}

ProfileWriter::~ProfileWriter() = default;

Result<void> ProfileWriter::prepare()
{
    if (m_sqlite) {
        sqlite3 *handle = BulkStatement::sqliteHandle(m_db);
        if (sqlite3_create_module(handle, "tailor_import_rows", RowsVirtualTable<ImportRowsSource>::module(),
                                  nullptr) != SQLITE_OK)
            return Error::failed(QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    for (BulkStatement *statement : m_statements->all()) {
        if (auto prepared = statement->prepare(); !prepared)
            return prepared;
    }
    return {};
}

Result<void> ProfileWriter::preloadIds()
{
    if (m_sqlite)
        return {};
    const std::pair<QString, IdCache *> tables[] = {
        {QStringLiteral("SELECT id, external_id FROM profile_users"), &m_users},
        {QStringLiteral("SELECT id, external_id FROM profile_items"), &m_items}};
    for (const auto &[sql, cache] : tables) {
        BulkStatement all(m_db, sql);
        if (auto prepared = all.prepare(); !prepared)
            return prepared;
        for (;;) {
            auto row = all.step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const QByteArray external = all.text(1);
            cache->insert(external, smallNumber(external), all.int64(0));
        }
    }
    m_preloaded = true;
    return {};
}

Result<qint64> ProfileWriter::user(QByteArrayView external, bool *created)
{
    if (created)
        *created = false;
    qint64 number = -1;
    if (const qint64 cached = m_users.find(external, number); cached >= 0)
        return cached;
    const QByteArray key = external.toByteArray();
    Statements &s = *m_statements;
    qint64 id = -1;
    if (!m_preloaded) {
        s.findUser.bindText(0, external);
        auto found = stepForId(s.findUser);
        if (!found)
            return found;
        id = found.value();
    }
    if (id < 0) {
        const QByteArray search = key.toLower();
        s.insertUser.bindText(0, external);
        qint64 number = 0;
        const auto [end, error] = std::from_chars(external.data(), external.data() + external.size(), number);
        if (error == std::errc() && end == external.data() + external.size())
            s.insertUser.bind(1, number);
        else
            s.insertUser.bindNull(1);
        s.insertUser.bindText(2, search);
        if (m_sqlite) {
            if (auto done = run(s.insertUser); !done)
                return done.error();
            id = sqlite3_last_insert_rowid(BulkStatement::sqliteHandle(m_db));
            m_pendingSearch.push_back(id);
        } else {
            auto inserted = stepForId(s.insertUser);
            if (!inserted)
                return inserted;
            id = inserted.value();
        }
        if (created)
            *created = true;
        m_createdUsers.insert(id);
    }
    m_users.insert(external, number, id);
    return id;
}

Result<void> ProfileWriter::flushSearch()
{
    if (m_pendingSearch.empty())
        return {};
    QByteArray ids("[");
    for (const qint64 id : m_pendingSearch) {
        if (ids.size() > 1)
            ids += ',';
        ids += QByteArray::number(id);
    }
    ids += ']';
    Statements &s = *m_statements;
    s.insertCreatedSearch.bindText(0, ids);
    if (auto done = run(s.insertCreatedSearch); !done)
        return done;
    m_pendingSearch.clear();
    return {};
}

Result<qint64> ProfileWriter::item(QByteArrayView external, bool *created)
{
    if (created)
        *created = false;
    qint64 number = -1;
    if (const qint64 cached = m_items.find(external, number); cached >= 0)
        return cached;
    Statements &s = *m_statements;
    qint64 id = -1;
    if (!m_preloaded) {
        s.findItem.bindText(0, external);
        auto found = stepForId(s.findItem);
        if (!found)
            return found;
        id = found.value();
    }
    if (id < 0) {
        s.insertItem.bindText(0, external);
        auto inserted = stepForId(s.insertItem);
        if (!inserted)
            return inserted;
        id = inserted.value();
        if (created)
            *created = true;
    }
    m_items.insert(external, number, id);
    return id;
}

Result<qint64> ProfileWriter::kind(QByteArrayView name, bool *created)
{
    if (created)
        *created = false;
    const QByteArray key = name.toByteArray().toLower();
    if (const auto it = m_kinds.constFind(key); it != m_kinds.cend())
        return it.value();
    Statements &s = *m_statements;
    s.findKind.bindText(0, key);
    auto found = stepForId(s.findKind);
    if (!found)
        return found;
    qint64 id = found.value();
    if (id < 0) {
        s.insertKind.bindText(0, key);
        auto inserted = stepForId(s.insertKind);
        if (!inserted)
            return inserted;
        id = inserted.value();
        if (created)
            *created = true;
    }
    m_kinds.insert(key, id);
    return id;
}

Result<qint64> ProfileWriter::category(const QString &name)
{
    if (const auto it = m_categories.constFind(name); it != m_categories.cend())
        return it.value();
    Statements &s = *m_statements;
    const QByteArray utf8 = name.toUtf8();
    s.findCategory.bindText(0, utf8);
    auto found = stepForId(s.findCategory);
    if (!found)
        return found;
    qint64 id = found.value();
    if (id < 0) {
        s.insertCategory.bindText(0, utf8);
        auto inserted = stepForId(s.insertCategory);
        if (!inserted)
            return inserted;
        id = inserted.value();
    }
    m_categories.insert(name, id);
    return id;
}

Result<void> ProfileWriter::flushInteractions()
{
    m_order.clear();
    if (m_queued.empty())
        return {};
    // Inserted in key order, the rows land next to each other in the clustered B-tree (SQLite) or primary-key
    // index (PostgreSQL) instead of all over their users' ranges: fewer pages touched, no cell shifting,
    // packed pages. Equal keys keep their file order, so the first of them is the one stored. Files keep a
    // user's rows together (or nearly), so sorting each run of one user is enough, and cheap.
    m_order.resize(m_queued.size());
    m_runs.clear();
    for (size_t i = 0; i < m_order.size(); ++i)
        m_order[i] = quint32(i);
    const auto byKey = [this](quint32 a, quint32 b) {
        const QueuedInteraction &x = m_queued[a];
        const QueuedInteraction &y = m_queued[b];
        return std::tie(x.at, x.item, x.kind, a) < std::tie(y.at, y.item, y.kind, b);
    };
    QHash<qint64, int> runsPerUser;
    for (size_t start = 0; start < m_order.size();) {
        size_t end = start + 1;
        while (end < m_order.size() && m_queued[end].user == m_queued[start].user)
            ++end;
        std::sort(m_order.begin() + qsizetype(start), m_order.begin() + qsizetype(end), byKey);
        m_runs.emplace_back(start, end);
        ++runsPerUser[m_queued[start].user];
        start = end;
    }

    // A user this import created has no rows stored before the first batch that holds its rows (PostgreSQL
    // never hands out an id twice; SQLite could only reuse the id of a deleted user, and nothing deletes
    // users). When that batch holds them in one run, dropping equal neighbours of the sorted run here leaves
    // rows that are all new: they need no answer per row, so they go in bulk (PostgreSQL: a plain INSERT,
    // half the server's work of INSERT ... ON CONFLICT; SQLite: many rows per statement). Every other row is
    // checked one by one.
    m_fresh.clear();
    m_checked.clear();
    for (const auto &[start, end] : m_runs) {
        const qint64 user = m_queued[start].user;
        const bool created = m_createdUsers.contains(user);
        const bool fresh = created && !m_storedUsers.contains(user) && runsPerUser.value(user) == 1;
        if (created)
            m_storedUsers.insert(user);
        const QueuedInteraction *stored = nullptr; // the first of the rows with the current key
        for (size_t i = start; i < end; ++i) {
            QueuedInteraction &row = m_queued[m_order[i]];
            if (!fresh) {
                m_checked.push_back(m_order[i]);
                continue;
            }
            row.added = !stored || std::tie(stored->at, stored->item, stored->kind) !=
                                       std::tie(row.at, row.item, row.kind);
            if (row.added) {
                m_fresh.push_back(m_order[i]);
                stored = &row;
            } else if (row.value != stored->value) {
                row.conflict = true;
                row.storedValue = stored->value;
            }
        }
    }
    return m_sqlite ? storeSqlite() : storePostgres();
}

Result<void> ProfileWriter::storeSqlite()
{
    Statements &s = *m_statements;
    const auto bindRow = [](BulkStatement &statement, int first, const QueuedInteraction &row) {
        statement.bind(first, row.user);
        statement.bind(first + 1, row.at);
        statement.bind(first + 2, row.item);
        statement.bind(first + 3, row.kind);
        statement.bind(first + 4, row.value);
    };
    // New rows: one statement for the batch.
    qint64 stored = 0;
    if (!m_fresh.empty()) {
        t_importRows = {m_queued.data(), m_fresh.data(), m_fresh.size()};
        auto done = s.insertManyInteractions.step();
        s.insertManyInteractions.reset();
        t_importRows = {};
        if (!done)
            return done.error();
        stored = s.insertManyInteractions.changes();
    }
    BulkStatement &insert = s.insertInteraction;
    if (stored != qint64(m_fresh.size()))
        return Error::failed(QCoreApplication::translate(
            "tailor::ProfileWriter",
            "The workspace holds interactions of users that do not exist; the import was not applied."));
    for (const quint32 index : m_checked) {
        QueuedInteraction &row = m_queued[index];
        bindRow(insert, 0, row);
        auto done = insert.step();
        insert.reset();
        if (!done)
            return done.error();
        row.added = insert.changes() > 0;
        if (row.added)
            continue;
        BulkStatement &read = s.readInteractionValues;
        read.bind(0, row.user);
        read.bind(1, row.at);
        read.bind(2, row.item);
        read.bind(3, row.kind);
        auto found = read.step();
        if (!found) {
            read.reset();
            return found.error();
        }
        if (found.value()) {
            row.storedValue = read.real(0);
            row.conflict = row.storedValue != row.value;
        }
        read.reset();
    }
    return {};
}

Result<void> ProfileWriter::storePostgres()
{
    Statements &s = *m_statements;
    if (!m_fresh.empty()) {
        InteractionArrays fresh;
        for (const quint32 index : m_fresh)
            fresh.add(m_queued[index]);
        fresh.bind(s.insertNewInteractions);
        auto done = s.insertNewInteractions.step();
        s.insertNewInteractions.reset();
        if (!done)
            return done.error();
    }
    if (m_checked.empty())
        return {};
    InteractionArrays checked;
    for (const quint32 index : m_checked)
        checked.add(m_queued[index]);
    BulkStatement &insert = s.insertInteraction;
    checked.bind(insert);
    using Key = std::tuple<qint64, qint64, qint64, qint64>;
    std::vector<Key> added;
    for (;;) {
        auto row = insert.step();
        if (!row) {
            insert.reset();
            return row.error();
        }
        if (!row.value())
            break;
        added.emplace_back(insert.int64(0), insert.int64(1), insert.int64(2), insert.int64(3));
    }
    insert.reset();
    std::sort(added.begin(), added.end());
    std::vector<bool> claimed(added.size(), false);
    // The first of equal queued rows in file order is the one stored; the others are duplicates.
    std::vector<quint32> checkedInFileOrder = m_checked;
    std::sort(checkedInFileOrder.begin(), checkedInFileOrder.end());
    for (const quint32 index : checkedInFileOrder) {
        QueuedInteraction &row = m_queued[index];
        const Key key{row.user, row.at, row.item, row.kind};
        const auto it = std::lower_bound(added.begin(), added.end(), key);
        const size_t position = size_t(it - added.begin());
        row.added = it != added.end() && *it == key && !claimed[position];
        if (row.added)
            claimed[position] = true;
    }
    return findPostgresConflicts();
}

Result<void> ProfileWriter::findPostgresConflicts()
{
    InteractionArrays duplicates;
    for (const quint32 index : m_checked) {
        if (!m_queued[index].added)
            duplicates.add(m_queued[index]);
    }
    if (duplicates.rows == 0)
        return {};
    BulkStatement &read = m_statements->readInteractionValues;
    duplicates.bind(read);
    using Key = std::tuple<qint64, qint64, qint64, qint64>;
    std::map<Key, double> stored;
    auto done = read.eachRow([&] {
        stored.emplace(Key{read.int64(0), read.int64(1), read.int64(2), read.int64(3)}, read.real(4));
    });
    read.reset();
    if (!done)
        return done;
    for (const quint32 index : m_checked) {
        QueuedInteraction &row = m_queued[index];
        if (row.added)
            continue;
        const auto it = stored.find(Key{row.user, row.at, row.item, row.kind});
        if (it != stored.end() && it->second != row.value) {
            row.conflict = true;
            row.storedValue = it->second;
        }
    }
    return {};
}

Result<ProfileWriter::InteractionNames> ProfileWriter::names(const QueuedInteraction &row)
{
    InteractionNames names;
    Statements &s = *m_statements;
    for (const auto &[statement, id, name] : {std::tuple{&s.userExternalId, row.user, &names.user},
                                              std::tuple{&s.itemExternalId, row.item, &names.item}}) {
        statement->bind(0, id);
        auto found = statement->step();
        if (found && found.value())
            *name = statement->text(0);
        statement->reset();
        if (!found)
            return found.error();
    }
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (it.value() == row.kind)
            names.kind = it.key();
    }
    return names;
}

Result<ProfileWriter::Change> ProfileWriter::upsertItem(const ItemRow &row, bool &categoriesChanged,
                                                        qint64 &itemId)
{
    Statements &s = *m_statements;
    categoriesChanged = false;
    s.findItem.bindText(0, row.id);
    auto found = stepForId(s.findItem);
    if (!found)
        return found.error();
    const bool isNew = found.value() < 0;
    auto id = item(row.id);
    if (!id)
        return id.error();
    itemId = id.value();

    QString oldTitle;
    QString oldAttributes = QStringLiteral("{}");
    QStringList oldCategories;
    if (!isNew) {
        s.readItem.bind(0, itemId);
        auto read = s.readItem.step();
        if (!read)
            return read.error();
        if (read.value()) {
            oldTitle = QString::fromUtf8(s.readItem.text(0));
            oldAttributes = QString::fromUtf8(s.readItem.text(1));
        }
        s.readItem.reset();
        s.readItemCategories.bind(0, itemId);
        for (;;) {
            auto next = s.readItemCategories.step();
            if (!next)
                return next.error();
            if (!next.value())
                break;
            oldCategories << QString::fromUtf8(s.readItemCategories.text(0));
        }
        s.readItemCategories.reset();
    }
    QStringList categories = row.categories;
    categories.sort();
    std::sort(oldCategories.begin(), oldCategories.end());
    const QString attributes = canonicalJson(row.attributes);
    bool changed = false;
    if (row.title != oldTitle || attributes != oldAttributes) {
        s.updateItem.bindText(0, row.title.toUtf8());
        s.updateItem.bindText(1, attributes.toUtf8());
        s.updateItem.bind(2, itemId);
        if (auto done = run(s.updateItem); !done)
            return done.error();
        changed = true;
    }
    if (categories != oldCategories) {
        s.deleteItemCategories.bind(0, itemId);
        if (auto done = run(s.deleteItemCategories); !done)
            return done.error();
        for (const QString &name : std::as_const(categories)) {
            auto category = this->category(name);
            if (!category)
                return category.error();
            s.insertItemCategory.bind(0, itemId);
            s.insertItemCategory.bind(1, category.value());
            if (auto done = run(s.insertItemCategory); !done)
                return done.error();
        }
        categoriesChanged = !isNew || !oldCategories.isEmpty();
        changed = true;
    }
    if (isNew)
        return Change::Inserted;
    return changed ? Change::Updated : Change::Unchanged;
}

Result<ProfileWriter::Change> ProfileWriter::upsertUser(const UserRow &row, Consent defaultConsent)
{
    Statements &s = *m_statements;
    bool created = false;
    auto id = user(row.id, &created);
    if (!id)
        return id.error();
    bool changed = false;
    s.readConsent.bind(0, id.value());
    auto read = s.readConsent.step();
    if (!read)
        return read.error();
    const Consent oldConsent =
        read.value() ? consentFromStored(int(s.readConsent.int64(0))) : Consent::Unknown;
    s.readConsent.reset();
    const Consent consent = row.hasConsent ? row.consent : (created ? defaultConsent : oldConsent);
    if (consent != oldConsent) {
        s.updateConsent.bind(0, id.value());
        s.updateConsent.bind(1, qint64(consent));
        if (auto done = run(s.updateConsent); !done)
            return done.error();
        if (m_sqlite) {
            s.logConsent.bind(0, id.value());
            s.logConsent.bind(1, qint64(oldConsent));
            s.logConsent.bind(2, qint64(consent));
            s.logConsent.bindText(3, m_operatorName.toUtf8());
            s.logConsent.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
            if (auto done = run(s.logConsent); !done)
                return done.error();
        }
        changed = true;
    }
    bool searchChanged = false;
    for (const UserAttribute &attribute : row.attributes) {
        const QByteArray key = attribute.key.toUtf8();
        const QByteArray value = attribute.value.toUtf8();
        if (!m_sqlite) {
            s.putAttribute.bind(0, id.value());
            s.putAttribute.bindText(1, key);
            s.putAttribute.bindText(2, value);
            s.putAttribute.bind(3, qint64(attribute.pii ? 1 : 0));
            auto put = s.putAttribute.step();
            const bool attributeChanged = put && put.value() && s.putAttribute.int64(0) != 0;
            s.putAttribute.reset();
            if (!put)
                return put.error();
            if (attributeChanged) {
                changed = true;
                searchChanged = true;
            }
            continue;
        }
        s.readAttribute.bind(0, id.value());
        s.readAttribute.bindText(1, key);
        auto existing = s.readAttribute.step();
        if (!existing)
            return existing.error();
        const bool exists = existing.value();
        const QByteArray oldValue = exists ? s.readAttribute.text(0) : QByteArray();
        const bool oldPii = exists && s.readAttribute.int64(1) != 0;
        s.readAttribute.reset();
        if (exists && oldValue == value && oldPii == attribute.pii)
            continue;
        BulkStatement &write = exists ? s.updateAttribute : s.insertAttribute;
        if (exists) {
            write.bindText(0, value);
            write.bind(1, qint64(attribute.pii ? 1 : 0));
            write.bind(2, id.value());
            write.bindText(3, key);
        } else {
            write.bind(0, id.value());
            write.bindText(1, key);
            write.bindText(2, value);
            write.bind(3, qint64(attribute.pii ? 1 : 0));
        }
        if (auto done = run(write); !done)
            return done.error();
        changed = true;
        searchChanged = true;
    }
    if (searchChanged) {
        if (auto refreshed = refreshSearchText(id.value(), row.id); !refreshed)
            return refreshed.error();
    }
    if (created)
        return Change::Inserted;
    return changed ? Change::Updated : Change::Unchanged;
}

Result<void> ProfileWriter::refreshSearchText(qint64 user, QByteArrayView external)
{
    // The user's row must be in the full-text index before its 'delete' below.
    if (auto flushed = flushSearch(); !flushed)
        return flushed;
    Statements &s = *m_statements;
    QByteArray text = external.toByteArray();
    s.searchValues.bind(0, user);
    for (;;) {
        auto next = s.searchValues.step();
        if (!next)
            return next.error();
        if (!next.value())
            break;
        text += ' ' + s.searchValues.text(0);
    }
    s.searchValues.reset();
    text = QString::fromUtf8(text).toLower().toUtf8();
    s.readConsent.bind(0, user);
    auto read = s.readConsent.step();
    if (!read)
        return read.error();
    const QByteArray old = read.value() ? s.readConsent.text(1) : QByteArray();
    s.readConsent.reset();
    if (old == text)
        return {};
    if (m_sqlite) {
        s.deleteSearch.bind(0, user);
        s.deleteSearch.bindText(1, old);
        if (auto done = run(s.deleteSearch); !done)
            return done;
    }
    s.updateSearch.bindText(0, text);
    s.updateSearch.bind(1, user);
    if (auto done = run(s.updateSearch); !done)
        return done;
    if (m_sqlite) {
        s.insertSearch.bind(0, user);
        s.insertSearch.bindText(1, text);
        if (auto done = run(s.insertSearch); !done)
            return done;
    }
    return {};
}

} // namespace tailor
