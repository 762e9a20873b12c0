#include "profilederiver.h"
#include "profiles/rowsvirtualtable.h"

#include "bulkstatement.h"
#include "interestformula.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <tuple>

namespace tailor {

namespace {

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += QByteArray("\\u00") +
                   QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
}

using Row = ProfileDeriver::Interaction;

struct Interest
{
    qint64 category;
    double strength;
    qint64 user;
    qint64 interactions;
};

// SQLite: the interests being inserted, read by the tailor_derived_interests table below. One connection per
// thread, so one buffer per thread.
thread_local const std::vector<Interest> *t_interests = nullptr;

// tailor_derived_interests: the buffer t_interests points to as a virtual table, stored with one INSERT ...
// SELECT.
struct InterestsSource
{
    static constexpr const char *schema =
        "CREATE TABLE x(user_id INTEGER, category_id INTEGER, strength REAL, interactions INTEGER)";
    static size_t count() { return t_interests ? t_interests->size() : 0; }
    static void column(size_t row, sqlite3_context *context, int column)
    {
        const Interest &interest = (*t_interests)[row];
        switch (column) {
        case 0:
            sqlite3_result_int64(context, interest.user);
            break;
        case 1:
            sqlite3_result_int64(context, interest.category);
            break;
        case 2:
            sqlite3_result_double(context, interest.strength);
            break;
        default:
            sqlite3_result_int64(context, interest.interactions);
            break;
        }
    }
};

struct Catalog
{
    std::vector<std::vector<qint32>> itemCategories; // by item id: category indexes
    std::vector<QByteArray> itemExternal;            // by item id
    std::vector<QByteArray> categoryNames;           // by category index
    QHash<qint64, int> categoryIndex;                // category id → index
    std::vector<qint64> categoryIds;                 // by index
    std::vector<QByteArray> kindNames;               // by kind id
};

Result<Catalog> loadCatalog(QSqlDatabase db)
{
    Catalog catalog;
    {
        BulkStatement statement(db, QStringLiteral("SELECT id, name FROM profile_categories ORDER BY id"));
        if (auto prepared = statement.prepare(); !prepared)
            return prepared.error();
        if (auto done = statement.eachRow([&] {
                catalog.categoryIndex.insert(statement.int64(0), int(catalog.categoryIds.size()));
                catalog.categoryIds.push_back(statement.int64(0));
                catalog.categoryNames.push_back(statement.text(1));
            });
            !done)
            return done.error();
    }
    {
        BulkStatement statement(db, QStringLiteral("SELECT id, external_id FROM profile_items"));
        if (auto prepared = statement.prepare(); !prepared)
            return prepared.error();
        if (auto done = statement.eachRow([&] {
                const qint64 id = statement.int64(0);
                if (id < 0 || id > 500000000)
                    return;
                if (size_t(id) >= catalog.itemExternal.size()) {
                    catalog.itemExternal.resize(size_t(id) + 1);
                    catalog.itemCategories.resize(size_t(id) + 1);
                }
                catalog.itemExternal[size_t(id)] = statement.text(1);
            });
            !done)
            return done.error();
    }
    {
        BulkStatement statement(db,
                                QStringLiteral("SELECT item_id, category_id FROM profile_item_categories"));
        if (auto prepared = statement.prepare(); !prepared)
            return prepared.error();
        if (auto done = statement.eachRow([&] {
                const qint64 item = statement.int64(0);
                if (item >= 0 && size_t(item) < catalog.itemCategories.size())
                    catalog.itemCategories[size_t(item)].push_back(
                        catalog.categoryIndex.value(statement.int64(1)));
            });
            !done)
            return done.error();
    }
    {
        BulkStatement statement(db, QStringLiteral("SELECT id, name FROM profile_event_kinds"));
        if (auto prepared = statement.prepare(); !prepared)
            return prepared.error();
        if (auto done = statement.eachRow([&] {
                const qint64 kind = statement.int64(0);
                if (kind >= 0 && kind < 1000000) {
                    if (size_t(kind) >= catalog.kindNames.size())
                        catalog.kindNames.resize(size_t(kind) + 1);
                    catalog.kindNames[size_t(kind)] = statement.text(1);
                }
            });
            !done)
            return done.error();
    }
    return catalog;
}

// Derives one user's profile from their interactions (ascending time) and writes it.
class Writer
{
public:
    explicit Writer(QSqlDatabase db, const Catalog &catalog)
        : m_catalog(catalog)
        , m_sqlite(BulkStatement::sqliteHandle(db) != nullptr)
        , m_update(db,
                   m_sqlite
                       ? QStringLiteral("UPDATE profile_users SET interaction_count = ?, kind_counts = ?, "
                                        "first_at = ?, last_at = ?, top_category = ?, top_strength = ?, "
                                        "recent_items = ? WHERE id = ?")
                       // PostgreSQL: a batch of users per round trip, each column an array.
                       : QStringLiteral(
                             "UPDATE profile_users AS u SET interaction_count = v.c, kind_counts = v.k, "
                             "first_at = v.f, last_at = v.l, top_category = v.t, top_strength = v.s, "
                             "recent_items = v.r FROM unnest(?::bigint[], ?::text[], ?::bigint[], "
                             "?::bigint[], ?::text[], ?::double precision[], ?::text[], ?::bigint[]) AS "
                             "v(c, k, f, l, t, s, r, id) WHERE u.id = v.id"))
        , m_delete(db, m_sqlite
                           ? QStringLiteral("DELETE FROM profile_interests WHERE user_id = ?")
                           : QStringLiteral("DELETE FROM profile_interests WHERE user_id = ANY(?::bigint[])"))
        , m_insert(db, m_sqlite
                           ? QStringLiteral("INSERT INTO profile_interests (user_id, category_id, strength, "
                                            "interactions) SELECT user_id, category_id, strength, "
                                            "interactions FROM tailor_derived_interests")
                           : QStringLiteral("INSERT INTO profile_interests (user_id, category_id, strength, "
                                            "interactions) SELECT * FROM unnest(?::bigint[], ?::bigint[], "
                                            "?::double precision[], ?::bigint[])"))
        , m_raw(catalog.categoryIds.size(), 0.0)
        , m_magnitude(catalog.categoryIds.size(), 0.0)
        , m_count(catalog.categoryIds.size(), 0)
    {}

