#include "prompts/chatmessage.h"
#include "prompts/promptregistry.h"
#include "prompts/promptyfile.h"
#include "testworkspace.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tailor;
using tailor::test::TestWorkspace;

namespace {

QString promptText(const QString &greeting, const QString &extraInput = {})
{
    QString text =
        QStringLiteral("---\nname: Greeting\nfolder: demo\nmodel:\n  api: chat\n  parameters:\n    "
                       "temperature: 0.2\ninputs:\n  user_name:\n    type: string\n    sample: Ada\n");
    if (!extraInput.isEmpty())
        text += QStringLiteral("  %1:\n    type: string\n    sample: x\n").arg(extraInput);
    text += QStringLiteral("template: mustache\n---\nsystem:\n") + greeting +
            QStringLiteral("\n\nuser:\nHello, I am {{user_name}}.");
    if (!extraInput.isEmpty())
        text += QStringLiteral(" {{") + extraInput + QStringLiteral("}}");
    return text + QLatin1Char('\n');
}

QString partialUser(const QString &persona)
{
    return QStringLiteral(
               "---\nname: Uses persona\ninputs:\n  user_name:\n    type: string\n    sample: Ada\n"
               "template: mustache\n---\nsystem:\n{{> %1}}\n\nuser:\nHi {{user_name}}\n")
        .arg(persona);
}

QString personaText(const QString &voice)
{
    return QStringLiteral("---\nname: Persona\ntemplate: mustache\n---\nsystem:\nYou speak %1.\n").arg(voice);
}

} // namespace

