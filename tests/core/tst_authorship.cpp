// Who did what is recorded truthfully, on SQLite and PostgreSQL: every consent change names who made it (and
// the log cannot be rewritten), and a cached LLM answer belongs to whoever wrote it — another operator's
// call never replaces it.
#include "llm/responsecache.h"
#include "profiles/importrequest.h"
#include "profiles/profileimporter.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tailor;
using tailor::test::TestWorkspace;

class TestAuthorship : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return test::writeTestFile(m_files.filePath(name), content);
    }

    static ImportRequest users(const QString &path)
    {
        ImportRequest request;
        request.path = path;
        request.target = ImportTarget::Users;
        request.mapping.consent = QStringLiteral("consent");
        return request;
    }

    static QStringList consentLog(QSqlDatabase db)
    {
        QSqlQuery query(db);
        query.exec(
            QStringLiteral("SELECT u.external_id, c.from_consent, c.to_consent, c.changed_by FROM "
                           "profile_consent_log c JOIN profile_users u ON u.id = c.user_id ORDER BY c.id"));
        QStringList rows;
        while (query.next())
            rows << QStringLiteral("%1 %2>%3 by %4")
                        .arg(query.value(0).toString())
                        .arg(query.value(1).toInt())
                        .arg(query.value(2).toInt())
                        .arg(query.value(3).toString());
        return rows;
    }

private slots:
    void everyConsentChangeNamesWhoMadeIt()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        ws.urlAs(QStringLiteral("dana"));
        QVERIFY(alice.value()->operators().grant(QStringLiteral("dana"), Role::Analyst).ok());
        auto dana = ws.openAs(QStringLiteral("dana"));
        QVERIFY2(dana.ok(), qPrintable(dana.error().message));

        auto first = alice.value()->profileImporter().run(
            users(writeFile(QStringLiteral("a.csv"), "user_id,consent\nu1,yes\nu2,no\nu3,\n")));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        // u1 unchanged, u2 granted, u3 refused: two changes by dana, none for u1.
        auto second = dana.value()->profileImporter().run(
            users(writeFile(QStringLiteral("b.csv"), "user_id,consent\nu1,yes\nu2,yes\nu3,no\n")));
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(consentLog(alice.value()->database().connection()),
                 (QStringList{QStringLiteral("u1 -1>1 by alice"), QStringLiteral("u2 -1>0 by alice"),
                              QStringLiteral("u2 0>1 by dana"), QStringLiteral("u3 -1>0 by dana")}));

        // Nobody rewrites the history, not even with the file's or the tables' owner's own SQL.
        QSqlQuery query(alice.value()->database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE profile_consent_log SET changed_by = 'mallory'")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("immutable")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM profile_consent_log")));
    }

    void cachedAnswersBelongToWhoeverWroteThem()
    {
        TestWorkspace ws;
        auto alice = ws.initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        ws.urlAs(QStringLiteral("erin"));
        QVERIFY(alice.value()->operators().grant(QStringLiteral("erin"), Role::Editor).ok());
        auto erin = ws.openAs(QStringLiteral("erin"));
        QVERIFY2(erin.ok(), qPrintable(erin.error().message));

        const QString key(64, QLatin1Char('c'));
        const auto store = [&key](Workspace &workspace, const QString &content) {
            CachedResponse response;
            response.content = content;
            QSqlDatabase db = workspace.database().connection();
            db.transaction();
            auto stored = ResponseCache::store(db, workspace.identity().name, key, QStringLiteral("local"),
                                               QStringLiteral("m"), response);
            db.commit();
            return stored;
        };
        QVERIFY(store(*alice.value(), QStringLiteral("true answer")).ok());
        QVERIFY(store(*erin.value(), QStringLiteral("poisoned answer")).ok());
        auto cached = erin.value()->llm().cache()->lookup(key);
        QVERIFY2(cached.ok(), qPrintable(cached.error().message));
        QVERIFY(cached->has_value());
        QCOMPARE(cached->value().content, QStringLiteral("true answer"));
        // The author may refresh their own entry.
        QVERIFY(store(*alice.value(), QStringLiteral("fresher answer")).ok());
        QCOMPARE(alice.value()->llm().cache()->lookup(key)->value().content,
                 QStringLiteral("fresher answer"));
        QSqlQuery query(alice.value()->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT created_by FROM llm_response_cache")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("alice"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorship)
#include "tst_authorship.moc"
