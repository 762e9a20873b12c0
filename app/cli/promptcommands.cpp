#include "commands.h"

#include "prompts/chatmessage.h"
#include "prompts/compiledprompt.h"
#include "prompts/jsonobjectbuilder.h"
#include "prompts/promptdiff.h"
#include "prompts/promptregistry.h"
#include "prompts/promptyfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tailor::cli {

namespace {

QStringList arguments(const QCommandLineParser &parser)
{
    return parser.positionalArguments().mid(2);
}

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > PromptyFile::maximumSize)
        return Error::badInput(QCoreApplication::translate(
                                   "tailor-cli", "%1 is larger than %2 KiB; Tailor refuses prompts that big.")
                                   .arg(path)
                                   .arg(PromptyFile::maximumSize / 1024));
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("tailor-cli", "Cannot read %1: %2.").arg(path, file.errorString()));
    auto canonical = PromptyFile::canonicalText(file.readAll());
    if (!canonical)
        return Error::badInput(path + QStringLiteral(": ") + canonical.error().message);
    return canonical.value();
}

Result<QJsonObject> readInputs(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("inputs")))
        return QJsonObject();
    const QString path = parser.value(QStringLiteral("inputs"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("tailor-cli", "Cannot read %1: %2.").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error::badInput(
            QCoreApplication::translate("tailor-cli", "%1 is not valid JSON at offset %2: %3.")
                .arg(path)
                .arg(error.offset)
                .arg(error.errorString()));
    if (!document.isObject())
        return Error::badInput(
            QCoreApplication::translate("tailor-cli", "%1 must hold a JSON object of input names and values.")
                .arg(path));
    return document.object();
}

// A source is a .prompty file when one exists at that path, else a stored prompt reference (name@ref).
struct Source
{
    QString label;
    QString text;
    std::optional<PromptVersion> stored;
};

Result<Source> loadSource(CliContext &context, std::shared_ptr<Workspace> &workspace,
                          const QString &reference)
{
    if (QFileInfo(reference).isFile() || reference.endsWith(QStringLiteral(".prompty"))) {
        auto text = readText(reference);
        if (!text)
            return text.error();
        return Source{reference, text.value(), std::nullopt};
    }
    if (!workspace) {
        auto opened = context.open();
        if (!opened)
            return opened.error();
        workspace = opened.value();
    }
    auto version = workspace->prompts().resolve(reference);
    if (!version)
        return version.error();
    const QString label = version->promptName + QLatin1Char('@') + QString::number(version->version);
    return Source{label, version->content, version.value()};
}

QJsonArray diagnosticsJson(const QList<PromptDiagnostic> &diagnostics)
{
    QJsonArray array;
    for (const PromptDiagnostic &diagnostic : diagnostics)
        array.append(QJsonObject{{QStringLiteral("severity"),
                                  diagnostic.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                                 {QStringLiteral("code"), diagnostic.code},
                                 {QStringLiteral("message"), diagnostic.message},
                                 {QStringLiteral("line"), diagnostic.line},
                                 {QStringLiteral("column"), diagnostic.column}});
    return array;
}

int runList(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto prompts = workspace.value()->prompts().list(parser.value(QStringLiteral("search")));
    if (!prompts)
        return context.fail(prompts.error());
    if (context.json) {
        QJsonArray array;
        for (const PromptSummary &prompt : prompts.value())
            array.append(QJsonObject{{QStringLiteral("name"), prompt.name},
                                     {QStringLiteral("folder"), prompt.folder},
                                     {QStringLiteral("latest_version"), prompt.latestVersion},
                                     {QStringLiteral("updated_by"), prompt.updatedBy},
                                     {QStringLiteral("updated_at"), prompt.updatedAt},
                                     {QStringLiteral("labels"), QJsonArray::fromStringList(prompt.labels)}});
        context.printJson(array);
        return ExitOk;
    }
    context.out << QStringLiteral("%1 %2 %3 %4\n")
                       .arg(QCoreApplication::translate("tailor-cli", "FOLDER"), -28)
                       .arg(QCoreApplication::translate("tailor-cli", "NAME"), -44)
                       .arg(QCoreApplication::translate("tailor-cli", "LATEST"), 6)
                       .arg(QCoreApplication::translate("tailor-cli", "LABELS"));
    for (const PromptSummary &prompt : prompts.value())
        context.out << QStringLiteral("%1 %2 %3 %4\n")
                           .arg(prompt.folder, -28)
                           .arg(prompt.name, -44)
                           .arg(prompt.latestVersion, 6)
                           .arg(prompt.labels.join(QStringLiteral(", ")));
    return ExitOk;
}

int runShow(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto version = workspace.value()->prompts().resolve(arguments(parser).at(0));
    if (!version)
        return context.fail(version.error());
    if (context.json) {
        context.printJson(version->toJson(true));
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("content-only"))) {
        context.out << QCoreApplication::translate("tailor-cli", "# %1 version %2 (%3)")
                           .arg(version->promptName)
                           .arg(version->version)
                           .arg(version->sha256)
                    << QLatin1Char('\n');
        context.out << QCoreApplication::translate("tailor-cli", "# by %1 at %2: %3")
                           .arg(version->author, version->createdAt, version->message)
                    << QLatin1Char('\n');
        if (!version->labels.isEmpty())
            context.out << QCoreApplication::translate("tailor-cli", "# labels: %1")
                               .arg(version->labels.join(QStringLiteral(", ")))
                        << QLatin1Char('\n');
    }
    context.out << version->content;
    return ExitOk;
}

int runCreate(CliContext &context, const QCommandLineParser &parser)
{
    auto text = readText(parser.value(QStringLiteral("file")));
    if (!parser.isSet(QStringLiteral("file")))
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "'prompt create' needs --file FILE.prompty"));
    if (!text)
        return context.fail(text.error());
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    const QString name = arguments(parser).at(0);
    QString folder = parser.value(QStringLiteral("folder"));
    if (!parser.isSet(QStringLiteral("folder"))) {
        if (auto file = PromptyFile::parse(text.value()))
            folder = file->folder();
    }
    auto created = workspace.value()->prompts().create(name, folder, text.value(),
                                                       parser.value(QStringLiteral("message")));
    if (!created)
        return context.fail(created.error());
    if (context.json)
        context.printJson(created->toJson(false));
    else
        context.out << QCoreApplication::translate("tailor-cli", "Created %1 version 1 (%2).")
                           .arg(name, created->sha256)
                    << Qt::endl;
    return ExitOk;
}

