// What the PostgreSQL server itself refuses, whatever client connects. Every test logs in through a
// connection of its own as a role with no Tailor role (mallory) and as each Tailor role (a non-owner admin
// among them) and tries, directly in SQL, what a hostile operator would: writes to every table (the list is
// read from the catalog, so a new table without expectations here fails the test), DDL, disabling
// triggers, forged audit entries, prompt versions, label moves, consent, cache poisoning, unmasked personal
// data and request-log rows. What each role is meant to do is then done through Tailor's own services on a
// connection of that role, and the audit chain stays intact throughout.
#include "identity/role.h"
#include "llm/endpointconfig.h"
#include "llm/llmclient.h"
#include "profiles/importrequest.h"
#include "profiles/profileimporter.h"
#include "profiles/profilestore.h"
#include "profiles/segmentstore.h"
#include "prompts/chatmessage.h"
#include "prompts/promptregistry.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

struct Outcome
{
    bool ok = false;
    QString state; // SQLSTATE
    QString message;
    QList<QVariantList> rows;
};

// A role's tailor role in this test, or "none".
const QStringList kRoles{QStringLiteral("none"),    QStringLiteral("viewer"),   QStringLiteral("editor"),
                         QStringLiteral("analyst"), QStringLiteral("approver"), QStringLiteral("admin")};

QString loginOf(const QString &role)
{
    return role == QLatin1String("none") ? QStringLiteral("mallory") : QStringLiteral("op_") + role;
}

bool mayImport(const QString &role)
{
    return role == QLatin1String("analyst") || role == QLatin1String("admin");
}

// The direct statements each role is meant to be allowed (everything else must fail with 42501). Any other
// failure (a NOT NULL violation, say) means the privilege check passed.
bool directAllowed(const QString &role, const QString &table, const QString &verb)
{
    if (role == QLatin1String("none"))
        return false;
    if (verb == QLatin1String("SELECT"))
        return true;
    static const QStringList importInsert{
        QStringLiteral("profile_event_kinds"),  QStringLiteral("profile_categories"),
        QStringLiteral("profile_items"),        QStringLiteral("profile_item_categories"),
        QStringLiteral("profile_interactions"), QStringLiteral("profile_interests"),
        QStringLiteral("profile_users")};
    if (verb == QLatin1String("INSERT"))
        return (mayImport(role) && importInsert.contains(table)) ||
               (role == QLatin1String("admin") && table == QLatin1String("llm_endpoints"));
    if (verb == QLatin1String("UPDATE"))
        return (mayImport(role) &&
                (table == QLatin1String("profile_items") || table == QLatin1String("profile_users"))) ||
               (role == QLatin1String("admin") && table == QLatin1String("llm_endpoints"));
    if (verb == QLatin1String("DELETE"))
        return (mayImport(role) && (table == QLatin1String("profile_item_categories") ||
                                    table == QLatin1String("profile_interests"))) ||
               (role == QLatin1String("admin") && table == QLatin1String("llm_endpoints"));
    return false; // TRUNCATE, DROP, ALTER, DISABLE TRIGGER, CREATE TRIGGER, REFERENCES
}

// The column an UPDATE probe sets: one the role may update where it may update at all.
const QHash<QString, QString> kUpdateColumn{
    {QStringLiteral("profile_users"), QStringLiteral("interaction_count")},
    {QStringLiteral("profile_items"), QStringLiteral("title")},
    {QStringLiteral("llm_endpoints"), QStringLiteral("model")}};

QString permissionId(Permission permission)
{
    switch (permission) {
    case Permission::ViewWorkspace:
        return QStringLiteral("view");
    case Permission::EditPrompts:
        return QStringLiteral("edit_prompts");
    case Permission::RunExperiments:
        return QStringLiteral("run_experiments");
    case Permission::CallEndpoints:
        return QStringLiteral("call_endpoints");
    case Permission::ImportData:
        return QStringLiteral("import_data");
    case Permission::ReviewProfiles:
        return QStringLiteral("review_profiles");
    case Permission::RevealPii:
        return QStringLiteral("reveal_pii");
    case Permission::ApproveReleases:
        return QStringLiteral("approve_releases");
    case Permission::MoveProtectedLabels:
        return QStringLiteral("move_protected_labels");
    case Permission::ManageOperators:
        return QStringLiteral("manage_operators");
    case Permission::ManageEndpoints:
        return QStringLiteral("manage_endpoints");
    }
    return {};
}

