// tailor-cli: `tailor-cli <area> <verb> [options]`. Parses the command line, finds the command in the
// tables of commands.h and runs it; all work happens in core.
#include "clicontext.h"
#include "commands.h"
#include "storage/sqlwarningfilter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace tailor::cli;

namespace {

struct Area
{
    QString name;
    QString summary;
};

QList<Area> areas()
{
    return {
        {QStringLiteral("workspace"),
         QCoreApplication::translate("tailor-cli",
                                     "create, inspect and upgrade workspaces; manage operators and roles")},
        {QStringLiteral("audit"),
         QCoreApplication::translate("tailor-cli", "verify, anchor and list the tamper-evident audit log")},
        {QStringLiteral("prompt"),
         QCoreApplication::translate("tailor-cli",
                                     "prompt templates: versions, labels, diffs, rendering and checks")},
        {QStringLiteral("llm"),
         QCoreApplication::translate("tailor-cli",
                                     "LLM endpoints: configure, test, chat, cache and request log")},
        {QStringLiteral("import"),
         QCoreApplication::translate("tailor-cli", "import interaction logs, item catalogs and user files")},
        {QStringLiteral("profiles"),
         QCoreApplication::translate("tailor-cli",
                                     "browse, filter and show user profiles; derive them again")},
        {QStringLiteral("segment"),
         QCoreApplication::translate("tailor-cli", "saved profile filters with their sizes; seeded samples")},
        {QStringLiteral("demo"),
         QCoreApplication::translate("tailor-cli", "create the synthetic demo workspace")}};
}

QList<CommandSpec> allCommands()
{
    return workspaceCommands() + auditCommands() + promptCommands() + llmCommands() + importCommands() +
           profileCommands() + segmentCommands() + demoCommands();
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"),
                           QCoreApplication::translate(
                               "tailor-cli",
                               "Workspace URL: sqlite:///path/file.tailor or postgresql://user@host:port/db "
                               "(default: TAILOR_DB, then the last workspace, then the default file)."),
                           QCoreApplication::translate("tailor-cli", "url")),
        QCommandLineOption(
            QStringLiteral("as"),
            QCoreApplication::translate(
                "tailor-cli",
                "Act as operator NAME (SQLite workspaces only; also TAILOR_OPERATOR). A convenience, "
                "not a security boundary."),
            QCoreApplication::translate("tailor-cli", "name")),
        QCommandLineOption(QStringLiteral("json"),
                           QCoreApplication::translate("tailor-cli", "Machine-readable JSON output.")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("tailor-cli", "Show help for this level.")),
    };
}

QString optionsHelp(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName().toUpper();
        text += QStringLiteral("  %1  %2\n").arg(left, -24).arg(option.description());
    }
    return text;
}

QString topHelp()
{
    QString text = QCoreApplication::translate(
        "tailor-cli", "Usage: tailor-cli [--db URL] [--json] [--as NAME] <area> <verb> [options]\n\n"
                      "Tailor's command line: every capability of the Tailor workspace, for automation.\n\n"
                      "Areas:\n");
    for (const Area &area : areas())
        text += QStringLiteral("  %1  %2\n").arg(area.name, -12).arg(area.summary);
    text += QCoreApplication::translate("tailor-cli", "\nGlobal options:\n") + optionsHelp(globalOptions());
    text += QStringLiteral("  --version                 ") +
            QCoreApplication::translate("tailor-cli", "Show the version.") + QLatin1Char('\n');
    text += QCoreApplication::translate(
        "tailor-cli", "\nExit codes: 0 success, 1 failed check or refused action, 2 bad usage or input.\n"
                      "Run 'tailor-cli <area> --help' for an area's verbs.\n");
    return text;
}

QString areaHelp(const QString &area)
{
    QString text =
        QCoreApplication::translate("tailor-cli", "Usage: tailor-cli %1 <verb> [options]\n\nVerbs:\n")
            .arg(area);
    for (const CommandSpec &command : allCommands()) {
        if (command.area == area)
            text += QStringLiteral("  %1  %2\n").arg(command.verb, -12).arg(command.summary);
    }
    text += QCoreApplication::translate("tailor-cli",
                                        "\nRun 'tailor-cli %1 <verb> --help' for a verb's options.\n")
                .arg(area);
    return text;
}

