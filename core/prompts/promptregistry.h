// PromptRegistry keeps the workspace's prompts: folders, prompts, their immutable versions (content-addressed
// by the SHA-256 of the canonical Prompty text), movable labels and the history of every label move. Saving
// identical content creates no version; saving on a stale base version is a conflict, never a lost update;
// reverting creates a new version with the old content. `production` and `staging` are protected: until
// releases move them, only an admin may (PostgreSQL enforces this in the database as well). Every change is
// audited in the same transaction.
#pragma once

#include "identity/role.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tailor {

class Database;
class OperatorService;
struct ChatMessage;

struct PromptSummary
{
    qint64 id = 0;
    QString name;
    QString folder;
    int latestVersion = 0;
    QString updatedBy;
    QString updatedAt;
    QStringList labels; // "production@3", in label order
};

struct PromptVersion
{
    qint64 promptId = 0;
    QString promptName;
    QString folder;
    int version = 0;
    QString sha256;
    QString content;
    QString author;
    QString createdAt;
    QString message;
    int revertedFrom = 0;
    QStringList labels;                 // labels pointing here
    QMap<QString, QString> partialPins; // partial name → "prompt@version"

    QJsonObject toJson(bool withContent) const;
};

struct LabelMove
{
    QString label;
    int fromVersion = 0; // 0: the label was new
    int toVersion = 0;   // 0: the label was removed
    QString movedBy;
    QString movedAt;
    QString note;
};

struct SaveOutcome
{
    PromptVersion version;
    bool created = false; // false when the content equals the latest version's
};

struct ImportOutcome
{
    QString file;
    QString prompt;
    int version = 0;
    bool created = false;
};

class PromptRegistry
{
public:
    PromptRegistry(Database &database, OperatorService &operators);

    static bool isProtectedLabel(const QString &label);
    static Result<void> validateName(const QString &name);
    static Result<void> validateFolder(const QString &folder);
    static Result<void> validateLabel(const QString &label);

    Result<QList<PromptSummary>> list(const QString &search = {});
    Result<QStringList> folders();
    Result<void> createFolder(const QString &path);
    Result<void> moveToFolder(const QString &name, const QString &folder);

    // Version 1 of a new prompt. `content` is a Prompty text; it must parse.
    Result<PromptVersion> create(const QString &name, const QString &folder, const QString &content,
                                 const QString &message);
    // A new version on top of `baseVersion`, which must still be the latest.
    Result<SaveOutcome> save(const QString &name, int baseVersion, const QString &content,
                             const QString &message);
    // A new version with the content of `version`.
    Result<SaveOutcome> revert(const QString &name, int version, int baseVersion, const QString &message);

    // "name", "name@3", "name@latest" or "name@<label>".
    Result<PromptVersion> resolve(const QString &reference);
    Result<PromptVersion> version(const QString &name, int version);
    // Newest first; without content.
    Result<QList<PromptVersion>> versions(const QString &name);

    Result<QMap<QString, int>> labels(const QString &name);
    Result<void> moveLabel(const QString &name, const QString &label, int version, const QString &note = {});
    Result<void> removeLabel(const QString &name, const QString &label, const QString &note = {});
    // Newest first.
    Result<QList<LabelMove>> labelHistory(const QString &name, const QString &label = {});

    // Renders a stored version with its partials at their pinned versions.
    Result<QList<ChatMessage>> render(const PromptVersion &version, const QJsonObject &inputs);

    // Imports .prompty files: a new prompt (named after the file) or a new version of an existing one.
    // All files or none: a file that fails to parse stops the import.
    Result<QList<ImportOutcome>> importFiles(const QStringList &paths, const QString &message);
    // Writes each prompt's version (latest unless a label is given) to DIR/<folder>/<name>.prompty; audited.
    Result<QStringList> exportTo(const QString &directory, const QStringList &names, const QString &label);
    // The prompts Tailor ships (resources :/prompts), imported into a new workspace.
    Result<QList<ImportOutcome>> importShipped();

private:
    Result<void> require(Permission permission);

    Database &m_database;
    OperatorService &m_operators;
};

} // namespace tailor
