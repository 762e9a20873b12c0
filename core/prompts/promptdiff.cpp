#include "promptdiff.h"

#include "prompts/promptyfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace tailor {

namespace {

std::vector<QString> bodyLines(const QString &body)
{
    QStringList lines = body.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the newline that ends the last line
    return std::vector<QString>(lines.cbegin(), lines.cend());
}

struct Token
{
    QString text;
    int start = 0;
};

// Words, runs of whitespace, whole Mustache tags and single other characters.
std::vector<Token> tokenize(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\{?[^{}]*\\}?\\}\\}|[\\w']+|\\s+|."),
                                            QRegularExpression::UseUnicodePropertiesOption);
    std::vector<Token> tokens;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(line))
        tokens.push_back({match.captured(), int(match.capturedStart())});
    return tokens;
}

// Joins spans that touch or are separated only by whitespace, so "quick brown" → "slow red" is one span.
QList<PromptDiff::Span> merged(const QList<PromptDiff::Span> &spans, const QString &line)
{
    QList<PromptDiff::Span> result;
    for (const PromptDiff::Span &span : spans) {
        if (!result.isEmpty()) {
            PromptDiff::Span &last = result.last();
            const int gapStart = last.start + last.length;
            if (QStringView(line).mid(gapStart, span.start - gapStart).trimmed().isEmpty()) {
                last.length = span.start + span.length - last.start;
                continue;
            }
        }
        result.append(span);
    }
    return result;
}

void markChangedWords(PromptDiff::Line &removed, PromptDiff::Line &added)
{
    const std::vector<Token> oldTokens = tokenize(removed.text);
    const std::vector<Token> newTokens = tokenize(added.text);
    std::vector<QString> oldWords;
    std::vector<QString> newWords;
    for (const Token &token : oldTokens)
        oldWords.push_back(token.text);
    for (const Token &token : newTokens)
        newWords.push_back(token.text);

    dtl::Diff<QString, std::vector<QString>> diff(oldWords, newWords);
    diff.compose();
    QList<PromptDiff::Span> oldSpans;
    QList<PromptDiff::Span> newSpans;
    for (const auto &[word, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_DELETE) {
            const Token &token = oldTokens.at(size_t(info.beforeIdx - 1));
            oldSpans.append({token.start, int(token.text.size())});
        } else if (info.type == dtl::SES_ADD) {
            const Token &token = newTokens.at(size_t(info.afterIdx - 1));
            newSpans.append({token.start, int(token.text.size())});
        }
    }
    removed.changedWords = merged(oldSpans, removed.text);
    added.changedWords = merged(newSpans, added.text);
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("tailor::PromptDiff", "(none)");
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    constexpr int limit = 60;
    if (text.size() > limit)
        text = text.left(limit - 1) + QStringLiteral("…");
    return text;
}

QJsonObject declaration(const PromptInput &input)
{
    QJsonObject object = input.extra;
    if (!input.type.isEmpty())
        object.insert(QStringLiteral("type"), input.type);
    if (!input.description.isEmpty())
        object.insert(QStringLiteral("description"), input.description);
    if (input.hasDefault())
        object.insert(QStringLiteral("default"), input.defaultValue);
    if (input.hasSample())
        object.insert(QStringLiteral("sample"), input.sample);
    object.insert(QStringLiteral("required"), input.required);
    // `required: true` on an input without a default changes nothing above but refuses null from then on.
    object.insert(QStringLiteral("accepts_null"), input.acceptsNull());
    return object;
}

// Added, removed and changed keys of two objects, in key order.
void compareObjects(QList<PromptDiff::Change> &changes, PromptDiff::Change::Area area, const QString &prefix,
                    const QJsonObject &before, const QJsonObject &after, const QStringList &skip = {})
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        if (skip.contains(key))
            continue;
        const QJsonValue oldValue = before.value(key);
        const QJsonValue newValue = after.value(key);
        if (oldValue == newValue)
            continue;
        using Kind = PromptDiff::Change::Kind;
        const Kind kind = oldValue.isUndefined()   ? Kind::Added
                          : newValue.isUndefined() ? Kind::Removed
                                                   : Kind::Changed;
        changes.append({area, kind, prefix + key, QString(), oldValue, newValue});
    }
}

