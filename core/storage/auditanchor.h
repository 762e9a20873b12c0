// AuditAnchor is one entry of the audit log named from outside the workspace: its sequence number and its
// hash, written `SEQ:HASH`. Whoever can write an SQLite workspace can also rewrite its whole hash chain so
// that it verifies; what they cannot change is a copy of the head kept somewhere else. Because each hash
// covers the previous one, an anchor vouches for every entry up to its own, so a log that was truncated
// below it or re-chained at or before it no longer holds an entry with that sequence number and hash.
// `tailor-cli audit anchor` prints one; `audit verify --anchor`/`--anchors` and the Settings page check them.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tailor {

struct AuditAnchor
{
    qint64 seq = 0;
    QString hash; // 64 lowercase hex digits
    // Context for people and JSON; not part of the anchor's text and not checked.
    QString at;
    QString workspaceId;

    // `SEQ:HASH`, as parse() reads it.
    QString toString() const;
    QJsonObject toJson() const;

    // Reads `SEQ:HASH` (surrounding spaces ignored, hex digits in either case).
    static Result<AuditAnchor> parse(const QString &text);
    // Anchors separated by spaces, commas or line breaks, as pasted into a field; none is an empty list.
    static Result<QList<AuditAnchor>> parseList(const QString &text);
    // One anchor per line; blank lines and lines starting with '#' are skipped. Errors name `source` and
    // the line. A text without any anchor is an error too: checking against nothing proves nothing.
    static Result<QList<AuditAnchor>> parseLines(const QString &text, const QString &source);
    // parseLines() over a UTF-8 file.
    static Result<QList<AuditAnchor>> readFile(const QString &path);
};

} // namespace tailor
