#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tailor::cli {

namespace {

Result<QDateTime> parseTime(const QString &text, const QString &option)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (!time.isValid())
        return Error::badInput(
            QCoreApplication::translate(
                "tailor-cli", "--%1 '%2' is not a date or time (use 2026-11-22 or 2026-11-22T08:30:00Z)")
                .arg(option, text));
    // Times without a zone are UTC, like the log itself.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

// --anchor (repeatable) and --anchors FILE, in that order; bad syntax is bad usage, naming where it was.
Result<QList<AuditAnchor>> anchorsFrom(const QCommandLineParser &parser)
{
    QList<AuditAnchor> anchors;
    for (const QString &text : parser.values(QStringLiteral("anchor"))) {
        auto anchor = AuditAnchor::parse(text);
        if (!anchor)
            return Error::badInput(QStringLiteral("--anchor: ") + anchor.error().message);
        anchors.append(anchor.value());
    }
    for (const QString &path : parser.values(QStringLiteral("anchors"))) {
        auto fromFile = AuditAnchor::readFile(path);
        if (!fromFile)
            return fromFile.error();
        anchors += fromFile.value();
    }
    return anchors;
}

int runVerify(CliContext &context, const QCommandLineParser &parser)
{
    auto anchors = anchorsFrom(parser);
    if (!anchors)
        return context.fail(anchors.error());
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto verification = workspace.value()->audit().verify(anchors.value());
    if (!verification)
        return context.fail(verification.error());
    const AuditVerification &result = verification.value();
    if (context.json) {
        QJsonArray checks;
        for (const AuditAnchorCheck &check : result.anchors) {
            QJsonObject object = check.anchor.toJson();
            object.insert(QStringLiteral("matches"), check.matches);
            if (!check.actualHash.isEmpty())
                object.insert(QStringLiteral("actual_hash"), check.actualHash);
            if (!check.matches)
                object.insert(QStringLiteral("problem"), check.problem);
            checks.append(object);
        }
        QJsonObject object{{QStringLiteral("intact"), result.intact},
                           {QStringLiteral("entries"), result.entries},
                           {QStringLiteral("head"), result.head.toJson()},
                           {QStringLiteral("stray_entries"), result.strayEntries},
                           {QStringLiteral("anchors_checked"), qint64(result.anchors.size())},
                           {QStringLiteral("anchors"), checks}};
        if (!result.chainIntact()) {
            object.insert(QStringLiteral("first_bad_seq"), result.firstBadSeq);
            object.insert(QStringLiteral("problem"), result.problem);
        }
        context.printJson(object);
    } else if (result.intact) {
        context.out << QCoreApplication::translate("tailor-cli",
                                                   "Audit log intact: every entry verified (%1 in total).")
                           .arg(result.entries);
        if (!result.anchors.isEmpty())
            context.out << QLatin1Char(' ')
                        << QCoreApplication::translate("tailor-cli", "Every anchor matches (%1 checked).")
                               .arg(result.anchors.size());
        context.out << Qt::endl;
    }
    if (!result.chainIntact())
        context.err << QCoreApplication::translate("tailor-cli",
                                                   "tailor-cli: audit log broken at entry %1: %2")
                           .arg(result.firstBadSeq)
                           .arg(result.problem)
                    << Qt::endl;
    for (const AuditAnchorCheck &check : result.anchors) {
        if (!check.matches)
            context.err << QCoreApplication::translate("tailor-cli",
                                                       "tailor-cli: anchor %1 does not match: %2")
                               .arg(check.anchor.toString(), check.problem)
                        << Qt::endl;
    }
    return result.intact ? ExitOk : ExitCheckFailed;
}

int runAnchor(CliContext &context, const QCommandLineParser &)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto anchor = workspace.value()->audit().anchor();
    if (!anchor)
        return context.fail(anchor.error());
    if (context.json)
        context.printJson(anchor->toJson());
    else
        context.out << anchor->toString() << Qt::endl;
    return ExitOk;
}

int runList(CliContext &context, const QCommandLineParser &parser)
{
    AuditFilter filter;
    filter.action = parser.value(QStringLiteral("action"));
    filter.operatorName = parser.value(QStringLiteral("operator"));
    filter.entity = parser.value(QStringLiteral("entity"));
    filter.newestFirst = !parser.isSet(QStringLiteral("oldest-first"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0)
            return context.usageError(
                QCoreApplication::translate("tailor-cli", "--limit '%1' is not a count (use 0 for all)")
                    .arg(parser.value(QStringLiteral("limit"))));
    }
    for (const auto &[option, target] : {std::pair{QStringLiteral("since"), &filter.since},
                                         std::pair{QStringLiteral("until"), &filter.until}}) {
        if (!parser.isSet(option))
            continue;
        auto time = parseTime(parser.value(option), option);
        if (!time)
            return context.fail(time.error());
        *target = time.value();
    }

    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto entries = workspace.value()->audit().list(filter);
    if (!entries)
        return context.fail(entries.error());
    if (context.json) {
        QJsonArray array;
        for (const AuditEntry &entry : entries.value())
            array.append(entry.toJson());
        context.printJson(array);
        return ExitOk;
    }
    context.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QCoreApplication::translate("tailor-cli", "SEQ"), 6)
                       .arg(QCoreApplication::translate("tailor-cli", "TIME (UTC)"), -24)
                       .arg(QCoreApplication::translate("tailor-cli", "OPERATOR"), -16)
                       .arg(QCoreApplication::translate("tailor-cli", "ACTION"), -20)
                       .arg(QCoreApplication::translate("tailor-cli", "ENTITY"), -28)
                       .arg(QCoreApplication::translate("tailor-cli", "DETAILS"));
    for (const AuditEntry &entry : entries.value())
        context.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                           .arg(entry.seq, 6)
                           .arg(entry.at, -24)
                           .arg(entry.operatorName, -16)
                           .arg(entry.action, -20)
                           .arg(entry.entity, -28)
                           .arg(entry.payload);
    return ExitOk;
}

} // namespace