int runSave(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("file")))
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "'prompt save' needs --file FILE.prompty"));
    auto text = readText(parser.value(QStringLiteral("file")));
    if (!text)
        return context.fail(text.error());
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    const QString name = arguments(parser).at(0);
    int base = 0;
    if (parser.isSet(QStringLiteral("base"))) {
        bool ok = false;
        base = parser.value(QStringLiteral("base")).toInt(&ok);
        if (!ok || base < 1)
            return context.usageError(
                QCoreApplication::translate("tailor-cli", "--base '%1' is not a version number")
                    .arg(parser.value(QStringLiteral("base"))));
    } else {
        // Without --base, the caller asks to save on top of whatever is latest now.
        auto latest = workspace.value()->prompts().resolve(name);
        if (!latest)
            return context.fail(latest.error());
        base = latest->version;
    }
    auto saved =
        workspace.value()->prompts().save(name, base, text.value(), parser.value(QStringLiteral("message")));
    if (!saved)
        return context.fail(saved.error());
    if (context.json) {
        QJsonObject object = saved->version.toJson(false);
        object.insert(QStringLiteral("created"), saved->created);
        context.printJson(object);
    } else if (saved->created) {
        context.out << QCoreApplication::translate("tailor-cli", "Saved %1 version %2 (%3).")
                           .arg(name)
                           .arg(saved->version.version)
                           .arg(saved->version.sha256)
                    << Qt::endl;
    } else {
        context.out << QCoreApplication::translate("tailor-cli",
                                                   "No changes: version %1 of %2 already has this content.")
                           .arg(saved->version.version)
                           .arg(name)
                    << Qt::endl;
    }
    return ExitOk;
}

