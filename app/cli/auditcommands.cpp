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

int runVerify(CliContext &context, const QCommandLineParser &)
{
    auto workspace = context.open();
    if (!workspace)
        return context.fail(workspace.error());
    auto verification = workspace.value()->audit().verify();
    if (!verification)
        return context.fail(verification.error());
    const AuditVerification &result = verification.value();
    if (context.json) {
        QJsonObject object{{QStringLiteral("intact"), result.intact},
                           {QStringLiteral("entries"), result.entries}};
        if (!result.intact) {
            object.insert(QStringLiteral("first_bad_seq"), result.firstBadSeq);
            object.insert(QStringLiteral("problem"), result.problem);
        }
        context.printJson(object);
    } else if (result.intact) {
        context.out << QCoreApplication::translate("tailor-cli",
                                                   "Audit log intact: every entry verified (%1 in total).")
                           .arg(result.entries)
                    << Qt::endl;
    }
    if (!result.intact) {
        context.err << QCoreApplication::translate("tailor-cli",
                                                   "tailor-cli: audit log broken at entry %1: %2")
                           .arg(result.firstBadSeq)
                           .arg(result.problem)
                    << Qt::endl;
        return ExitCheckFailed;
    }
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
         QCoreApplication::translate("tailor-cli", "check the hash chain; exit 1 naming the first bad entry"),
         QCoreApplication::translate(
             "tailor-cli", "Recomputes every entry's hash and the chain between entries. Exits 0 when the "
                           "log is intact and "
                           "1, "
                           "naming the first bad entry, when any entry was edited, deleted or reordered."),
         {},
         {},
         runVerify},
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
