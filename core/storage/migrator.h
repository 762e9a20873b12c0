// Migrator brings a workspace's schema to the version this Tailor knows. Migrations are versioned SQL
// files per dialect, compiled in as resources (:/migrations/<dialect>/NNN_name.sql); each runs in its own
// transaction together with its row in schema_migrations, so a failure leaves the previous version intact.
// A migration may also have a step in C++ (setStep), for work that SQL cannot do, such as recomputing derived
// data with code that lives above storage; it runs in the same transaction, after the SQL.
// A workspace whose schema is newer than this build refuses to open rather than being written to.
#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <limits>
#include <map>

namespace tailor {

class Database;

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    QString checksum;
};

struct SchemaState
{
    enum class Kind
    {
        Empty,   // no tables at all: a new workspace
        Tailor,  // a Tailor workspace at some version
        Foreign, // tables exist but not Tailor's
    };
    Kind kind = Kind::Empty;
    int version = 0;
};

class Migrator
{
public:
    // `upgrade` is false while a new workspace is being created: there is nothing to recompute yet, and its
    // first audit entry must be its creation.
    using Step = std::function<Result<void>(QSqlDatabase db, bool upgrade)>;

    explicit Migrator(Database &database);

    // Runs `step` right after the SQL of migration `version`, in its transaction; an error rolls it back.
    void setStep(int version, Step step);

    // Every migration shipped for the database's dialect, in order.
    QList<Migration> available() const;
    int latestVersion() const;

    Result<SchemaState> inspect();
    // Applies what is pending up to `upTo` (default: all); returns the migrations applied (empty when up to
    // date). `appliedBy` is the operator recorded with each migration.
    Result<QList<Migration>> migrate(const QString &appliedBy, int upTo = std::numeric_limits<int>::max());

    // The standard refusal for a schema newer than this build.
    Result<void> checkNotNewer(const SchemaState &state) const;

private:
    Database &m_database;
    std::map<int, Step> m_steps;
};

} // namespace tailor