    Result<void> prepare(QSqlDatabase db)
    {
        if (sqlite3 *handle = BulkStatement::sqliteHandle(db)) {
            if (sqlite3_create_module(handle, "tailor_derived_interests",
                                      RowsVirtualTable<InterestsSource>::module(), nullptr) != SQLITE_OK)
                return Error::failed(QString::fromUtf8(sqlite3_errmsg(handle)));
        }
        for (BulkStatement *statement : {&m_update, &m_delete, &m_insert}) {
            if (auto prepared = statement->prepare(); !prepared)
                return prepared;
        }
        return {};
    }

    Result<void> write(qint64 user, const std::vector<Row> &rows)
    {
        std::vector<std::pair<qint64, qint64>> kinds; // kind id, count (few kinds: a linear search)
        std::vector<int> touched;
        const qint64 last = rows.empty() ? 0 : rows.back().at;
        double ratingSum = 0;
        qint64 ratingCount = 0;
        for (const Row &row : rows) {
            if (InterestFormula::isRating(kindName(row.kind))) {
                ratingSum += row.value;
                ++ratingCount;
            }
        }
        const double baseline = InterestFormula::ratingBaseline(ratingSum, ratingCount);
        for (const Row &row : rows) {
            auto kind = std::find_if(kinds.begin(), kinds.end(),
                                     [&row](const auto &k) { return k.first == row.kind; });
            if (kind == kinds.end())
                kinds.emplace_back(row.kind, 1);
            else
                ++kind->second;
            if (row.item < 0 || size_t(row.item) >= m_catalog.itemCategories.size())
                continue;
            const auto &categories = m_catalog.itemCategories[size_t(row.item)];
            if (categories.empty())
                continue;
            const double weight = InterestFormula::weight(kindName(row.kind), row.value, baseline) *
                                  InterestFormula::decay(double(last - row.at));
            for (const qint32 category : categories) {
                if (m_count[size_t(category)] == 0)
                    touched.push_back(category);
                m_raw[size_t(category)] += weight;
                m_magnitude[size_t(category)] += std::abs(weight);
                ++m_count[size_t(category)];
            }
        }
        // The strongest like or dislike sets the scale; the strongest like is kept on the user row.
        double strongest = 0;
        double topRaw = 0;
        int top = -1;
        for (const int category : touched) {
            const double raw = m_raw[size_t(category)];
            if (InterestFormula::isNeutral(raw, m_magnitude[size_t(category)]))
                continue;
            strongest = std::max(strongest, std::abs(raw));
            if (raw > 0 && (top < 0 || raw > topRaw || (raw == topRaw && category < top))) {
                topRaw = raw;
                top = category;
            }
        }
        // Calls `add(category id, strength, interactions)` for each stored interest and clears the sums.
        const auto eachInterest = [&](const auto &add) {
            for (const int category : touched) {
                const double raw = m_raw[size_t(category)];
                if (!InterestFormula::isNeutral(raw, m_magnitude[size_t(category)]))
                    add(m_catalog.categoryIds[size_t(category)], std::clamp(raw / strongest, -1.0, 1.0),
                        m_count[size_t(category)]);
                m_raw[size_t(category)] = 0;
                m_magnitude[size_t(category)] = 0;
                m_count[size_t(category)] = 0;
            }
        };

        QByteArray kindCounts("{");
        std::sort(kinds.begin(), kinds.end());
        for (const auto &[kind, count] : kinds) {
            if (kindCounts.size() > 1)
                kindCounts += ',';
            appendJsonString(kindCounts, kindName(kind));
            kindCounts += ':' + QByteArray::number(count);
        }
        kindCounts += '}';

        QByteArray recent("[");
        std::vector<qint64> seen;
        for (auto it = rows.rbegin(); it != rows.rend() && seen.size() < 10; ++it) {
            if (std::find(seen.begin(), seen.end(), it->item) != seen.end())
                continue;
            seen.push_back(it->item);
            if (recent.size() > 1)
                recent += ',';
            const QByteArray external = it->item >= 0 && size_t(it->item) < m_catalog.itemExternal.size()
                                            ? m_catalog.itemExternal[size_t(it->item)]
                                            : QByteArray::number(it->item);
            appendJsonString(recent, external);
        }
        recent += ']';

        const qint64 first = rows.empty() ? qint64(0) : rows.front().at;
        const QByteArrayView topName =
            top >= 0 ? QByteArrayView(m_catalog.categoryNames[size_t(top)]) : QByteArrayView("");
        const double topStrength = top >= 0 ? topRaw / strongest : 0.0;
        if (!m_sqlite) {
            m_batch.add(user, qint64(rows.size()), kindCounts, first, last, topName, topStrength, recent);
            eachInterest([&](qint64 category, double strength, qint64 interactions) {
                m_batch.addInterest(user, category, strength, interactions);
            });
            return m_batch.users >= 1000 ? flush() : Result<void>();
        }

        m_update.bind(0, qint64(rows.size()));
        m_update.bindText(1, kindCounts);
        m_update.bind(2, first);
        m_update.bind(3, last);
        m_update.bindText(4, topName);
        m_update.bind(5, topStrength);
        m_update.bindText(6, recent);
        m_update.bind(7, user);
        if (auto done = m_update.step(); !done)
            return done.error();
        m_update.reset();

        m_delete.bind(0, user);
        if (auto done = m_delete.step(); !done)
            return done.error();
        m_delete.reset();
        eachInterest([&](qint64 category, double strength, qint64 interactions) {
            m_interests.push_back({category, strength, user, interactions});
        });
        // The old interests were deleted above, and no user is written twice before flush(), so the new ones
        // can wait and go in together.
        return m_interests.size() >= InterestsPerFlush ? insertInterests() : Result<void>();
    }

