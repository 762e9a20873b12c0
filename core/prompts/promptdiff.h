// PromptDiff is what changed between two versions of a prompt: a line diff of the body (Myers, via dtl) with
// the changed words marked inside each changed line pair, laid out both as unified hunks and as side-by-side
// rows, and a structured diff of the front matter — model parameters and configuration added, removed or
// changed, inputs added, removed, retyped or redescribed, samples, name, description, tags and folder. Line
// numbers are file lines of each version's canonical text. toUnifiedText() renders it all for the CLI.
#pragma once

#include "result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace tailor {

class PromptDiff
{
public:
    // A range of UTF-16 code units within a line's text.
    struct Span
    {
        int start = 0;
        int length = 0;
        bool operator==(const Span &other) const = default;
    };

    struct Line
    {
        enum class Kind
        {
            Same,
            Added,
            Removed
        };
        Kind kind = Kind::Same;
        int oldLine = 0; // file line in the old text; 0 for Added
        int newLine = 0; // file line in the new text; 0 for Removed
        QString text;
        // For a Removed line paired with an Added one (or the reverse): the words that differ.
        QList<Span> changedWords;
    };

    struct Hunk
    {
        int oldStart = 0; // as in "@@ -oldStart,oldCount +newStart,newCount @@"
        int oldCount = 0;
        int newStart = 0;
        int newCount = 0;
        QList<Line> lines;
    };

    // One row of a side-by-side view; Changed rows pair a removed line with an added one.
    struct Row
    {
        enum class Kind
        {
            Same,
            Changed,
            Added,
            Removed
        };
        Kind kind = Kind::Same;
        int oldLine = 0; // 0 when the left side is empty
        int newLine = 0; // 0 when the right side is empty
        QString oldText;
        QString newText;
        QList<Span> oldChanges;
        QList<Span> newChanges;
    };

    struct Change
    {
        enum class Area
        {
            Prompt,    // name, description, tags, folder
            Model,     // model.api and model.configuration
            Parameter, // model.parameters
            Input,     // inputs
            Sample,    // the top-level sample
            Other,     // front matter keys Tailor does not interpret
        };
        enum class Kind
        {
            Added,
            Removed,
            Changed,
            Retyped, // an input's type changed
        };
        Area area = Area::Prompt;
        Kind kind = Kind::Changed;
        QString key;   // "temperature", "history", "configuration.azure_deployment", "tags"
        QString field; // for inputs: "type", "description", "default", "sample", "required"; else empty
        QJsonValue oldValue = QJsonValue::Undefined;
        QJsonValue newValue = QJsonValue::Undefined;

        // "parameter 'temperature': 0.2 → 0.7", "input 'k' retyped: string → integer", ...
        QString summary() const;
    };

    // Both texts must parse as Prompty files.
    static Result<PromptDiff> compute(const QString &oldText, const QString &newText);

    bool isEmpty() const { return m_changes.isEmpty() && !bodyChanged() && !m_frontMatterTextChanged; }
    bool bodyChanged() const;

    const QList<Change> &changes() const { return m_changes; }
    // True when the front matter text differs, even if only in comments or layout that no Change shows.
    bool frontMatterTextChanged() const { return m_frontMatterTextChanged; }

    // Every body line of both versions, in unified order (removed lines before the added lines that replace
    // them).
    const QList<Line> &lines() const { return m_lines; }
    QList<Hunk> hunks(int context = 3) const;
    QList<Row> rows() const;

    // `diff -u`-style text of the body, preceded by a header listing the structured changes.
    QString toUnifiedText(const QString &oldLabel = {}, const QString &newLabel = {}, int context = 3) const;

private:
    QString m_oldName;
    QString m_newName;
    QList<Change> m_changes;
    bool m_frontMatterTextChanged = false;
    QList<Line> m_lines;
};

} // namespace tailor