QString commandHelp(const CommandSpec &command)
{
    QStringList positionalNames;
    for (qsizetype i = 0; i < command.positionals.size(); ++i) {
        QString name = command.positionals.at(i).first.toUpper();
        if (command.lastRepeats && i == command.positionals.size() - 1)
            name += QStringLiteral("...");
        if (i >= command.positionals.size() - command.optionalPositionals)
            name = QLatin1Char('[') + name + QLatin1Char(']');
        positionalNames << name;
    }
    QString text =
        QCoreApplication::translate("tailor-cli", "Usage: tailor-cli %1 %2 [options] %3\n\n%4\n")
            .arg(command.area, command.verb, positionalNames.join(QLatin1Char(' ')), command.description);
    if (!command.positionals.isEmpty()) {
        text += QCoreApplication::translate("tailor-cli", "\nArguments:\n");
        for (const auto &[name, description] : command.positionals)
            text += QStringLiteral("  %1  %2\n").arg(name.toUpper(), -24).arg(description);
    }
    if (!command.options.isEmpty())
        text += QCoreApplication::translate("tailor-cli", "\nOptions:\n") + optionsHelp(command.options);
    text += QCoreApplication::translate("tailor-cli", "\nGlobal options:\n") + optionsHelp(globalOptions());
    return text;
}

// Area and verb are the first two words that are neither options nor the values of --db / --as.
QStringList leadingWords(const QStringList &arguments)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db") || argument == QLatin1String("--as")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        words << argument;
    }
    return words;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    tailor::installSqlWarningFilter();
    QCoreApplication::setOrganizationName(QStringLiteral("Tailor"));
    QCoreApplication::setApplicationName(QStringLiteral("Tailor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAILOR_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tailor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context(out, err);

    const QStringList arguments = QCoreApplication::arguments();
    const QStringList words = leadingWords(arguments);
    const bool wantsHelp =
        arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));

    if (words.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version"))) {
            out << QStringLiteral("tailor-cli ") << QStringLiteral(TAILOR_VERSION) << Qt::endl;
            return ExitOk;
        }
        if (wantsHelp) {
            out << topHelp();
            return ExitOk;
        }
        err << topHelp();
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (arguments.at(i).startsWith(QLatin1Char('-')) && arguments.at(i) != QLatin1String("--json"))
                return context.usageError(
                    QCoreApplication::translate("tailor-cli", "unknown option '%1'").arg(arguments.at(i)));
        }
        return context.usageError(QCoreApplication::translate("tailor-cli", "missing area; see above"));
    }

    const QString area = words.at(0);
    bool areaKnown = false;
    for (const Area &known : areas())
        areaKnown = areaKnown || known.name == area;
    if (!areaKnown)
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "unknown area '%1' (see tailor-cli --help)").arg(area));
    if (words.size() < 2) {
        if (wantsHelp) {
            out << areaHelp(area);
            return ExitOk;
        }
        err << areaHelp(area);
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "missing verb for '%1'").arg(area));
    }

    const QString verb = words.at(1);
    const QList<CommandSpec> commands = allCommands();
    const auto command = std::find_if(commands.cbegin(), commands.cend(), [&](const CommandSpec &spec) {
        return spec.area == area && spec.verb == verb;
    });
    if (command == commands.cend())
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "unknown verb '%1' for '%2' (see tailor-cli %2 --help)")
                .arg(verb, area));
    if (wantsHelp) {
        out << commandHelp(*command);
        return ExitOk;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command->options);
    if (!parser.parse(arguments))
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "%1 (see tailor-cli %2 %3 --help)")
                .arg(parser.errorText().remove(QLatin1Char('.')), area, verb));
    const QStringList positionals = parser.positionalArguments().mid(2);
    const qsizetype required = command->positionals.size() - command->optionalPositionals;
    if (positionals.size() < required ||
        (!command->lastRepeats && positionals.size() > command->positionals.size())) {
        QStringList expected;
        for (const auto &[name, description] : command->positionals)
            expected << name.toUpper();
        if (positionals.size() > command->positionals.size())
            return context.usageError(
                QCoreApplication::translate("tailor-cli", "unexpected argument '%1' for '%2 %3'")
                    .arg(positionals.at(command->positionals.size()), area, verb));
        return context.usageError(
            QCoreApplication::translate("tailor-cli", "'%1 %2' needs %3 (see tailor-cli %1 %2 --help)")
                .arg(area, verb, expected.join(QLatin1Char(' '))));
    }
    context.dbOption = parser.value(QStringLiteral("db"));
    context.asOption = parser.value(QStringLiteral("as"));
    context.json = parser.isSet(QStringLiteral("json"));
    const int code = command->run(context, parser);
    out.flush();
    err.flush();
    return code;
}