    // Writes what is buffered: on SQLite the interests, on PostgreSQL the profiles of the batch.
    Result<void> flush()
    {
        if (m_sqlite)
            return insertInterests();
        if (m_batch.users == 0)
            return {};
        const auto run = [](BulkStatement &statement) -> Result<void> {
            auto done = statement.step();
            statement.reset();
            if (!done)
                return done.error();
            return {};
        };
        QByteArray *update[] = {&m_batch.count, &m_batch.kindCounts, &m_batch.first,       &m_batch.last,
                                &m_batch.top,   &m_batch.strength,   &m_batch.recentItems, &m_batch.ids};
        for (int i = 0; i < 8; ++i)
            m_update.bindText(i, QByteArray(*update[i] + '}'));
        if (auto done = run(m_update); !done)
            return done;
        m_delete.bindText(0, QByteArray(m_batch.ids + '}'));
        if (auto done = run(m_delete); !done)
            return done;
        if (m_batch.interests > 0) {
            QByteArray *insert[] = {&m_batch.interestUsers, &m_batch.interestCategories,
                                    &m_batch.interestStrengths, &m_batch.interestCounts};
            for (int i = 0; i < 4; ++i)
                m_insert.bindText(i, QByteArray(*insert[i] + '}'));
            if (auto done = run(m_insert); !done)
                return done;
        }
        m_batch = {};
        return {};
    }

private:
    static constexpr size_t InterestsPerFlush = 65536;