int runRevert(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    const QStringList args = arguments(parser);
    bool ok = false;
    const int version = args.at(1).toInt(&ok);
    if (!ok)
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "'%1' is not a version number").arg(args.at(1)));
    auto latest = workspace.value()->prompts().resolve(args.at(0));
    if (!latest)
        return context.fail(latest.error());
    int base = latest->version;
    if (parser.isSet(QStringLiteral("base"))) {
        base = parser.value(QStringLiteral("base")).toInt(&ok);
        if (!ok || base < 1)
            return context.usageError(
                QCoreApplication::translate("tailor-cli", "--base '%1' is not a version number")
                    .arg(parser.value(QStringLiteral("base"))));
    }
    auto saved = workspace.value()->prompts().revert(args.at(0), version, base,
                                                     parser.value(QStringLiteral("message")));
    if (!saved)
        return context.fail(saved.error());
    if (context.json)
        context.printJson(saved->version.toJson(false));
    else
        context.out << QCoreApplication::translate("tailor-cli",
                                                   "Reverted %1 to the content of version %2 as version %3.")
                           .arg(args.at(0))
                           .arg(version)
                           .arg(saved->version.version)
                    << Qt::endl;
    return ExitOk;
}

int runRender(CliContext &context, const QCommandLineParser &parser)
{
    auto inputs = readInputs(parser);
    if (!inputs)
        return context.fail(inputs.error());
    std::shared_ptr<Workspace> workspace;
    auto source = loadSource(context, workspace, arguments(parser).at(0));
    if (!source)
        return context.fail(source.error());
    auto compiled = CompiledPrompt::compile(source->text);
    if (!compiled)
        return context.fail(compiled.error());
    QJsonObject values = inputs.value();
    if (parser.isSet(QStringLiteral("sample")) || !parser.isSet(QStringLiteral("inputs"))) {
        JsonObjectBuilder merged(compiled->file().sampleInputs());
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        values = merged.take();
    }
    Result<QList<ChatMessage>> messages =
        source->stored ? workspace->prompts().render(*source->stored, values) : compiled->render(values);
    if (!messages)
        return context.fail(messages.error());
    if (context.json) {
        context.printJson(
            QJsonObject{{QStringLiteral("messages"), ChatMessage::toJson(messages.value())},
                        {QStringLiteral("estimated_tokens"), ChatMessage::estimateTokens(messages.value())},
                        {QStringLiteral("parameters"), compiled->file().parameters()}});
        return ExitOk;
    }
    for (const ChatMessage &message : messages.value())
        context.out << QStringLiteral("=== %1 ===\n%2\n").arg(message.role, message.content);
    context.out << QCoreApplication::translate("tailor-cli", "(about %1 tokens)")
                       .arg(ChatMessage::estimateTokens(messages.value()))
                << Qt::endl;
    return ExitOk;
}

int runValidate(CliContext &context, const QCommandLineParser &parser)
{
    auto inputs = readInputs(parser);
    if (!inputs)
        return context.fail(inputs.error());
    std::shared_ptr<Workspace> workspace;
    auto source = loadSource(context, workspace, arguments(parser).at(0));
    if (!source)
        return context.fail(source.error());
    QList<PromptDiagnostic> diagnostics;
    PromptDiagnostic failure;
    auto compiled = CompiledPrompt::compile(source->text, &failure);
    if (!compiled) {
        if (failure.message.isEmpty())
            failure.message = compiled.error().message;
        diagnostics << failure;
    } else {
        diagnostics << compiled->checkDeclarations();
        if (parser.isSet(QStringLiteral("inputs")))
            diagnostics << compiled->checkInputs(inputs.value());
        else
            diagnostics << compiled->checkInputs(compiled->file().sampleInputs());
    }
    const bool failed = PromptDiagnostic::hasErrors(diagnostics);
    if (context.json) {
        context.printJson(QJsonObject{{QStringLiteral("source"), source->label},
                                      {QStringLiteral("valid"), !failed},
                                      {QStringLiteral("diagnostics"), diagnosticsJson(diagnostics)}});
    } else {
        for (const PromptDiagnostic &diagnostic : diagnostics)
            (diagnostic.isError() ? context.err : context.out)
                << diagnostic.toString(source->label) << Qt::endl;
        if (!failed)
            context.out << QCoreApplication::translate("tailor-cli", "%1: valid (%2 warning(s)).")
                               .arg(source->label)
                               .arg(diagnostics.size())
                        << Qt::endl;
    }
    return failed ? ExitCheckFailed : ExitOk;
}