void compareInputs(QList<PromptDiff::Change> &changes, const PromptyFile &before, const PromptyFile &after)
{
    using Change = PromptDiff::Change;
    for (const PromptInput &oldInput : before.inputs()) {
        const PromptInput *newInput = after.input(oldInput.name);
        if (!newInput) {
            changes.append({Change::Area::Input, Change::Kind::Removed, oldInput.name, QString(),
                            declaration(oldInput), QJsonValue::Undefined});
            continue;
        }
        const QJsonObject oldDeclaration = declaration(oldInput);
        const QJsonObject newDeclaration = declaration(*newInput);
        QStringList fields = {QStringLiteral("type"),     QStringLiteral("description"),
                              QStringLiteral("default"),  QStringLiteral("sample"),
                              QStringLiteral("required"), QStringLiteral("accepts_null")};
        for (const QString &key : oldDeclaration.keys() + newDeclaration.keys()) {
            if (!fields.contains(key))
                fields.append(key);
        }
        for (const QString &field : fields) {
            const QJsonValue oldValue = oldDeclaration.value(field);
            const QJsonValue newValue = newDeclaration.value(field);
            if (oldValue == newValue)
                continue;
            const Change::Kind kind = field == QLatin1String("type") ? Change::Kind::Retyped
                                      : oldValue.isUndefined()       ? Change::Kind::Added
                                      : newValue.isUndefined()       ? Change::Kind::Removed
                                                                     : Change::Kind::Changed;
            changes.append({Change::Area::Input, kind, oldInput.name, field, oldValue, newValue});
        }
    }
    for (const PromptInput &newInput : after.inputs()) {
        if (!before.input(newInput.name))
            changes.append({Change::Area::Input, Change::Kind::Added, newInput.name, QString(),
                            QJsonValue::Undefined, declaration(newInput)});
    }
}

} // namespace

QString PromptDiff::Change::summary() const
{
    const QString oldText = valueText(oldValue);
    const QString newText = valueText(newValue);
    const auto tr = [](const char *text) { return QCoreApplication::translate("tailor::PromptDiff", text); };
    switch (area) {
    case Area::Input: {
        const auto typeOf = [](const QJsonValue &value) {
            const QString type = value.toObject().value(QStringLiteral("type")).toString();
            return type.isEmpty() ? QStringLiteral("any") : type;
        };
        if (field.isEmpty() && kind == Kind::Added)
            return tr("input '%1' added (%2)").arg(key, typeOf(newValue));
        if (field.isEmpty() && kind == Kind::Removed)
            return tr("input '%1' removed (%2)").arg(key, typeOf(oldValue));
        if (kind == Kind::Retyped)
            return tr("input '%1' retyped: %2 → %3")
                .arg(key, oldValue.isUndefined() ? QStringLiteral("any") : oldValue.toString(),
                     newValue.isUndefined() ? QStringLiteral("any") : newValue.toString());
        return tr("input '%1' %2: %3 → %4").arg(key, field, oldText, newText);
    }
    case Area::Parameter:
        if (kind == Kind::Added)
            return tr("parameter '%1' added: %2").arg(key, newText);
        if (kind == Kind::Removed)
            return tr("parameter '%1' removed (was %2)").arg(key, oldText);
        return tr("parameter '%1': %2 → %3").arg(key, oldText, newText);
    case Area::Model:
        if (kind == Kind::Added)
            return tr("model %1 added: %2").arg(key, newText);
        if (kind == Kind::Removed)
            return tr("model %1 removed (was %2)").arg(key, oldText);
        return tr("model %1: %2 → %3").arg(key, oldText, newText);
    case Area::Sample:
        if (kind == Kind::Added)
            return tr("sample '%1' added: %2").arg(key, newText);
        if (kind == Kind::Removed)
            return tr("sample '%1' removed (was %2)").arg(key, oldText);
        return tr("sample '%1': %2 → %3").arg(key, oldText, newText);
    case Area::Prompt:
    case Area::Other:
        if (kind == Kind::Added)
            return tr("%1 added: %2").arg(key, newText);
        if (kind == Kind::Removed)
            return tr("%1 removed (was %2)").arg(key, oldText);
        return tr("%1: %2 → %3").arg(key, oldText, newText);
    }
    return QString();
}