    // SQLite: inserts the buffered interests in the order of the (category, strength) index, which otherwise
    // takes each one at a random place and costs more than the table itself.
    Result<void> insertInterests()
    {
        std::sort(m_interests.begin(), m_interests.end(), [](const Interest &a, const Interest &b) {
            return std::tie(a.category, a.strength, a.user) < std::tie(b.category, b.strength, b.user);
        });
        if (m_interests.empty())
            return {};
        t_interests = &m_interests;
        auto done = m_insert.step();
        m_insert.reset();
        t_interests = nullptr;
        if (!done)
            return done.error();
        m_interests.clear();
        return {};
    }

    QByteArrayView kindName(qint64 kind) const
    {
        return kind >= 0 && size_t(kind) < m_catalog.kindNames.size()
                   ? QByteArrayView(m_catalog.kindNames[size_t(kind)])
                   : QByteArrayView();
    }

    // Profiles waiting to be written to PostgreSQL, as array literals without their closing brace.
    struct Batch
    {
        qint64 users = 0;
        qint64 interests = 0;
        QByteArray ids = "{", count = "{", kindCounts = "{", first = "{", last = "{", top = "{",
                   strength = "{", recentItems = "{";
        QByteArray interestUsers = "{", interestCategories = "{", interestStrengths = "{",
                   interestCounts = "{";

        static void number(QByteArray &array, qint64 value, bool first)
        {
            if (!first)
                array += ',';
            array += QByteArray::number(value);
        }
        static void real(QByteArray &array, double value, bool first)
        {
            if (!first)
                array += ',';
            array += QByteArray::number(value, 'g', 17);
        }
        // An array element in double quotes: any text, braces and commas included.
        static void text(QByteArray &array, QByteArrayView value, bool first)
        {
            if (!first)
                array += ',';
            array += '"';
            for (const char c : value) {
                if (c == '"' || c == '\\')
                    array += '\\';
                array += c;
            }
            array += '"';
        }

        void add(qint64 user, qint64 interactions, QByteArrayView kinds, qint64 firstAt, qint64 lastAt,
                 QByteArrayView topName, double topStrength, QByteArrayView recent)
        {
            const bool none = users == 0;
            number(ids, user, none);
            number(count, interactions, none);
            text(kindCounts, kinds, none);
            number(first, firstAt, none);
            number(last, lastAt, none);
            text(top, topName, none);
            real(strength, topStrength, none);
            text(recentItems, recent, none);
            ++users;
        }
        void addInterest(qint64 user, qint64 category, double value, qint64 interactions)
        {
            const bool none = interests == 0;
            number(interestUsers, user, none);
            number(interestCategories, category, none);
            real(interestStrengths, value, none);
            number(interestCounts, interactions, none);
            ++interests;
        }
    };

