#include "auditanchor.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace tailor {

namespace {

// Anchors files hold a line per anchor; anything this large is something else.
constexpr qint64 kMaxAnchorsFileBytes = 16 * 1024 * 1024;

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

// Quotes what the user gave, cut short when it is long (a file without line breaks is one line).
QString quoted(const QString &text)
{
    constexpr qsizetype kMax = 80;
    return QLatin1Char('\'') + (text.size() > kMax ? text.left(kMax) + QStringLiteral("…") : text) +
           QLatin1Char('\'');
}

} // namespace

QString AuditAnchor::toString() const
{
    return QString::number(seq) + QLatin1Char(':') + hash;
}

QJsonObject AuditAnchor::toJson() const
{
    QJsonObject object{
        {QStringLiteral("anchor"), toString()}, {QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
    if (!at.isEmpty())
        object.insert(QStringLiteral("at"), at);
    if (!workspaceId.isEmpty())
        object.insert(QStringLiteral("workspace_id"), workspaceId);
    return object;
}

Result<AuditAnchor> AuditAnchor::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    auto bad = [&trimmed](const QString &why) {
        return Error::badInput(
            QCoreApplication::translate("tailor::AuditAnchor",
                                        "%1 is not an audit anchor (%2); an anchor is SEQ:HASH, as "
                                        "`tailor-cli audit anchor` prints it")
                .arg(quoted(trimmed), why));
    };
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return bad(QCoreApplication::translate("tailor::AuditAnchor", "no ':' between sequence and hash"));
    const QString seqText = trimmed.left(colon);
    const QString hashText = trimmed.mid(colon + 1).toLower();
    bool ok = false;
    const qint64 seq = seqText.toLongLong(&ok);
    // toLongLong accepts a sign and surrounding spaces; an anchor's sequence number is plain digits.
    const bool digitsOnly = !seqText.isEmpty() && std::all_of(seqText.cbegin(), seqText.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!ok || !digitsOnly || seq < 1)
        return bad(QCoreApplication::translate("tailor::AuditAnchor",
                                               "the sequence number must be a whole number from 1"));
    if (hashText.size() != 64 || !std::all_of(hashText.cbegin(), hashText.cend(), isHexDigit))
        return bad(
            QCoreApplication::translate("tailor::AuditAnchor", "the hash must be 64 hexadecimal digits"));
    AuditAnchor anchor;
    anchor.seq = seq;
    anchor.hash = hashText;
    return anchor;
}

Result<QList<AuditAnchor>> AuditAnchor::parseList(const QString &text)
{
    QList<AuditAnchor> anchors;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        auto anchor = parse(part);
        if (!anchor)
            return anchor.error();
        anchors.append(anchor.value());
    }
    return anchors;
}

Result<QList<AuditAnchor>> AuditAnchor::parseLines(const QString &text, const QString &source)
{
    QList<AuditAnchor> anchors;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        auto anchor = parse(line);
        if (!anchor)
            return Error::badInput(
                QStringLiteral("%1:%2: %3").arg(source).arg(i + 1).arg(anchor.error().message));
        anchors.append(anchor.value());
    }
    if (anchors.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("tailor::AuditAnchor",
                                        "%1 holds no audit anchor (one SEQ:HASH per line; "
                                        "blank lines and lines starting with # are skipped)")
                .arg(source));
    return anchors;
}

Result<QList<AuditAnchor>> AuditAnchor::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            QCoreApplication::translate("tailor::AuditAnchor", "Cannot read the anchors file %1: %2")
                .arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxAnchorsFileBytes + 1);
    if (bytes.size() > kMaxAnchorsFileBytes)
        return Error::badInput(QCoreApplication::translate(
                                   "tailor::AuditAnchor",
                                   "The anchors file %1 is larger than 16 MiB: it is not a list of anchors")
                                   .arg(path));
    // Invalid UTF-8 can only sit in comments harmlessly; in an anchor it makes the line fail to parse.
    return parseLines(QString::fromUtf8(bytes), path);
}

} // namespace tailor
