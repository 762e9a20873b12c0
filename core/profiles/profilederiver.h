// ProfileDeriver recomputes stored profiles from the interaction log: per user the interaction count and
// the counts by kind, first and last activity, the ten most recent items, and the category interests of
// InterestFormula (strength −1..1 per category, the strongest like kept on the user row for sorting). It
// works inside the caller's open transaction, so an import and the profiles it changes commit together,
// and only for the users it is given: an import passes the users it added interactions for.
#pragma once

#include "result.h"

#include <QSqlDatabase>

#include <QByteArrayView>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace tailor {

class ProfileDeriver
{
public:
    struct Interaction
    {
        qint64 at;
        qint64 item;
        qint64 kind;
        double value;
    };

    explicit ProfileDeriver(QSqlDatabase db);
    ~ProfileDeriver();

    // Loads the categories, items and event kinds derivation needs (derive() does it on first use).
    Result<void> prepare();
    // Items and kinds created after prepare(), e.g. during an import.
    void noteItem(qint64 id, QByteArrayView external);
    void noteKind(qint64 id, QByteArrayView name);
    // Writes the profile of a user whose complete history is `rows` (any order; sorted in place). An import
    // uses it for users it created, whose history it has just read, to avoid reading it back.
    // On PostgreSQL, profiles are written in batches: call flush() after the last deriveUser() (derive() and
    // deriveAll() flush themselves).
    Result<void> deriveUser(qint64 user, std::vector<Interaction> &rows);
    Result<void> flush();

    // Recomputes the profiles of the users with these internal ids; returns how many were derived.
    Result<qint64> derive(std::vector<qint64> users, const std::atomic_bool *cancel = nullptr,
                          const std::function<void(qint64 done, qint64 total)> &progress = {});
    // Recomputes every profile.
    Result<qint64> deriveAll(const std::atomic_bool *cancel = nullptr,
                             const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    struct State;

    QSqlDatabase m_db;
    std::unique_ptr<State> m_state;
};

} // namespace tailor