Result<PromptDiff> PromptDiff::compute(const QString &oldText, const QString &newText)
{
    Result<PromptyFile> before = PromptyFile::parse(oldText);
    if (!before)
        return Error::badInput(
            QCoreApplication::translate("tailor::PromptDiff", "The old version does not parse: %1")
                .arg(before.error().message));
    Result<PromptyFile> after = PromptyFile::parse(newText);
    if (!after)
        return Error::badInput(
            QCoreApplication::translate("tailor::PromptDiff", "The new version does not parse: %1")
                .arg(after.error().message));

    PromptDiff diff;
    diff.m_oldName = before->name();
    diff.m_newName = after->name();
    diff.m_frontMatterTextChanged = before->frontMatterText() != after->frontMatterText();

    // Structured front matter.
    QList<Change> &changes = diff.m_changes;
    const auto compareField = [&](const QString &key, const QJsonValue &oldValue,
                                  const QJsonValue &newValue) {
        if (oldValue != newValue)
            changes.append({Change::Area::Prompt, Change::Kind::Changed, key, QString(), oldValue, newValue});
    };
    compareField(QStringLiteral("name"), before->name(), after->name());
    compareField(QStringLiteral("description"), before->description(), after->description());
    compareField(QStringLiteral("folder"), before->folder(), after->folder());
    compareField(QStringLiteral("tags"), QJsonArray::fromStringList(before->tags()),
                 QJsonArray::fromStringList(after->tags()));
    compareField(QStringLiteral("template"), before->templateFormat(), after->templateFormat());
    if (before->modelApi() != after->modelApi())
        changes.append({Change::Area::Model, Change::Kind::Changed, QStringLiteral("api"), QString(),
                        before->modelApi(), after->modelApi()});
    compareObjects(changes, Change::Area::Model, QStringLiteral("configuration."),
                   before->modelConfiguration(), after->modelConfiguration());
    compareObjects(changes, Change::Area::Model, QString(), before->model(), after->model(),
                   {QStringLiteral("api"), QStringLiteral("configuration"), QStringLiteral("parameters")});
    compareObjects(changes, Change::Area::Parameter, QString(), before->parameters(), after->parameters());
    compareInputs(changes, before.value(), after.value());
    compareObjects(changes, Change::Area::Sample, QString(), before->sample(), after->sample());
    compareObjects(changes, Change::Area::Other, QString(), before->extraFields(), after->extraFields());

    // Body lines.
    const std::vector<QString> oldLines = bodyLines(before->body());
    const std::vector<QString> newLines = bodyLines(after->body());
    dtl::Diff<QString, std::vector<QString>> lineDiff(oldLines, newLines);
    lineDiff.onHuge();
    lineDiff.compose();
    const int oldFirst = before->bodyLine();
    const int newFirst = after->bodyLine();

    QList<Line> removed;
    QList<Line> added;
    const auto flush = [&]() {
        for (qsizetype i = 0; i < std::min(removed.size(), added.size()); ++i)
            markChangedWords(removed[i], added[i]);
        diff.m_lines += removed;
        diff.m_lines += added;
        removed.clear();
        added.clear();
    };
    for (const auto &[text, info] : lineDiff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_COMMON:
            flush();
            diff.m_lines.append({Line::Kind::Same,
                                 oldFirst + int(info.beforeIdx) - 1,
                                 newFirst + int(info.afterIdx) - 1,
                                 text,
                                 {}});
            break;
        case dtl::SES_DELETE:
            removed.append({Line::Kind::Removed, oldFirst + int(info.beforeIdx) - 1, 0, text, {}});
            break;
        case dtl::SES_ADD:
            added.append({Line::Kind::Added, 0, newFirst + int(info.afterIdx) - 1, text, {}});
            break;
        }
    }
    flush();
    return diff;
}

bool PromptDiff::bodyChanged() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [](const Line &line) { return line.kind != Line::Kind::Same; });
}

QList<PromptDiff::Hunk> PromptDiff::hunks(int context) const
{
    context = std::max(0, context);
    // The old and new line number each position of m_lines starts at, for hunks that begin on an added or
    // removed line.
    const qsizetype count = m_lines.size();
    std::vector<int> oldAt(size_t(count) + 1);
    std::vector<int> newAt(size_t(count) + 1);
    int oldCursor = 1;
    int newCursor = 1;
    for (qsizetype i = 0; i < count; ++i) {
        const Line &line = m_lines.at(i);
        if (line.oldLine > 0)
            oldCursor = line.oldLine;
        if (line.newLine > 0)
            newCursor = line.newLine;
        oldAt[size_t(i)] = oldCursor;
        newAt[size_t(i)] = newCursor;
        if (line.oldLine > 0)
            ++oldCursor;
        if (line.newLine > 0)
            ++newCursor;
    }
    // Positions before the first numbered line: count back from the first one known.
    for (qsizetype i = count - 1; i > 0; --i) {
        if (m_lines.at(i - 1).oldLine == 0 && m_lines.at(i).oldLine > 0)
            oldAt[size_t(i - 1)] = std::min(oldAt[size_t(i - 1)], oldAt[size_t(i)]);
        if (m_lines.at(i - 1).newLine == 0 && m_lines.at(i).newLine > 0)
            newAt[size_t(i - 1)] = std::min(newAt[size_t(i - 1)], newAt[size_t(i)]);
    }

    QList<Hunk> result;
    qsizetype i = 0;
    while (i < count) {
        if (m_lines.at(i).kind == Line::Kind::Same) {
            ++i;
            continue;
        }
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i; // one past the last changed line of this hunk
        qsizetype j = i;
        while (j < count) {
            if (m_lines.at(j).kind != Line::Kind::Same) {
                end = j + 1;
                ++j;
                continue;
            }
            qsizetype same = j;
            while (same < count && m_lines.at(same).kind == Line::Kind::Same)
                ++same;
            if (same < count && same - j <= 2 * context) {
                j = same;
                continue;
            }
            break;
        }
        const qsizetype stop = std::min(count, end + context);
        Hunk hunk;
        hunk.lines = m_lines.mid(start, stop - start);
        for (const Line &line : std::as_const(hunk.lines)) {
            hunk.oldCount += line.kind != Line::Kind::Added ? 1 : 0;
            hunk.newCount += line.kind != Line::Kind::Removed ? 1 : 0;
        }
        hunk.oldStart = oldAt[size_t(start)] - (hunk.oldCount == 0 ? 1 : 0);
        hunk.newStart = newAt[size_t(start)] - (hunk.newCount == 0 ? 1 : 0);
        result.append(hunk);
        i = stop;
    }
    return result;
}