int runDiff(CliContext &context, const QCommandLineParser &parser)
{
    std::shared_ptr<Workspace> workspace;
    const QStringList args = arguments(parser);
    QString second = args.size() > 1 ? args.at(1) : QString();
    QString first = args.at(0);
    // "name" alone: the latest version against the one before it.
    if (second.isEmpty()) {
        auto source = loadSource(context, workspace, first);
        if (!source)
            return context.fail(source.error());
        if (!source->stored || source->stored->version < 2)
            return context.usageError(QCoreApplication::translate(
                "tailor-cli", "'prompt diff' needs two versions, or a stored prompt with at least two"));
        second = source->label;
        first = source->stored->promptName + QLatin1Char('@') + QString::number(source->stored->version - 1);
    }
    auto oldSource = loadSource(context, workspace, first);
    if (!oldSource)
        return context.fail(oldSource.error());
    auto newSource = loadSource(context, workspace, second);
    if (!newSource)
        return context.fail(newSource.error());
    auto diff = PromptDiff::compute(oldSource->text, newSource->text);
    if (!diff)
        return context.fail(diff.error());
    if (context.json) {
        QJsonArray changes;
        for (const PromptDiff::Change &change : diff->changes())
            changes.append(change.summary());
        QJsonArray hunks;
        for (const PromptDiff::Hunk &hunk : diff->hunks()) {
            QJsonArray lines;
            for (const PromptDiff::Line &line : hunk.lines) {
                const QString kind = line.kind == PromptDiff::Line::Kind::Added ? QStringLiteral("added")
                                     : line.kind == PromptDiff::Line::Kind::Removed
                                         ? QStringLiteral("removed")
                                         : QStringLiteral("same");
                lines.append(QJsonObject{{QStringLiteral("kind"), kind},
                                         {QStringLiteral("old_line"), line.oldLine},
                                         {QStringLiteral("new_line"), line.newLine},
                                         {QStringLiteral("text"), line.text}});
            }
            hunks.append(QJsonObject{{QStringLiteral("old_start"), hunk.oldStart},
                                     {QStringLiteral("new_start"), hunk.newStart},
                                     {QStringLiteral("lines"), lines}});
        }
        context.printJson(QJsonObject{{QStringLiteral("old"), oldSource->label},
                                      {QStringLiteral("new"), newSource->label},
                                      {QStringLiteral("identical"), diff->isEmpty()},
                                      {QStringLiteral("changes"), changes},
                                      {QStringLiteral("hunks"), hunks}});
        return ExitOk;
    }
    if (diff->isEmpty())
        context.out << QCoreApplication::translate("tailor-cli", "%1 and %2 are identical.")
                           .arg(oldSource->label, newSource->label)
                    << Qt::endl;
    else
        context.out << diff->toUnifiedText(oldSource->label, newSource->label);
    return ExitOk;
}