    const Catalog &m_catalog;
    bool m_sqlite;
    Batch m_batch;
    BulkStatement m_update;
    BulkStatement m_delete;
    BulkStatement m_insert;
    std::vector<Interest> m_interests;
    std::vector<double> m_raw;
    std::vector<double>
        m_magnitude; // Σ |weight × decay| per category, to tell a cancelled sum from a small one
    std::vector<qint64> m_count;
};

Result<qint64> maxUserId(QSqlDatabase db, qint64 &count)
{
    BulkStatement statement(db, QStringLiteral("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM profile_users"));
    if (auto prepared = statement.prepare(); !prepared)
        return prepared.error();
    auto row = statement.step();
    if (!row)
        return row.error();
    count = statement.int64(1);
    return statement.int64(0);
}

} // namespace

struct ProfileDeriver::State
{
    Catalog catalog;
    std::unique_ptr<Writer> writer;
};

ProfileDeriver::ProfileDeriver(QSqlDatabase db)
    : m_db(std::move(db))
{}

ProfileDeriver::~ProfileDeriver() = default;

Result<void> ProfileDeriver::prepare()
{
    auto catalog = loadCatalog(m_db);
    if (!catalog)
        return catalog.error();
    auto state = std::make_unique<State>();
    state->catalog = std::move(catalog.value());
    state->writer = std::make_unique<Writer>(m_db, state->catalog);
    if (auto prepared = state->writer->prepare(m_db); !prepared)
        return prepared;
    m_state = std::move(state);
    return {};
}

void ProfileDeriver::noteItem(qint64 id, QByteArrayView external)
{
    if (!m_state || id < 0 || id > 500000000)
        return;
    Catalog &catalog = m_state->catalog;
    if (size_t(id) >= catalog.itemExternal.size()) {
        catalog.itemExternal.resize(size_t(id) + 1 + catalog.itemExternal.size() / 2);
        catalog.itemCategories.resize(catalog.itemExternal.size());
    }
    catalog.itemExternal[size_t(id)] = external.toByteArray();
}

void ProfileDeriver::noteKind(qint64 id, QByteArrayView name)
{
    if (!m_state || id < 0 || id >= 1000000)
        return;
    Catalog &catalog = m_state->catalog;
    if (size_t(id) >= catalog.kindNames.size())
        catalog.kindNames.resize(size_t(id) + 1);
    catalog.kindNames[size_t(id)] = name.toByteArray();
}

Result<void> ProfileDeriver::deriveUser(qint64 user, std::vector<Interaction> &rows)
{
    if (!m_state) {
        if (auto prepared = prepare(); !prepared)
            return prepared;
    }
    const auto byTime = [](const Row &a, const Row &b) {
        return std::tie(a.at, a.item, a.kind) < std::tie(b.at, b.item, b.kind);
    };
    if (!std::is_sorted(rows.begin(), rows.end(), byTime))
        std::sort(rows.begin(), rows.end(), byTime);
    return m_state->writer->write(user, rows);
}

Result<void> ProfileDeriver::flush()
{
    return m_state ? m_state->writer->flush() : Result<void>();
}

Result<qint64> ProfileDeriver::deriveAll(const std::atomic_bool *cancel,
                                         const std::function<void(qint64, qint64)> &progress)
{
    std::vector<qint64> users;
    BulkStatement statement(m_db, QStringLiteral("SELECT id FROM profile_users ORDER BY id"));
    if (auto prepared = statement.prepare(); !prepared)
        return prepared.error();
    if (auto done = statement.eachRow([&] { users.push_back(statement.int64(0)); }); !done)
        return done.error();
    return derive(std::move(users), cancel, progress);
}