QList<CommandSpec> auditCommands()
{
    const QString area = QStringLiteral("audit");
    return {
        {area,
         QStringLiteral("verify"),
         QCoreApplication::translate("tailor-cli",
                                     "check the hash chain and anchors; exit 1 naming the first bad entry"),
         QCoreApplication::translate(
             "tailor-cli",
             "Recomputes every entry's hash and the chain between entries, checks that the log begins with "
             "the workspace's creation and ends at its head. Exits 0 when the log is intact and 1, naming "
             "the first bad entry, when any entry was edited, deleted, reordered or added behind Tailor's "
             "back.\n\nA chain alone cannot show that the whole log was rewritten consistently (whoever can "
             "write an SQLite workspace can do that). Anchors can: keep the output of 'tailor-cli audit "
             "anchor' outside the workspace, and pass it here; verify then also fails when the log no longer "
             "holds that entry with that hash."),
         {QCommandLineOption(
              QStringLiteral("anchor"),
              QCoreApplication::translate(
                  "tailor-cli",
                  "Also require entry SEQ with hash HASH, as 'audit anchor' printed it (repeatable)."),
              QCoreApplication::translate("tailor-cli", "seq:hash")),
          QCommandLineOption(QStringLiteral("anchors"),
                             QCoreApplication::translate(
                                 "tailor-cli",
                                 "Also require every anchor in FILE: one SEQ:HASH per line; blank lines "
                                 "and lines starting with # are skipped."),
                             QCoreApplication::translate("tailor-cli", "file"))},
         {},
         runVerify},
        {area,
         QStringLiteral("anchor"),
         QCoreApplication::translate("tailor-cli",
                                     "print the log's head as SEQ:HASH, to keep outside the workspace"),
         QCoreApplication::translate(
             "tailor-cli",
             "Verifies the log and prints its head as SEQ:HASH (with --json also its time and the workspace "
             "ID). Keep it somewhere the workspace's owner cannot change (a ticket, an email, a release "
             "note): 'tailor-cli audit verify --anchor SEQ:HASH' later fails if the log was truncated or "
             "rewritten at or before that entry. Exits 1 without an anchor when the log does not verify."),
         {},
         {},
         runAnchor},
        {area,
         QStringLiteral("list"),
         QCoreApplication::translate("tailor-cli", "list audit entries, newest first, with filters"),
         QCoreApplication::translate("tailor-cli",
                                     "Lists audit entries, newest first. Filters combine with AND."),
         {QCommandLineOption(
              QStringLiteral("action"),
              QCoreApplication::translate("tailor-cli",
                                          "Only this action, or actions starting with it when it ends in "
                                          "'.' (e.g. operator.)."),
              QCoreApplication::translate("tailor-cli", "action")),
          QCommandLineOption(QStringLiteral("operator"),
                             QCoreApplication::translate("tailor-cli", "Only entries by this operator."),
                             QCoreApplication::translate("tailor-cli", "name")),
          QCommandLineOption(
              QStringLiteral("entity"),
              QCoreApplication::translate("tailor-cli",
                                          "Only this entity, or entities starting with it when it ends in "
                                          "':' (e.g. operator:)."),
              QCoreApplication::translate("tailor-cli", "entity")),
          QCommandLineOption(
              QStringLiteral("since"),
              QCoreApplication::translate("tailor-cli", "Only entries at or after this UTC date/time."),
              QCoreApplication::translate("tailor-cli", "time")),
          QCommandLineOption(
              QStringLiteral("until"),
              QCoreApplication::translate("tailor-cli", "Only entries before this UTC date/time."),
              QCoreApplication::translate("tailor-cli", "time")),
          QCommandLineOption(
              QStringLiteral("limit"),
              QCoreApplication::translate("tailor-cli", "At most N entries (default 100; 0 for all)."),
              QCoreApplication::translate("tailor-cli", "n")),
          QCommandLineOption(QStringLiteral("oldest-first"),
                             QCoreApplication::translate("tailor-cli", "Oldest entries first."))},
         {},
         runList},
    };
}

} // namespace tailor::cli