int runLabel(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = arguments(parser);
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (remove == (args.size() == 3))
        return context.usageError(
            remove ? QCoreApplication::translate(
                         "tailor-cli", "'prompt label --remove' takes NAME LABEL, without a version")
                   : QCoreApplication::translate("tailor-cli",
                                                 "'prompt label' needs NAME LABEL VERSION (or --remove)"));
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    PromptRegistry &registry = workspace.value()->prompts();
    const QString note = parser.value(QStringLiteral("note"));
    if (remove) {
        if (auto removed = registry.removeLabel(args.at(0), args.at(1), note); !removed)
            return context.fail(removed.error());
        context.out << QCoreApplication::translate("tailor-cli", "Removed label %1 from %2.")
                           .arg(args.at(1), args.at(0))
                    << Qt::endl;
        return ExitOk;
    }
    auto target = registry.resolve(args.at(0) + QLatin1Char('@') + args.at(2));
    if (!target)
        return context.fail(target.error());
    if (auto moved = registry.moveLabel(args.at(0), args.at(1), target->version, note); !moved)
        return context.fail(moved.error());
    if (context.json)
        context.printJson(QJsonObject{{QStringLiteral("prompt"), args.at(0)},
                                      {QStringLiteral("label"), args.at(1)},
                                      {QStringLiteral("version"), target->version}});
    else
        context.out << QCoreApplication::translate("tailor-cli", "%1@%2 now points at version %3.")
                           .arg(args.at(0), args.at(1))
                           .arg(target->version)
                    << Qt::endl;
    return ExitOk;
}

int runHistory(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    const QString name = arguments(parser).at(0);
    auto versions = workspace.value()->prompts().versions(name);
    if (!versions)
        return context.fail(versions.error());
    auto moves = workspace.value()->prompts().labelHistory(name, parser.value(QStringLiteral("label")));
    if (!moves)
        return context.fail(moves.error());
    if (context.json) {
        QJsonArray versionArray;
        for (const PromptVersion &version : versions.value())
            versionArray.append(version.toJson(false));
        QJsonArray moveArray;
        for (const LabelMove &move : moves.value())
            moveArray.append(QJsonObject{{QStringLiteral("label"), move.label},
                                         {QStringLiteral("from"), move.fromVersion},
                                         {QStringLiteral("to"), move.toVersion},
                                         {QStringLiteral("moved_by"), move.movedBy},
                                         {QStringLiteral("moved_at"), move.movedAt},
                                         {QStringLiteral("note"), move.note}});
        context.printJson(
            QJsonObject{{QStringLiteral("versions"), versionArray}, {QStringLiteral("labels"), moveArray}});
        return ExitOk;
    }
    context.out << QCoreApplication::translate("tailor-cli", "Versions of %1:").arg(name)
                << QLatin1Char('\n');
    for (const PromptVersion &version : versions.value()) {
        QString line = QStringLiteral("  v%1  %2  %3  %4")
                           .arg(version.version, -4)
                           .arg(version.createdAt, version.author, version.message);
        if (version.revertedFrom > 0)
            line += QCoreApplication::translate("tailor-cli", " (revert of v%1)").arg(version.revertedFrom);
        if (!version.labels.isEmpty())
            line += QStringLiteral("  [") + version.labels.join(QStringLiteral(", ")) + QLatin1Char(']');
        context.out << line << QLatin1Char('\n');
    }
    context.out << QCoreApplication::translate("tailor-cli", "Label history:") << QLatin1Char('\n');
    if (moves->isEmpty())
        context.out << QCoreApplication::translate("tailor-cli", "  (no label was ever set)")
                    << QLatin1Char('\n');
    for (const LabelMove &move : moves.value()) {
        const QString from = move.fromVersion > 0 ? QStringLiteral("v%1").arg(move.fromVersion)
                                                  : QCoreApplication::translate("tailor-cli", "(new)");
        const QString to = move.toVersion > 0 ? QStringLiteral("v%1").arg(move.toVersion)
                                              : QCoreApplication::translate("tailor-cli", "(removed)");
        context.out << QStringLiteral("  %1 %2 → %3  %4  %5  %6\n")
                           .arg(move.label, -12)
                           .arg(from, to, move.movedAt, move.movedBy, move.note);
    }
    context.out.flush();
    return ExitOk;
}