Result<qint64> ProfileDeriver::derive(std::vector<qint64> users, const std::atomic_bool *cancel,
                                      const std::function<void(qint64, qint64)> &progress)
{
    std::sort(users.begin(), users.end());
    users.erase(std::unique(users.begin(), users.end()), users.end());
    if (users.empty())
        return qint64(0);
    if (!m_state) {
        if (auto prepared = prepare(); !prepared)
            return prepared.error();
    }
    Writer &writer = *m_state->writer;
    // Profiles written before (deriveUser) reach the database before any of them is derived again here.
    if (auto flushed = writer.flush(); !flushed)
        return flushed.error();
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const Error cancelError =
        Error::failed(QCoreApplication::translate("tailor::ProfileDeriver", "Cancelled."));
    const qint64 total = qint64(users.size());

    qint64 userCount = 0;
    auto maxId = maxUserId(m_db, userCount);
    if (!maxId)
        return maxId.error();
    std::vector<Row> rows;
    qint64 done = 0;
    // Many users: walk the log in id ranges (sequential reads); few users: one lookup each.
    if (users.size() * 10 > size_t(userCount)) {
        // PostgreSQL results arrive whole, so its ranges are smaller.
        const qint64 RangeSize = BulkStatement::sqliteHandle(m_db) ? 20000 : 2000;
        BulkStatement scan(
            m_db, QStringLiteral("SELECT user_id, at, item_id, kind, value FROM profile_interactions "
                                 "WHERE user_id >= ? AND user_id < ? ORDER BY user_id, at, item_id, kind"));
        if (auto prepared = scan.prepare(); !prepared)
            return prepared.error();
        size_t next = 0;
        while (next < users.size()) {
            const qint64 low = users[next];
            const qint64 high = low + RangeSize;
            scan.bind(0, low);
            scan.bind(1, high);
            qint64 current = -1;
            // Writes the users of the set below `bound`: `current` with its rows, the others empty.
            const auto flushBelow = [&](qint64 bound) -> Result<void> {
                const std::vector<Row> none;
                while (next < users.size() && users[next] < bound) {
                    if (auto written = writer.write(users[next], users[next] == current ? rows : none);
                        !written)
                        return written;
                    ++next;
                    ++done;
                }
                return {};
            };
            for (;;) {
                auto row = scan.step();
                if (!row)
                    return row.error();
                if (!row.value())
                    break;
                const qint64 user = scan.int64(0);
                if (user != current) {
                    if (auto flushed = flushBelow(user); !flushed)
                        return flushed.error();
                    current = user;
                    rows.clear();
                }
                if (next < users.size() && users[next] == user)
                    rows.push_back({scan.int64(1), scan.int64(2), scan.int64(3), scan.real(4)});
            }
            scan.reset();
            if (auto flushed = flushBelow(high); !flushed)
                return flushed.error();
            rows.clear();
            if (cancelled())
                return cancelError;
            if (progress)
                progress(done, total);
        }
        if (auto flushed = writer.flush(); !flushed)
            return flushed.error();
        return done;
    }

    BulkStatement history(
        m_db, QStringLiteral("SELECT at, item_id, kind, value FROM profile_interactions WHERE user_id = ? "
                             "ORDER BY at, item_id, kind"));
    if (auto prepared = history.prepare(); !prepared)
        return prepared.error();
    for (const qint64 user : users) {
        rows.clear();
        history.bind(0, user);
        if (auto done = history.eachRow([&] {
                rows.push_back({history.int64(0), history.int64(1), history.int64(2), history.real(3)});
            });
            !done)
            return done.error();
        history.reset();
        if (auto written = writer.write(user, rows); !written)
            return written.error();
        if (++done % 1000 == 0) {
            if (cancelled())
                return cancelError;
            if (progress)
                progress(done, total);
        }
    }
    if (auto flushed = writer.flush(); !flushed)
        return flushed.error();
    return done;
}

} // namespace tailor