class TestPromptRegistry : public QObject
{
    Q_OBJECT

private:
    // Alice creates the workspace (admin); bob is an editor.
    std::shared_ptr<Workspace> m_alice;
    std::shared_ptr<Workspace> m_bob;
    std::unique_ptr<TestWorkspace> m_ws;

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        auto alice = m_ws->initAs(QStringLiteral("alice"));
        QVERIFY2(alice.ok(), qPrintable(alice.error().message));
        m_alice = alice.value();
        m_ws->urlAs(QStringLiteral("bob")); // the database role exists before an admin names it
        m_ws->urlAs(QStringLiteral("carol"));
        QVERIFY(m_alice->operators().grant(QStringLiteral("bob"), Role::Editor).ok());
        if (TestWorkspace::postgresMode()) // on PostgreSQL, only operators may read the workspace
            QVERIFY(m_alice->operators().grant(QStringLiteral("carol"), Role::Viewer).ok());
        auto bob = m_ws->openAs(QStringLiteral("bob"));
        QVERIFY2(bob.ok(), qPrintable(bob.error().message));
        m_bob = bob.value();
    }

    void cleanup()
    {
        m_bob.reset();
        m_alice.reset();
        m_ws.reset();
    }

    void newWorkspaceHasTheShippedPrompts()
    {
        auto prompts = m_alice->prompts().list();
        QVERIFY(prompts.ok());
        QStringList names;
        for (const PromptSummary &prompt : prompts.value())
            names << prompt.name;
        for (const char *expected :
             {"item-description-basic", "item-description-recommendation", "item-description-engagement",
              "item-description-recommendation-engagement", "candidate-ranking", "next-item", "user-profile",
              "pairwise-judge"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QVERIFY(m_alice->prompts().folders()->contains(QStringLiteral("llm-rec/item-descriptions")));
        QVERIFY(m_alice->prompts().folders()->contains(QStringLiteral("llm-rec")));
        // Each shipped prompt renders with its own samples.
        for (const QString &name : std::as_const(names)) {
            auto version = m_alice->prompts().resolve(name);
            QVERIFY(version.ok());
            auto file = PromptyFile::parse(version->content);
            QVERIFY(file.ok());
            auto messages = m_alice->prompts().render(version.value(), file->sampleInputs());
            QVERIFY2(messages.ok(), qPrintable(name + QStringLiteral(": ") + messages.error().message));
            QVERIFY(ChatMessage::estimateTokens(messages.value()) > 20);
        }
    }

    void savesVersionsContentAddressed()
    {
        PromptRegistry &registry = m_bob->prompts();
        auto created = registry.create(QStringLiteral("greeting"), QStringLiteral("demo"),
                                       promptText(QStringLiteral("Be kind.")), QStringLiteral("first"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->version, 1);
        QCOMPARE(created->author, QStringLiteral("bob"));
        QCOMPARE(created->sha256, PromptyFile::sha256(promptText(QStringLiteral("Be kind."))));

        auto same = registry.save(QStringLiteral("greeting"), 1, promptText(QStringLiteral("Be kind.")), {});
        QVERIFY(same.ok());
        QVERIFY(!same->created);
        QCOMPARE(same->version.version, 1);

        // Windows line ends are canonicalised: still the same content.
        QString crlf = promptText(QStringLiteral("Be kind."));
        crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        QVERIFY(!registry.save(QStringLiteral("greeting"), 1, crlf, {})->created);

        auto second = registry.save(QStringLiteral("greeting"), 1, promptText(QStringLiteral("Be brief.")),
                                    QStringLiteral("shorter"));
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QVERIFY(second->created);
        QCOMPARE(second->version.version, 2);
        QCOMPARE(registry.versions(QStringLiteral("greeting"))->size(), 2);

        AuditFilter filter;
        filter.entity = QStringLiteral("prompt:greeting");
        auto entries = m_alice->audit().list(filter);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, QStringLiteral("prompt.save"));
        QCOMPARE(entries->at(1).action, QStringLiteral("prompt.create"));
        QVERIFY(m_alice->audit().verify()->intact);
    }

    void versionsAreImmutableInTheDatabase()
    {
        QVERIFY(m_bob->prompts()
                    .create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("Hi.")), {})
                    .ok());
        QSqlQuery query(m_ws->rawConnection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE prompt_versions SET content = 'x'")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("immutable")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM prompt_versions")));
        QCOMPARE(m_alice->prompts().resolve(QStringLiteral("greeting"))->content,
                 promptText(QStringLiteral("Hi.")));
    }

    void staleSaveIsAConflictNotALostUpdate()
    {
        QVERIFY(m_alice->prompts()
                    .create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("v1")), {})
                    .ok());
        QVERIFY(m_alice->prompts()
                    .save(QStringLiteral("greeting"), 1, promptText(QStringLiteral("alice")), {})
                    ->created);
        auto stale =
            m_bob->prompts().save(QStringLiteral("greeting"), 1, promptText(QStringLiteral("bob")), {});
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QCOMPARE(stale.error().message,
                 QStringLiteral(
                     "Prompt 'greeting' changed while you edited it: you started from version 1, but "
                     "version 2 by alice is newer. Your text was not saved; compare it with version 2 and "
                     "save again."));
        QCOMPARE(m_alice->prompts().resolve(QStringLiteral("greeting"))->content,
                 promptText(QStringLiteral("alice")));
    }

    void concurrentSavesOnTheSameBaseYieldOneVersion()
    {
        QVERIFY(m_alice->prompts()
                    .create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("v1")), {})
                    .ok());
        // Two editors in two threads, each with its own connection, save on base 1 at the same moment.
        std::atomic<int> created = 0;
        std::atomic<int> conflicts = 0;
        auto editor = [&](Workspace *workspace, const QString &text) {
            auto saved = workspace->prompts().save(QStringLiteral("greeting"), 1, promptText(text), {});
            if (saved.ok() && saved->created)
                ++created;
            else if (!saved.ok() && saved.error().kind == Error::Kind::Conflict)
                ++conflicts;
            workspace->database().releaseThreadConnection();
        };
        QThread *first = QThread::create(editor, m_alice.get(), QStringLiteral("from alice"));
        QThread *second = QThread::create(editor, m_bob.get(), QStringLiteral("from bob"));
        first->start();
        second->start();
        QVERIFY(first->wait(30000));
        QVERIFY(second->wait(30000));
        delete first;
        delete second;
        QCOMPARE(created.load(), 1);
        QCOMPARE(conflicts.load(), 1);
        QCOMPARE(m_alice->prompts().versions(QStringLiteral("greeting"))->size(), 2);
    }

    void revertCreatesANewVersionWithOldContent()
    {
        PromptRegistry &registry = m_bob->prompts();
        QVERIFY(registry.create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("one")), {}).ok());
        QVERIFY(registry.save(QStringLiteral("greeting"), 1, promptText(QStringLiteral("two")), {})->created);
        auto reverted = registry.revert(QStringLiteral("greeting"), 1, 2, {});
        QVERIFY2(reverted.ok(), qPrintable(reverted.error().message));
        QCOMPARE(reverted->version.version, 3);
        QCOMPARE(reverted->version.revertedFrom, 1);
        QCOMPARE(reverted->version.content, promptText(QStringLiteral("one")));
        QCOMPARE(reverted->version.message, QStringLiteral("Revert to version 1"));
        auto again = registry.revert(QStringLiteral("greeting"), 3, 3, {});
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("already has the same content")),
                 qPrintable(again.error().message));
    }

    void resolvesReferences()
    {
        PromptRegistry &registry = m_bob->prompts();
        QVERIFY(registry.create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("one")), {}).ok());
        QVERIFY(registry.save(QStringLiteral("greeting"), 1, promptText(QStringLiteral("two")), {})->created);
        QVERIFY(registry.moveLabel(QStringLiteral("greeting"), QStringLiteral("canary"), 1).ok());
        QCOMPARE(registry.resolve(QStringLiteral("greeting"))->version, 2);
        QCOMPARE(registry.resolve(QStringLiteral("greeting@latest"))->version, 2);
        QCOMPARE(registry.resolve(QStringLiteral("greeting@1"))->version, 1);
        QCOMPARE(registry.resolve(QStringLiteral("greeting@canary"))->version, 1);
        QCOMPARE(registry.resolve(QStringLiteral("greeting@canary"))->labels,
                 QStringList{QStringLiteral("canary")});
        QCOMPARE(registry.resolve(QStringLiteral("greeting@7")).error().message,
                 QStringLiteral("Prompt 'greeting' has no version 7 (latest is 2)."));
        QCOMPARE(registry.resolve(QStringLiteral("greeting@gold")).error().message,
                 QStringLiteral("Prompt 'greeting' has no label 'gold'."));
        QCOMPARE(registry.resolve(QStringLiteral("nope")).error().message,
                 QStringLiteral("There is no prompt named 'nope'."));
    }

    void labelsMoveWithHistoryAndAudit()
    {
        PromptRegistry &registry = m_bob->prompts();
        QVERIFY(registry.create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("one")), {}).ok());
        QVERIFY(registry.save(QStringLiteral("greeting"), 1, promptText(QStringLiteral("two")), {})->created);
        QVERIFY(
            registry.moveLabel(QStringLiteral("greeting"), QStringLiteral("canary"), 1, QStringLiteral("try"))
                .ok());
        QVERIFY(registry.moveLabel(QStringLiteral("greeting"), QStringLiteral("canary"), 2).ok());
        QVERIFY(registry.removeLabel(QStringLiteral("greeting"), QStringLiteral("canary")).ok());
        auto history = registry.labelHistory(QStringLiteral("greeting"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).fromVersion, 2);
        QCOMPARE(history->at(0).toVersion, 0);
        QCOMPARE(history->at(1).fromVersion, 1);
        QCOMPARE(history->at(1).toVersion, 2);
        QCOMPARE(history->at(2).fromVersion, 0);
        QCOMPARE(history->at(2).toVersion, 1);
        QCOMPARE(history->at(2).note, QStringLiteral("try"));
        QCOMPARE(history->at(2).movedBy, QStringLiteral("bob"));
        AuditFilter filter;
        filter.action = QStringLiteral("label.");
        QCOMPARE(m_alice->audit().list(filter)->size(), 3);

        QCOMPARE(
            registry.moveLabel(QStringLiteral("greeting"), QStringLiteral("latest"), 1).error().message,
            QStringLiteral("'latest' is implicit: it always names the newest version and cannot be moved."));
        QVERIFY(registry.moveLabel(QStringLiteral("greeting"), QStringLiteral("Bad Label"), 1)
                    .error()
                    .message.contains(QStringLiteral("is not a valid label")));
        QCOMPARE(registry.moveLabel(QStringLiteral("greeting"), QStringLiteral("canary"), 9).error().message,
                 QStringLiteral("Prompt 'greeting' has no version 9 (latest is 2)."));
    }

    void protectedLabelsMoveOnlyForAdmins()
    {
        QVERIFY(m_bob->prompts()
                    .create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("one")), {})
                    .ok());
        auto refused =
            m_bob->prompts().moveLabel(QStringLiteral("greeting"), QStringLiteral("production"), 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::PermissionDenied);
        QCOMPARE(refused.error().message,
                 QStringLiteral(
                     "'production' is a protected label: it moves only through an approved release or by an "
                     "admin. Operator 'bob' has the role editor and may not move protected labels in this "
                     "workspace; ask an admin."));
        QVERIFY(m_bob->prompts().labels(QStringLiteral("greeting"))->isEmpty());
        QVERIFY(
            m_alice->prompts().moveLabel(QStringLiteral("greeting"), QStringLiteral("production"), 1).ok());
        QCOMPARE(m_bob->prompts().labels(QStringLiteral("greeting"))->value(QStringLiteral("production")), 1);
        QVERIFY(!m_bob->prompts().removeLabel(QStringLiteral("greeting"), QStringLiteral("production")).ok());
    }

    void viewersCannotEdit()
    {
        auto carol = m_ws->openAs(QStringLiteral("carol"));
        QVERIFY(carol.ok());
        auto refused =
            carol.value()->prompts().create(QStringLiteral("x"), {}, promptText(QStringLiteral("x")), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("Operator 'carol' has the role viewer and may not "
                                                         "edit prompts in this workspace; ask an admin."));
    }

    void refusesBadNamesAndContent()
    {
        PromptRegistry &registry = m_bob->prompts();
        QVERIFY(registry.create(QStringLiteral("has space"), {}, promptText(QStringLiteral("x")), {})
                    .error()
                    .message.contains(QStringLiteral("is not a valid prompt name")));
        QVERIFY(
            registry.create(QStringLiteral("ok"), QStringLiteral("/abs"), promptText(QStringLiteral("x")), {})
                .error()
                .message.contains(QStringLiteral("is not a valid folder")));
        auto broken = registry.create(QStringLiteral("broken"), {},
                                      QStringLiteral("---\nname: x\n---\nsystem:\n{{#a}}\n"), {});
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(QStringLiteral("never closed")),
                 qPrintable(broken.error().message));
        QVERIFY(!registry.resolve(QStringLiteral("broken")).ok());
        QVERIFY(registry.create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("x")), {}).ok());
        QCOMPARE(registry.create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("x")), {})
                     .error()
                     .message,
                 QStringLiteral("A prompt named 'greeting' already exists."));
    }

    void partialsRenderAtTheirPinnedVersion()
    {
        PromptRegistry &registry = m_bob->prompts();
        QVERIFY(
            registry.create(QStringLiteral("persona"), {}, personaText(QStringLiteral("plainly")), {}).ok());
        auto user =
            registry.create(QStringLiteral("uses-persona"), {}, partialUser(QStringLiteral("persona")), {});
        QVERIFY2(user.ok(), qPrintable(user.error().message));
        QCOMPARE(user->partialPins.value(QStringLiteral("persona")), QStringLiteral("persona@1"));
        QVERIFY(registry.save(QStringLiteral("persona"), 1, personaText(QStringLiteral("like a pirate")), {})
                    ->created);

        auto messages = registry.render(user.value(), {{QStringLiteral("user_name"), QStringLiteral("Ada")}});
        QVERIFY2(messages.ok(), qPrintable(messages.error().message));
        QCOMPARE(messages->first().content, QStringLiteral("You speak plainly."));

        // A new version of the user pins the persona's new latest version.
        auto resaved = registry.save(QStringLiteral("uses-persona"), 1,
                                     partialUser(QStringLiteral("persona")) + QStringLiteral("\n"), {});
        QVERIFY(resaved.ok());
        QCOMPARE(resaved->version.partialPins.value(QStringLiteral("persona")), QStringLiteral("persona@2"));
        messages = registry.render(resaved->version, {{QStringLiteral("user_name"), QStringLiteral("Ada")}});
        QCOMPARE(messages->first().content, QStringLiteral("You speak like a pirate."));
    }

    void refusesMissingAndRecursivePartials()
    {
        PromptRegistry &registry = m_bob->prompts();
        auto missing =
            registry.create(QStringLiteral("uses-ghost"), {}, partialUser(QStringLiteral("ghost")), {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message,
                 QStringLiteral("The partial {{> ghost}} names no prompt in this workspace."));
        QVERIFY(!registry.resolve(QStringLiteral("uses-ghost")).ok());

        QVERIFY(registry.create(QStringLiteral("selfish"), {}, personaText(QStringLiteral("x")), {}).ok());
        auto self = registry.save(QStringLiteral("selfish"), 1, partialUser(QStringLiteral("selfish")), {});
        QVERIFY(!self.ok());
        QVERIFY2(self.error().message.contains(QStringLiteral("includes itself")),
                 qPrintable(self.error().message));

        // a includes b; b may not then include a.
        QVERIFY(registry.create(QStringLiteral("b"), {}, personaText(QStringLiteral("b")), {}).ok());
        QVERIFY(registry.create(QStringLiteral("a"), {}, partialUser(QStringLiteral("b")), {}).ok());
        auto cycle = registry.save(QStringLiteral("b"), 1, partialUser(QStringLiteral("a")), {});
        QVERIFY(!cycle.ok());
        QVERIFY2(cycle.error().message.contains(QStringLiteral("Recursive partials")),
                 qPrintable(cycle.error().message));
    }

    void exportAndImportRoundTripByteForByte()
    {
        QTemporaryDir dir;
        auto written = m_alice->prompts().exportTo(dir.path(), {}, {});
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(written->size(), tailor::test::shippedPromptCount());
        for (const QString &path : written.value()) {
            const QString name = QFileInfo(path).completeBaseName();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(file.readAll()), m_alice->prompts().resolve(name)->content);
            QFile shipped(QStringLiteral(":/prompts/") + name + QStringLiteral(".prompty"));
            QVERIFY(shipped.open(QIODevice::ReadOnly));
            file.seek(0);
            QCOMPARE(file.readAll(), shipped.readAll());
        }
        QVERIFY(written->first().startsWith(dir.path() + QStringLiteral("/")));
        auto reimported = m_alice->prompts().importFiles(written.value(), {});
        QVERIFY(reimported.ok());
        for (const ImportOutcome &outcome : reimported.value())
            QVERIFY2(!outcome.created, qPrintable(outcome.prompt));
        AuditFilter filter;
        filter.action = QStringLiteral("prompt.export");
        QCOMPARE(m_alice->audit().list(filter)->size(), 1);
    }

    void importIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good-one.prompty"));
        const QString bad = dir.filePath(QStringLiteral("bad-one.prompty"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(promptText(QStringLiteral("fine")).toUtf8());
        goodFile.close();
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("---\nname: x\ntemplate: jinja2\n---\nsystem:\nhi\n");
        badFile.close();
        auto imported = m_bob->prompts().importFiles({good, bad}, {});
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.startsWith(bad + QStringLiteral(": ")),
                 qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(QStringLiteral("Mustache only")),
                 qPrintable(imported.error().message));
        QVERIFY(!m_bob->prompts().resolve(QStringLiteral("good-one")).ok());
    }

    void refusesSecretsOnEveryWayIn()
    {
        // A key in a header, in an input's default, at the top level and in an Azure credential.
        const QString key = QStringLiteral("sk-proj-Zq81Xw72Vb63Nc54Md45");
        const QStringList leaky = {
            QString(promptText(QStringLiteral("x")))
                .replace(QStringLiteral("  api: chat\n"),
                         QStringLiteral(
                             "  api: chat\n  configuration:\n    headers:\n      Authorization: Bearer ") +
                             key + QLatin1Char('\n')),
            QString(promptText(QStringLiteral("x")))
                .replace(QStringLiteral("    sample: Ada\n"),
                         QStringLiteral("    default: ") + key + QLatin1Char('\n')),
            QString(promptText(QStringLiteral("x")))
                .replace(QStringLiteral("folder: demo\n"),
                         QStringLiteral("folder: demo\napi_key: ") + key + QLatin1Char('\n')),
            QString(promptText(QStringLiteral("x")))
                .replace(QStringLiteral("  api: chat\n"),
                         QStringLiteral("  api: chat\n  configuration:\n    azure_ad_credential: ") + key +
                             QLatin1Char('\n')),
        };
        PromptRegistry &registry = m_bob->prompts();
        QVERIFY(
            registry.create(QStringLiteral("greeting"), {}, promptText(QStringLiteral("clean")), {}).ok());
        QTemporaryDir dir;
        int index = 0;
        for (const QString &text : leaky) {
            QVERIFY(text.contains(key));
            const QString name = QStringLiteral("leaky-%1").arg(++index);
            auto created = registry.create(name, {}, text, {});
            QVERIFY(!created.ok());
            QCOMPARE(created.error().kind, Error::Kind::BadInput);
            QVERIFY2(created.error().message.contains(QStringLiteral("Tailor never stores secrets")),
                     qPrintable(created.error().message));
            QVERIFY(!created.error().message.contains(key.mid(4)));
            QVERIFY(!registry.resolve(name).ok());

            auto saved = registry.save(QStringLiteral("greeting"), 1, text, {});
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().message, created.error().message);

            const QString path = dir.filePath(name + QStringLiteral(".prompty"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
            file.close();
            auto imported = registry.importFiles({path}, {});
            QVERIFY(!imported.ok());
            QVERIFY2(imported.error().message.startsWith(path + QStringLiteral(": ")),
                     qPrintable(imported.error().message));
            QVERIFY(!imported.error().message.contains(key.mid(4)));
        }
        QCOMPARE(registry.resolve(QStringLiteral("greeting"))->version, 1);
        // Nothing of the key reached the database: not a version, not an audit entry.
        QSqlQuery query(m_ws->rawConnection());
        const QString pattern = QStringLiteral("%") + key.mid(8, 12) + QStringLiteral("%");
        QVERIFY(query.prepare(
            QStringLiteral("SELECT (SELECT count(*) FROM prompt_versions WHERE content LIKE ?) + "
                           "(SELECT count(*) FROM audit_log WHERE payload LIKE ?)")));
        query.addBindValue(pattern);
        query.addBindValue(pattern);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void foldersAreCreatedAndPromptsMoved()
    {
        PromptRegistry &registry = m_bob->prompts();
        QVERIFY(registry.createFolder(QStringLiteral("team/experiments")).ok());
        QCOMPARE(registry.createFolder(QStringLiteral("team/experiments")).error().message,
                 QStringLiteral("The folder 'team/experiments' already exists."));
        QVERIFY(registry.folders()->contains(QStringLiteral("team")));
        QVERIFY(registry
                    .create(QStringLiteral("greeting"), QStringLiteral("demo"),
                            promptText(QStringLiteral("x")), {})
                    .ok());
        QVERIFY(registry.moveToFolder(QStringLiteral("greeting"), QStringLiteral("team/experiments")).ok());
        auto list = registry.list(QStringLiteral("greet"));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().folder, QStringLiteral("team/experiments"));
        QCOMPARE(registry.resolve(QStringLiteral("greeting"))->version, 1);
    }
};

QTEST_GUILESS_MAIN(TestPromptRegistry)
#include "tst_promptregistry.moc"