int runImport(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto imported =
        workspace.value()->prompts().importFiles(arguments(parser), parser.value(QStringLiteral("message")));
    if (!imported)
        return context.fail(imported.error());
    if (context.json) {
        QJsonArray array;
        for (const ImportOutcome &outcome : imported.value())
            array.append(QJsonObject{{QStringLiteral("file"), outcome.file},
                                     {QStringLiteral("prompt"), outcome.prompt},
                                     {QStringLiteral("version"), outcome.version},
                                     {QStringLiteral("created"), outcome.created}});
        context.printJson(array);
        return ExitOk;
    }
    for (const ImportOutcome &outcome : imported.value())
        context.out << (outcome.created
                            ? QCoreApplication::translate("tailor-cli", "%1 → %2 version %3")
                                  .arg(outcome.file, outcome.prompt)
                                  .arg(outcome.version)
                            : QCoreApplication::translate("tailor-cli", "%1 → %2: unchanged (version %3)")
                                  .arg(outcome.file, outcome.prompt)
                                  .arg(outcome.version))
                    << QLatin1Char('\n');
    context.out.flush();
    return ExitOk;
}

int runExport(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto written = workspace.value()->prompts().exportTo(arguments(parser).at(0),
                                                         parser.values(QStringLiteral("prompt")),
                                                         parser.value(QStringLiteral("label")));
    if (!written)
        return context.fail(written.error());
    if (context.json) {
        context.printJson(QJsonArray::fromStringList(written.value()));
        return ExitOk;
    }
    for (const QString &path : written.value())
        context.out << path << QLatin1Char('\n');
    context.out.flush();
    return ExitOk;
}

int runMkdir(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    if (auto created = workspace.value()->prompts().createFolder(arguments(parser).at(0)); !created)
        return context.fail(created.error());
    context.out
        << QCoreApplication::translate("tailor-cli", "Created folder %1.").arg(arguments(parser).at(0))
        << Qt::endl;
    return ExitOk;
}

int runMove(CliContext &context, const QCommandLineParser &parser)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    const QStringList args = arguments(parser);
    if (auto moved = workspace.value()->prompts().moveToFolder(args.at(0), args.at(1)); !moved)
        return context.fail(moved.error());
    context.out << QCoreApplication::translate("tailor-cli", "Moved %1 to %2.")
                       .arg(args.at(0), args.at(1).isEmpty()
                                            ? QCoreApplication::translate("tailor-cli", "the top level")
                                            : args.at(1))
                << Qt::endl;
    return ExitOk;
}

QCommandLineOption messageOption()
{
    return QCommandLineOption({QStringLiteral("m"), QStringLiteral("message")},
                              QCoreApplication::translate("tailor-cli", "What changed and why."),
                              QCoreApplication::translate("tailor-cli", "text"));
}

QCommandLineOption inputsOption()
{
    return QCommandLineOption(
        QStringLiteral("inputs"),
        QCoreApplication::translate("tailor-cli", "A JSON file with an object of input values."),
        QCoreApplication::translate("tailor-cli", "file"));
}

} // namespace