QList<PromptDiff::Row> PromptDiff::rows() const
{
    QList<Row> result;
    qsizetype i = 0;
    const qsizetype count = m_lines.size();
    while (i < count) {
        const Line &line = m_lines.at(i);
        if (line.kind == Line::Kind::Same) {
            result.append({Row::Kind::Same, line.oldLine, line.newLine, line.text, line.text, {}, {}});
            ++i;
            continue;
        }
        qsizetype removedEnd = i;
        while (removedEnd < count && m_lines.at(removedEnd).kind == Line::Kind::Removed)
            ++removedEnd;
        qsizetype addedEnd = removedEnd;
        while (addedEnd < count && m_lines.at(addedEnd).kind == Line::Kind::Added)
            ++addedEnd;
        const qsizetype removedCount = removedEnd - i;
        const qsizetype addedCount = addedEnd - removedEnd;
        for (qsizetype k = 0; k < std::max(removedCount, addedCount); ++k) {
            Row row;
            if (k < removedCount) {
                const Line &old = m_lines.at(i + k);
                row.oldLine = old.oldLine;
                row.oldText = old.text;
                row.oldChanges = old.changedWords;
            }
            if (k < addedCount) {
                const Line &fresh = m_lines.at(removedEnd + k);
                row.newLine = fresh.newLine;
                row.newText = fresh.text;
                row.newChanges = fresh.changedWords;
            }
            row.kind = k < removedCount && k < addedCount ? Row::Kind::Changed
                       : k < removedCount                 ? Row::Kind::Removed
                                                          : Row::Kind::Added;
            result.append(row);
        }
        i = addedEnd;
    }
    return result;
}

QString PromptDiff::toUnifiedText(const QString &oldLabel, const QString &newLabel, int context) const
{
    QString text;
    text += QStringLiteral("--- ") + (oldLabel.isEmpty() ? QStringLiteral("a/") + m_oldName : oldLabel) +
            QLatin1Char('\n');
    text += QStringLiteral("+++ ") + (newLabel.isEmpty() ? QStringLiteral("b/") + m_newName : newLabel) +
            QLatin1Char('\n');
    if (!m_changes.isEmpty() || m_frontMatterTextChanged) {
        text += QCoreApplication::translate("tailor::PromptDiff", "Front matter:") + QLatin1Char('\n');
        for (const Change &change : m_changes) {
            const QChar mark = change.kind == Change::Kind::Added     ? QLatin1Char('+')
                               : change.kind == Change::Kind::Removed ? QLatin1Char('-')
                                                                      : QLatin1Char('~');
            text += QStringLiteral("  ") + mark + QLatin1Char(' ') + change.summary() + QLatin1Char('\n');
        }
        if (m_changes.isEmpty())
            text += QStringLiteral("  ~ ") +
                    QCoreApplication::translate("tailor::PromptDiff", "comments or layout changed") +
                    QLatin1Char('\n');
    }
    for (const Hunk &hunk : hunks(context)) {
        text += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                    .arg(hunk.oldStart)
                    .arg(hunk.oldCount)
                    .arg(hunk.newStart)
                    .arg(hunk.newCount);
        for (const Line &line : hunk.lines) {
            const QChar mark = line.kind == Line::Kind::Added     ? QLatin1Char('+')
                               : line.kind == Line::Kind::Removed ? QLatin1Char('-')
                                                                  : QLatin1Char(' ');
            text += mark + line.text + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace tailor