ChatRequest dryRunHello()
{
    ChatRequest request;
    request.endpoint = EndpointConfig::preset(EndpointProvider::DryRun);
    request.messages = {ChatMessage{QStringLiteral("user"), QStringLiteral("hi")}};
    return request;
}

const QList<Permission> kPermissions{
    Permission::ViewWorkspace,   Permission::EditPrompts,     Permission::RunExperiments,
    Permission::CallEndpoints,   Permission::ImportData,      Permission::ReviewProfiles,
    Permission::RevealPii,       Permission::ApproveReleases, Permission::MoveProtectedLabels,
    Permission::ManageOperators, Permission::ManageEndpoints};

} // namespace

class TestPostgresPrivileges : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Workspace> m_alice;
    QTemporaryDir m_files;
    QHash<QString, QString> m_connections;

    QSqlDatabase connect(const QString &role)
    {
        const QString login = loginOf(role);
        if (const auto it = m_connections.constFind(login); it != m_connections.cend())
            return QSqlDatabase::database(it.value());
        const DatabaseUrl url = m_ws->urlAs(login);
        const QString name = QStringLiteral("privileges-") + login;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(login);
        db.setDatabaseName(url.database());
        db.setConnectOptions(QStringLiteral("options='-c client_min_messages=error'"));
        if (!db.open())
            qWarning("cannot connect as %s: %s", qPrintable(login), qPrintable(db.lastError().text()));
        m_connections.insert(login, name);
        return db;
    }

    // Runs `sql` as `role` in a transaction that is always rolled back, so an allowed probe changes nothing.
    Outcome probe(const QString &role, const QString &sql, const QVariantList &values = {})
    {
        QSqlDatabase db = connect(role);
        db.transaction();
        Outcome outcome = exec(db, sql, values);
        db.rollback();
        return outcome;
    }

    // Runs and commits `sql` as `role`.
    Outcome run(const QString &role, const QString &sql, const QVariantList &values = {})
    {
        return exec(connect(role), sql, values);
    }

    static Outcome exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(db);
        Outcome outcome;
        if (values.isEmpty()) {
            outcome.ok = query.exec(sql);
        } else {
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            outcome.ok = query.exec();
        }
        if (!outcome.ok) {
            outcome.state = query.lastError().nativeErrorCode();
            outcome.message = query.lastError().databaseText();
            return outcome;
        }
        while (query.isSelect() && query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            outcome.rows << row;
        }
        return outcome;
    }

    QVariant ownerValue(const QString &sql)
    {
        QSqlQuery query(m_alice->database().connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    std::shared_ptr<Workspace> openAs(const QString &role)
    {
        auto opened = m_ws->openAs(loginOf(role));
        if (!opened)
            qWarning("open as %s: %s", qPrintable(role), qPrintable(opened.error().message));
        return opened ? opened.value() : nullptr;
    }

    void verifyChainIntact()
    {
        auto verified = m_alice->audit().verify();
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }

    qint64 userId(const QString &external)
    {
        return ownerValue(
                   QStringLiteral("SELECT id FROM profile_users WHERE external_id = '%1'").arg(external))
            .toLongLong();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return test::writeTestFile(m_files.filePath(name), content);
    }

    void refuses(const Outcome &outcome, const char *what)
    {
        QVERIFY2(!outcome.ok, what);
        QVERIFY2(outcome.state == QLatin1String("42501"),
                 qPrintable(QStringLiteral("%1: expected a refusal (42501), got %2 %3")
                                .arg(QString::fromLatin1(what), outcome.state, outcome.message)));
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto alice = m_ws->initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        m_alice = alice.value();
        for (const QString &role : kRoles) {
            m_ws->urlAs(loginOf(role)); // the database role exists before an admin names it
            if (role == QLatin1String("none"))
                continue;
            auto granted = m_alice->operators().grant(loginOf(role), parseRole(role).value());
            QVERIFY2(granted.ok(), qPrintable(granted.error().message));
        }
        const QString users =
            writeFile(QStringLiteral("users.csv"), "user_id,email,plan,consent\nu1,u1@example.com,pro,1\n"
                                                   "u2,u2@example.com,free,0\n");
        ImportRequest request;
        request.path = users;
        request.target = ImportTarget::Users;
        request.mapping.piiFields = {QStringLiteral("email")};
        request.mapping.consent = QStringLiteral("consent");
        auto imported = m_alice->profileImporter().run(request);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QVERIFY(m_alice->prompts()
                    .moveLabel(QStringLiteral("candidate-ranking"), QStringLiteral("canary"), 1)
                    .ok());
        verifyChainIntact();
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_connections)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_alice.reset();
        m_ws.reset();
    }

    void publicHasNoPrivilegeOnAnyTailorObject()
    {
        QSqlQuery query(m_alice->database().connection());
        QVERIFY2(
            query.exec(QStringLiteral(
                "SELECT c.relname || ' ' || a.privilege_type FROM pg_class c, "
                "aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' "
                "END::\"char\", "
                "c.relowner))) a WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'S', "
                "'v', 'p') AND a.grantee = 0 UNION ALL SELECT p.oid::regprocedure || ' ' || a.privilege_type "
                "FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f'::\"char\", p.proowner))) a "
                "WHERE "
                "p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'tailor\\_%' AND a.grantee = 0")),
            qPrintable(query.lastError().text()));
        QStringList granted;
        while (query.next())
            granted << query.value(0).toString();
        QVERIFY2(granted.isEmpty(), qPrintable(granted.join(QStringLiteral(", "))));
        // ...and there are Tailor functions to look at.
        QVERIFY(ownerValue(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname LIKE 'tailor\\_%'"))
                    .toInt() > 20);
    }

    void sqlRolesMatchCoreRoles()
    {
        for (Role role : allRoles()) {
            for (Permission permission : kPermissions) {
                const bool server = ownerValue(QStringLiteral("SELECT tailor_role_allows('%1', '%2')")
                                                   .arg(roleId(role), permissionId(permission)))
                                        .toBool();
                QVERIFY2(server == roleAllows(role, permission),
                         qPrintable(QStringLiteral("%1 / %2").arg(roleId(role), permissionId(permission))));
            }
        }
    }

    void everyTableRefusesWhatTheRoleMayNotDo()
    {
        QStringList tables;
        QSqlQuery query(m_alice->database().connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")));
        while (query.next())
            tables << query.value(0).toString();
        QVERIFY(tables.size() >= 24);
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery column(m_alice->database().connection());
            QVERIFY(column.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                               "table_schema = 'public' AND table_name = '%1' ORDER BY "
                                               "ordinal_position LIMIT 1")
                                    .arg(table)));
            QVERIFY(column.next());
            const QString first = kUpdateColumn.value(table, column.value(0).toString());
            const QList<std::pair<QString, QString>> statements{
                {QStringLiteral("SELECT"), QStringLiteral("SELECT * FROM %1 LIMIT 1")},
                {QStringLiteral("INSERT"), QStringLiteral("INSERT INTO %1 DEFAULT VALUES")},
                {QStringLiteral("UPDATE"), QStringLiteral("UPDATE %1 SET %2 = %2 WHERE false")},
                {QStringLiteral("DELETE"), QStringLiteral("DELETE FROM %1 WHERE false")},
                {QStringLiteral("TRUNCATE"), QStringLiteral("TRUNCATE %1")},
                {QStringLiteral("DROP"), QStringLiteral("DROP TABLE %1")},
                {QStringLiteral("ALTER"), QStringLiteral("ALTER TABLE %1 ADD COLUMN forged TEXT")},
                {QStringLiteral("DISABLE TRIGGER"), QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER ALL")},
                {QStringLiteral("CREATE TRIGGER"),
                 QStringLiteral("CREATE TRIGGER forged BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                "tailor_immutable()")},
            };
            for (const QString &role : kRoles) {
                for (const auto &[verb, sql] : statements) {
                    const Outcome outcome = probe(
                        role, sql.contains(QLatin1String("%2")) ? sql.arg(table, first) : sql.arg(table));
                    const bool refused = !outcome.ok && (outcome.state == QLatin1String("42501"));
                    const bool allowed = directAllowed(role, table, verb);
                    QVERIFY2(refused != allowed,
                             qPrintable(QStringLiteral("%1 as %2 on %3: %4 (%5 %6)")
                                            .arg(verb, role, table,
                                                 allowed ? QStringLiteral("should pass the privilege check")
                                                         : QStringLiteral("should be refused"),
                                                 outcome.state, outcome.message)));
                }
            }
        }
    }

    void nobodyForgesAuditEntries()
    {
        const qint64 head = ownerValue(QStringLiteral("SELECT seq FROM audit_head")).toLongLong();
        const QString headHash = ownerValue(QStringLiteral("SELECT hash FROM audit_head")).toString();
        // A forged entry with a correct hash, attributed to alice, and the head moved onto it.
        AuditEntry forged;
        forged.seq = head + 1;
        forged.at = QStringLiteral("2026-01-01T00:00:00.000Z");
        forged.operatorName = QStringLiteral("alice");
        forged.action = QStringLiteral("label.move");
        forged.entity = QStringLiteral("prompt:candidate-ranking");
        forged.payload = QStringLiteral("{}");
        forged.prevHash = headHash;
        forged.hash = AuditLog::computeHash(forged);
        for (const QString &role : kRoles) {
            refuses(probe(role, QStringLiteral("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {forged.seq, forged.at, forged.operatorName, forged.action, forged.entity,
                           forged.payload, forged.prevHash, forged.hash}),
                    "a forged audit entry");
            refuses(
                probe(role, QStringLiteral("INSERT INTO audit_log (seq, at, operator, action, entity, "
                                           "payload, prev_hash, hash) VALUES (999999, 'x', 'x', 'x', 'x', "
                                           "'{}', 'x', 'junk')")),
                "a junk audit row beyond the head");
            refuses(probe(role, QStringLiteral("UPDATE audit_head SET seq = seq + 1")), "moving the head");
            refuses(probe(role, QStringLiteral("SELECT tailor_audit_write('label.move', 'prompt:x', '{}')")),
                    "the internal audit writer");
            // The public append records nothing that has a function of its own, whatever the role.
            refuses(probe(role, QStringLiteral("SELECT tailor_audit_append('label.move', 'prompt:x', '{}')")),
                    "recording a label move by hand");
            refuses(probe(role,
                          QStringLiteral("SELECT tailor_audit_append('operator.grant', 'operator:x', '{}')")),
                    "recording a grant by hand");
            refuses(
                probe(role, QStringLiteral("SELECT tailor_audit_append('workspace.create', 'workspace:x', "
                                           "'{}')")),
                "a second workspace creation");
        }
        refuses(probe(QStringLiteral("viewer"),
                      QStringLiteral("SELECT tailor_audit_append('profiles.import', 'profiles', '{}')")),
                "a viewer recording an import");
        // What the append does record carries the caller's name, not the one the client would like.
        const Outcome exported =
            run(QStringLiteral("viewer"),
                QStringLiteral("SELECT operator, action FROM tailor_audit_append("
                               "'prompt.export', 'prompts', '{\"operator\":\"alice\"}')"));
        QVERIFY2(exported.ok, qPrintable(exported.message));
        QCOMPARE(exported.rows.value(0).value(0).toString(), loginOf(QStringLiteral("viewer")));
        verifyChainIntact();
    }

    void temporaryTablesDoNotShadowTheOperators()
    {
        // pg_temp comes last in the functions' search_path: a temporary "operators" that makes the viewer an
        // admin changes nothing.
        QSqlDatabase db = connect(QStringLiteral("viewer"));
        QSqlQuery query(db);
        QVERIFY2(
            query.exec(QStringLiteral("CREATE TEMP TABLE operators (name TEXT, role TEXT, granted_by TEXT, "
                                      "granted_at TEXT)")),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO operators VALUES (session_user, 'admin', 'x', 'x')")));
        refuses(
            exec(db, QStringLiteral("SELECT tailor_audit_append('profiles.import', 'profiles', '{}')"), {}),
            "an import recorded through a shadowing temporary table");
        QVERIFY(query.exec(QStringLiteral("DROP TABLE pg_temp.operators")));
    }

    void promptVersionsAndLabelsOnlyThroughTheFunctions()
    {
        const qint64 promptId =
            ownerValue(QStringLiteral("SELECT id FROM prompts WHERE name = 'candidate-ranking'"))
                .toLongLong();
        const int latest =
            ownerValue(QStringLiteral("SELECT latest_version FROM prompts WHERE id = %1").arg(promptId))
                .toInt();
        for (const QString &role : kRoles) {
            refuses(probe(role,
                          QStringLiteral(
                              "INSERT INTO prompt_versions (prompt_id, version, sha256, content, author, "
                              "created_at) VALUES (?, ?, 'x', 'x', 'alice', 'now')"),
                          {promptId, latest + 1}),
                    "a version with any author");
            refuses(probe(role, QStringLiteral("UPDATE prompts SET latest_version = latest_version + 1")),
                    "pointing latest elsewhere");
            refuses(probe(role, QStringLiteral("UPDATE prompt_labels SET version = 1")),
                    "moving a label by hand");
            refuses(
                probe(role, QStringLiteral("INSERT INTO prompt_label_history (prompt_id, label, to_version, "
                                           "moved_by, moved_at) VALUES (%1, 'canary', 1, 'alice', 'now')")
                                .arg(promptId)),
                "forged label history");
        }
        for (const QString &role : {QStringLiteral("none"), QStringLiteral("viewer"),
                                    QStringLiteral("analyst"), QStringLiteral("approver")}) {
            refuses(
                probe(role, QStringLiteral("SELECT tailor_label_move('candidate-ranking', 'canary', 1, '')")),
                "a label move by a role that may not edit prompts");
            refuses(
                probe(role, QStringLiteral("SELECT * FROM tailor_prompt_save('candidate-ranking', '', false, "
                                           "%1, 'x', '', NULL, 'prompt.save', '{}', '{}', '{}')")
                                .arg(latest)),
                "a version saved by a role that may not edit prompts");
        }
        refuses(probe(QStringLiteral("editor"),
                      QStringLiteral("SELECT tailor_label_move('candidate-ranking', 'production', 1, '')")),
                "an editor moving production");
        // An editor's version is theirs: the server names the author and computes the hash.
        const Outcome saved =
            run(QStringLiteral("editor"),
                QStringLiteral("SELECT * FROM tailor_prompt_save('candidate-ranking', '', false, "
                               "%1, 'forged body', '', NULL, 'prompt.save', '{}', '{}', '{}')")
                    .arg(latest));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const QString author =
            ownerValue(QStringLiteral("SELECT author || ' ' || sha256 FROM prompt_versions "
                                      "WHERE prompt_id = %1 AND version = %2")
                           .arg(promptId)
                           .arg(latest + 1))
                .toString();
        QCOMPARE(author,
                 loginOf(QStringLiteral("editor")) + QLatin1Char(' ') +
                     QString::fromLatin1(
                         QCryptographicHash::hash("forged body", QCryptographicHash::Sha256).toHex()));
        verifyChainIntact();
    }

    void consentChangesOnlyThroughTheFunction()
    {
        const qint64 u2 = userId(QStringLiteral("u2"));
        for (const QString &role : kRoles) {
            refuses(probe(role, QStringLiteral("UPDATE profile_users SET consent = 1")),
                    "granting consent for all");
            refuses(probe(role, QStringLiteral(
                                    "INSERT INTO profile_users (external_id, consent) VALUES ('u9', 1)")),
                    "a user created with consent");
            refuses(probe(role, QStringLiteral(
                                    "INSERT INTO profile_consent_log (user_id, from_consent, to_consent, "
                                    "changed_by, changed_at) VALUES (%1, 0, 1, 'alice', 'now')")
                                    .arg(u2)),
                    "forged consent history");
            if (!mayImport(role))
                refuses(probe(role, QStringLiteral("SELECT tailor_profile_set_consent(%1, 1)").arg(u2)),
                        "consent changed by a role that may not import");
        }
        const Outcome changed = run(QStringLiteral("analyst"),
                                    QStringLiteral("SELECT tailor_profile_set_consent(%1, 1)").arg(u2));
        QVERIFY2(changed.ok, qPrintable(changed.message));
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT changed_by || ':' || from_consent || '>' || to_consent FROM "
                                      "profile_consent_log WHERE user_id = %1 ORDER BY id DESC LIMIT 1")
                           .arg(u2))
                .toString(),
            loginOf(QStringLiteral("analyst")) + QStringLiteral(":0>1"));
        QVERIFY(
            run(QStringLiteral("analyst"), QStringLiteral("SELECT tailor_profile_set_consent(%1, 0)").arg(u2))
                .ok);
    }

    void personalDataOnlyMaskedOrAuditedlyRevealed()
    {
        const qint64 u1 = userId(QStringLiteral("u1"));
        for (const QString &role : kRoles) {
            const Outcome direct =
                probe(role, QStringLiteral("SELECT value FROM profile_user_attributes WHERE "
                                           "key = 'email'"));
            if (role == QLatin1String("none")) {
                refuses(direct, "reading attributes without a role");
                continue;
            }
            QVERIFY2(direct.ok, qPrintable(direct.message));
            QVERIFY2(direct.rows.isEmpty(),
                     qPrintable(role + QStringLiteral(" read personal data directly")));
            const Outcome masked =
                probe(role, QStringLiteral("SELECT key, value FROM tailor_profile_attributes("
                                           "ARRAY[%1]::bigint[], false) WHERE key = 'email'")
                                .arg(u1));
            QVERIFY2(masked.ok, qPrintable(masked.message));
            QCOMPARE(masked.rows.size(), 1);
            QVERIFY(masked.rows.first().value(1).isNull());
            const Outcome revealed =
                probe(role, QStringLiteral("SELECT value FROM tailor_profile_attributes("
                                           "ARRAY[%1]::bigint[], true) WHERE key = 'email'")
                                .arg(u1));
            if (!roleAllows(parseRole(role).value(), Permission::RevealPii))
                refuses(revealed, "revealing without the right");
        }
        const qint64 before = ownerValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                        "'profile.reveal'"))
                                  .toLongLong();
        const Outcome revealed =
            run(QStringLiteral("analyst"),
                QStringLiteral(
                    "SELECT value FROM tailor_profile_attributes(ARRAY[%1]::bigint[], true) WHERE key = "
                    "'email'")
                    .arg(u1));
        QVERIFY2(revealed.ok, qPrintable(revealed.message));
        QCOMPARE(revealed.rows.value(0).value(0).toString(), QStringLiteral("u1@example.com"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'profile.reveal'"))
                     .toLongLong(),
                 before + 1);
        QCOMPARE(ownerValue(QStringLiteral(
                                "SELECT operator || ' ' || entity FROM audit_log ORDER BY seq DESC LIMIT 1"))
                     .toString(),
                 loginOf(QStringLiteral("analyst")) + QStringLiteral(" profile:u1"));
        verifyChainIntact();
    }

    void cacheAndRequestLogCannotBeForged()
    {
        const QString key(64, QLatin1Char('a'));
        QVERIFY(
            run(QStringLiteral("editor"),
                QStringLiteral("SELECT tailor_cache_put('%1', 'local', 'm', '{\"content\":\"true answer\"}')")
                    .arg(key))
                .ok);
        for (const QString &role : kRoles) {
            refuses(probe(role, QStringLiteral("UPDATE llm_response_cache SET response = 'poison'")),
                    "poisoning");
            refuses(
                probe(role, QStringLiteral("INSERT INTO llm_request_log (at, operator, endpoint, provider, "
                                           "model, cache_key, status) VALUES ('now', 'alice', 'e', 'p', 'm', "
                                           "'k', 'ok')")),
                "a forged request-log row");
            if (!roleAllows(role == QLatin1String("none") ? Role::Viewer : parseRole(role).value(),
                            Permission::CallEndpoints)) {
                refuses(probe(role, QStringLiteral("SELECT tailor_cache_put('%1', 'e', 'm', 'x')").arg(key)),
                        "a cache entry by a role that may not call endpoints");
                refuses(probe(role, QStringLiteral("SELECT tailor_request_log_write('[]')")),
                        "request-log rows by a role that may not call endpoints");
            }
        }
        // Another operator who may call endpoints still cannot replace the editor's answer.
        const Outcome replaced =
            run(QStringLiteral("analyst"),
                QStringLiteral("SELECT tailor_cache_put('%1', 'local', 'm', 'poison')").arg(key));
        QVERIFY2(replaced.ok, qPrintable(replaced.message));
        QCOMPARE(replaced.rows.value(0).value(0).toBool(), false);
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT response || ' by ' || created_by FROM llm_response_cache WHERE "
                                      "cache_key = '%1'")
                           .arg(key))
                .toString(),
            QStringLiteral("{\"content\":\"true answer\"} by ") + loginOf(QStringLiteral("editor")));
        // A request-log row is the caller's, whatever it claims.
        const Outcome logged = run(QStringLiteral("editor"),
                                   QStringLiteral("SELECT tailor_request_log_write('[{\"operator\":\"alice\","
                                                  "\"endpoint\":\"e\",\"provider\":\"p\",\"model\":\"m\","
                                                  "\"cache_key\":\"k\",\"status\":\"ok\"}]')"));
        QVERIFY2(logged.ok, qPrintable(logged.message));
        QCOMPARE(ownerValue(QStringLiteral("SELECT operator FROM llm_request_log ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 loginOf(QStringLiteral("editor")));
    }

    void operatorsCannotPromoteThemselves()
    {
        for (const QString &role : kRoles) {
            if (role == QLatin1String("admin"))
                continue;
            refuses(probe(role, QStringLiteral("SELECT tailor_set_operator_role(session_user, 'admin')")),
                    "self-promotion");
            refuses(probe(role, QStringLiteral("UPDATE operators SET role = 'admin'")),
                    "self-promotion by UPDATE");
            refuses(probe(role, QStringLiteral("SELECT tailor_apply_grants(session_user)")),
                    "re-granting oneself");
        }
    }

    void eachRoleDoesWhatItIsMeantTo()
    {
        // Viewer: reads, masked.
        auto viewer = openAs(QStringLiteral("viewer"));
        QVERIFY(viewer);
        QVERIFY(viewer->prompts().list().ok());
        auto masked = viewer->profiles().detail(QStringLiteral("u1"), false, 10);
        QVERIFY2(masked.ok(), qPrintable(masked.error().message));
        bool sawMaskedEmail = false;
        for (const ProfileAttribute &attribute : masked->row.attributes)
            sawMaskedEmail |= attribute.key == QLatin1String("email") && attribute.masked &&
                              attribute.value == ProfileStore::piiMask();
        QVERIFY(sawMaskedEmail);
        auto viewerCall = viewer->llm().run(dryRunHello());
        QCOMPARE(viewerCall.failure, ChatFailure::NotAllowed);
        QVERIFY2(viewerCall.error.contains(QStringLiteral("may not call LLM endpoints")),
                 qPrintable(viewerCall.error));

        // Editor: versions, custom labels, calls (logged as the editor).
        auto editor = openAs(QStringLiteral("editor"));
        QVERIFY(editor);
        auto version = editor->prompts().resolve(QStringLiteral("item-description-basic"));
        QVERIFY(version.ok());
        auto saved = editor->prompts().save(QStringLiteral("item-description-basic"), version->version,
                                            version->content + QStringLiteral("\nBe brief.\n"),
                                            QStringLiteral("Shorter"));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QVERIFY(saved->created);
        QCOMPARE(saved->version.author, loginOf(QStringLiteral("editor")));
        QVERIFY(editor->prompts()
                    .moveLabel(QStringLiteral("item-description-basic"), QStringLiteral("canary"),
                               saved->version.version)
                    .ok());
        auto refused = editor->prompts().moveLabel(QStringLiteral("item-description-basic"),
                                                   QStringLiteral("production"), saved->version.version);
        QCOMPARE(refused.error().kind, Error::Kind::PermissionDenied);
        auto call = editor->llm().run(dryRunHello());
        QVERIFY2(call.status == ChatStatus::Ok, qPrintable(call.error));
        QVERIFY(editor->llm().flushLog().ok());
        QCOMPARE(ownerValue(
                     QStringLiteral("SELECT operator || ' ' || dry_run FROM llm_request_log ORDER BY id DESC "
                                    "LIMIT 1"))
                     .toString(),
                 loginOf(QStringLiteral("editor")) + QStringLiteral(" 1"));

        // Analyst: imports (consent and personal data through the server's functions), reveals, segments.
        auto analyst = openAs(QStringLiteral("analyst"));
        QVERIFY(analyst);
        ImportRequest request;
        request.path =
            writeFile(QStringLiteral("more.csv"), "user_id,email,plan,consent\nu1,new@example.com,pro,1\n"
                                                  "u3,u3@example.com,free,1\n");
        request.target = ImportTarget::Users;
        request.mapping.piiFields = {QStringLiteral("email")};
        request.mapping.consent = QStringLiteral("consent");
        auto imported = analyst->profileImporter().run(request);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        auto revealed = analyst->profiles().reveal(QStringLiteral("u1"));
        QVERIFY2(revealed.ok(), qPrintable(revealed.error().message));
        QCOMPARE(revealed->value(0).value, QStringLiteral("new@example.com"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT changed_by FROM profile_consent_log WHERE user_id = %1")
                                .arg(userId(QStringLiteral("u3"))))
                     .toString(),
                 loginOf(QStringLiteral("analyst")));
        ProfileFilter everyone;
        auto segment =
            analyst->segments().create(QStringLiteral("all-users"), everyone, QStringLiteral("everyone"));
        QVERIFY2(segment.ok(), qPrintable(segment.error().message));
        QCOMPARE(segment->createdBy, loginOf(QStringLiteral("analyst")));
        QVERIFY(analyst->segments().remove(QStringLiteral("all-users")).ok());
        auto viewerSegment = viewer->segments().create(QStringLiteral("nope"), everyone, {});
        QCOMPARE(viewerSegment.error().kind, Error::Kind::PermissionDenied);

        // Admin who does not own the tables: operators, endpoints, the cache, protected labels.
        auto admin = openAs(QStringLiteral("admin"));
        QVERIFY(admin);
        m_ws->urlAs(QStringLiteral("op_newcomer"));
        QVERIFY2(admin->operators().grant(QStringLiteral("op_newcomer"), Role::Editor).ok(),
                 "grant by an admin");
        QVERIFY(admin->operators().revoke(QStringLiteral("op_newcomer")).ok());
        auto missing = admin->operators().grant(QStringLiteral("nobody_has_this_role"), Role::Viewer);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("there is no database role")),
                 qPrintable(missing.error().message));
        EndpointConfig endpoint = EndpointConfig::preset(EndpointProvider::Vllm, QStringLiteral("gpu"));
        endpoint.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
        endpoint.model = QStringLiteral("m");
        auto stored = admin->endpoints().save(endpoint);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        auto cleared = admin->llm().cache()->clear(admin->operators());
        QVERIFY2(cleared.ok(), qPrintable(cleared.error().message));
        QVERIFY(admin->prompts()
                    .moveLabel(QStringLiteral("item-description-basic"), QStringLiteral("production"),
                               saved->version.version)
                    .ok());

        // Approver: reads (releases come later).
        auto approver = openAs(QStringLiteral("approver"));
        QVERIFY(approver);
        QVERIFY(approver->audit().verify().ok());

        // Without a role there is no workspace to open, and the message says what to do.
        auto nobody = openAs(QStringLiteral("none"));
        QVERIFY(!nobody);
        auto refusedOpen = m_ws->openAs(loginOf(QStringLiteral("none")));
        QCOMPARE(refusedOpen.error().kind, Error::Kind::PermissionDenied);
        QVERIFY2(refusedOpen.error().message.contains(QStringLiteral("workspace grant mallory viewer")),
                 qPrintable(refusedOpen.error().message));

        verifyChainIntact();
        // Every entry was written by whoever really acted.
        QSqlQuery query(m_alice->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT operator FROM audit_log ORDER BY 1")));
        QStringList actors;
        while (query.next())
            actors << query.value(0).toString();
        for (const QString &actor : std::as_const(actors))
            QVERIFY2(actor == QLatin1String("alice") || actor.startsWith(QLatin1String("op_")),
                     qPrintable(actor));
    }
};

QTEST_GUILESS_MAIN(TestPostgresPrivileges)
#include "tst_postgresprivileges.moc"