QList<CommandSpec> promptCommands()
{
    const QString area = QStringLiteral("prompt");
    const std::pair<QString, QString> nameArgument{
        QStringLiteral("name"), QCoreApplication::translate("tailor-cli", "the prompt's name")};
    const std::pair<QString, QString> referenceArgument{
        QStringLiteral("prompt"),
        QCoreApplication::translate(
            "tailor-cli",
            "a .prompty file, or a stored prompt: NAME, NAME@VERSION, NAME@LABEL or NAME@latest")};
    CommandSpec diff{
        area,
        QStringLiteral("diff"),
        QCoreApplication::translate("tailor-cli", "show what changed between two versions"),
        QCoreApplication::translate(
            "tailor-cli",
            "Line and word diff of the body plus the structured changes of model parameters and inputs. "
            "With one stored prompt, compares its latest version with the one before."),
        {},
        {{QStringLiteral("old"),
          QCoreApplication::translate("tailor-cli", "a .prompty file or stored prompt reference")},
         {QStringLiteral("new"),
          QCoreApplication::translate("tailor-cli", "a .prompty file or stored prompt reference")}},
        runDiff};
    diff.optionalPositionals = 1;
    CommandSpec label{
        area,
        QStringLiteral("label"),
        QCoreApplication::translate("tailor-cli", "point a label at a version, or remove it"),
        QCoreApplication::translate(
            "tailor-cli",
            "Moves LABEL of NAME to VERSION (a number, a label or latest). production and staging are "
            "protected: only an admin moves them until releases do. Every move is audited and kept in the "
            "label history."),
        {QCommandLineOption(QStringLiteral("remove"),
                            QCoreApplication::translate("tailor-cli", "Remove the label instead.")),
         QCommandLineOption(QStringLiteral("note"),
                            QCoreApplication::translate("tailor-cli", "Why the label moves."),
                            QCoreApplication::translate("tailor-cli", "text"))},
        {nameArgument,
         {QStringLiteral("label"), QCoreApplication::translate("tailor-cli", "the label")},
         {QStringLiteral("version"), QCoreApplication::translate("tailor-cli", "the version")}},
        runLabel};
    label.optionalPositionals = 1;
    CommandSpec import{
        area,
        QStringLiteral("import"),
        QCoreApplication::translate("tailor-cli", "import .prompty files as prompts or new versions"),
        QCoreApplication::translate(
            "tailor-cli",
            "Imports each FILE as the prompt named after the file (without .prompty), in the folder its "
            "front matter names: a new prompt, or a new version when the content differs. All files or "
            "none."),
        {messageOption()},
        {{QStringLiteral("file"), QCoreApplication::translate("tailor-cli", ".prompty files")}},
        runImport};
    import.lastRepeats = true;
    return {
        {area,
         QStringLiteral("list"),
         QCoreApplication::translate("tailor-cli", "list prompts with folder, latest version and labels"),
         QCoreApplication::translate("tailor-cli", "Lists the workspace's prompts."),
         {QCommandLineOption(
             QStringLiteral("search"),
             QCoreApplication::translate("tailor-cli", "Only prompts whose name or folder contains TEXT."),
             QCoreApplication::translate("tailor-cli", "text"))},
         {},
         runList},
        {area,
         QStringLiteral("show"),
         QCoreApplication::translate("tailor-cli", "print a stored version"),
         QCoreApplication::translate(
             "tailor-cli", "Prints a version's Prompty text with its author, time, message and labels."),
         {QCommandLineOption(QStringLiteral("content-only"),
                             QCoreApplication::translate("tailor-cli", "Print only the Prompty text."))},
         {referenceArgument},
         runShow},
        {area,
         QStringLiteral("create"),
         QCoreApplication::translate("tailor-cli", "create a prompt from a .prompty file"),
         QCoreApplication::translate("tailor-cli", "Creates prompt NAME with version 1 from --file. The "
                                                   "folder comes from --folder or the file's front "
                                                   "matter."),
         {QCommandLineOption(QStringLiteral("file"),
                             QCoreApplication::translate("tailor-cli", "The .prompty file."),
                             QCoreApplication::translate("tailor-cli", "file")),
          QCommandLineOption(
              QStringLiteral("folder"),
              QCoreApplication::translate("tailor-cli", "Folder, e.g. recommendation/ranking."),
              QCoreApplication::translate("tailor-cli", "folder")),
          messageOption()},
         {nameArgument},
         runCreate},
        {area,
         QStringLiteral("save"),
         QCoreApplication::translate("tailor-cli", "save a new version from a .prompty file"),
         QCoreApplication::translate("tailor-cli",
                                     "Saves --file as the next version of NAME. With --base N the save fails "
                                     "with a conflict (exit 2) when "
                                     "someone saved after version N; identical content creates no version."),
         {QCommandLineOption(QStringLiteral("file"),
                             QCoreApplication::translate("tailor-cli", "The .prompty file."),
                             QCoreApplication::translate("tailor-cli", "file")),
          QCommandLineOption(QStringLiteral("base"),
                             QCoreApplication::translate("tailor-cli", "The version your edit started from."),
                             QCoreApplication::translate("tailor-cli", "version")),
          messageOption()},
         {nameArgument},
         runSave},
        {area,
         QStringLiteral("revert"),
         QCoreApplication::translate("tailor-cli", "save an old version's content as a new version"),
         QCoreApplication::translate(
             "tailor-cli", "Creates a new version of NAME with the content of VERSION. Nothing is deleted."),
         {QCommandLineOption(QStringLiteral("base"),
                             QCoreApplication::translate("tailor-cli", "The latest version you know of."),
                             QCoreApplication::translate("tailor-cli", "version")),
          messageOption()},
         {nameArgument,
          {QStringLiteral("version"),
           QCoreApplication::translate("tailor-cli", "the version to bring back")}},
         runRevert},
        {area,
         QStringLiteral("render"),
         QCoreApplication::translate("tailor-cli", "render a prompt's messages"),
         QCoreApplication::translate("tailor-cli", "Renders a .prompty file or stored version with the "
                                                   "inputs in --inputs (merged over the template's samples "
                                                   "with --sample; the samples alone without --inputs). "
                                                   "Refuses with every error when inputs are missing, "
                                                   "mistyped or undeclared variables are used."),
         {inputsOption(), QCommandLineOption(QStringLiteral("sample"),
                                             QCoreApplication::translate(
                                                 "tailor-cli", "Start from the template's sample inputs."))},
         {referenceArgument},
         runRender},
        {area,
         QStringLiteral("validate"),
         QCoreApplication::translate("tailor-cli", "check syntax and variables; exit 1 on errors"),
         QCoreApplication::translate("tailor-cli", "Reports syntax errors, undeclared and unused variables, "
                                                   "and, for --inputs (default: the samples), "
                                                   "missing, unexpected and mistyped inputs, with line and "
                                                   "column. Exits 1 when there is an error."),
         {inputsOption()},
         {referenceArgument},
         runValidate},
        diff,
        label,
        {area,
         QStringLiteral("history"),
         QCoreApplication::translate("tailor-cli", "list versions and label moves"),
         QCoreApplication::translate("tailor-cli",
                                     "Lists NAME's versions, newest first, and the history of its labels."),
         {QCommandLineOption(QStringLiteral("label"),
                             QCoreApplication::translate("tailor-cli", "Only this label's history."),
                             QCoreApplication::translate("tailor-cli", "label"))},
         {nameArgument},
         runHistory},
        import,
        {area,
         QStringLiteral("export"),
         QCoreApplication::translate("tailor-cli", "write prompts as .prompty files"),
         QCoreApplication::translate("tailor-cli", "Writes each prompt (all, or those named with --prompt) "
                                                   "to DIR/<folder>/<name>.prompty, at its latest version "
                                                   "or at --label. Audited."),
         {QCommandLineOption(QStringLiteral("prompt"),
                             QCoreApplication::translate("tailor-cli", "Export this prompt (repeatable)."),
                             QCoreApplication::translate("tailor-cli", "name")),
          QCommandLineOption(
              QStringLiteral("label"),
              QCoreApplication::translate("tailor-cli", "Export the version this label points at."),
              QCoreApplication::translate("tailor-cli", "label"))},
         {{QStringLiteral("dir"), QCoreApplication::translate("tailor-cli", "the target directory")}},
         runExport},
        {area,
         QStringLiteral("mkdir"),
         QCoreApplication::translate("tailor-cli", "create a folder"),
         QCoreApplication::translate("tailor-cli", "Creates an (empty) prompt folder."),
         {},
         {{QStringLiteral("folder"),
           QCoreApplication::translate("tailor-cli", "folder path, e.g. recommendation/ranking")}},
         runMkdir},
        {area,
         QStringLiteral("move"),
         QCoreApplication::translate("tailor-cli", "move a prompt to another folder"),
         QCoreApplication::translate(
             "tailor-cli", "Moves NAME into FOLDER (\"\" for the top level). Versions are unchanged."),
         {},
         {nameArgument,
          {QStringLiteral("folder"), QCoreApplication::translate("tailor-cli", "the target folder")}},
         runMove},
    };
}

} // namespace tailor::cli
