// MustacheTemplate is a Mustache template parsed once into a tree that serves two readers: strict
// variable checks, through references(), and rendering, which walks the tree against a MustacheValue
// many times without re-parsing. It follows the Mustache specification (interpolation, sections,
// inverted sections, comments, partials, set delimiters, standalone lines, partial indentation) with
// one deliberate difference: prompts are not HTML, so nothing is escaped and {{x}} inserts the same
// text as {{{x}}}. Parse errors carry the 1-based line and column of the offending tag.
//
// Templates are user input, so nothing about one may cost more than its size: parsing and the
// references are linear in the text (each reference names its innermost section, not a copy of all
// enclosing ones), sections nest at most MaxSectionDepth deep, and a render stops with an error once
// its output or its work (sections over lists multiply) passes a fixed bound.
#pragma once

#include "prompts/mustachevalue.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace tailor {

// Where and why parsing failed; message is the full text that Error::message also carries.
struct MustacheError
{
    QString message;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in UTF-16 code units
};

// A {{#name}} section, which pushes its value as a context for the names inside it.
struct MustacheSection
{
    QString name;    // as written
    int parent = -1; // the enclosing {{#…}} section, as an index into MustacheTemplate::sections()
};

// One name the template uses, in document order.
struct MustacheReference
{
    enum class Kind
    {
        Variable,        // {{x}}, {{{x}}}, {{&x}}
        Section,         // {{#x}}
        InvertedSection, // {{^x}}
        Partial,         // {{>x}}
    };

    Kind kind = Kind::Variable;
    QString name;   // as written, e.g. "user.name"; "." for the implicit iterator
    int line = 0;   // 1-based position of the tag's opening delimiter
    int column = 0; // 1-based, in UTF-16 code units
    // The innermost enclosing {{#…}} section, as an index into MustacheTemplate::sections(), or -1 at the top
    // level; inverted sections push no context and are left out.
    int section = -1;
};

class MustacheTemplate
{
public:
    // Returns the parsed partial for a name, or null when there is none (which renders as nothing).
    using PartialResolver = std::function<const MustacheTemplate *(const QString &name)>;

    // Partials nested deeper than this render as nothing, so a template that includes itself
    // unconditionally terminates.
    static constexpr int MaxPartialDepth = 64;
    // Sections ({{#…}} and {{^…}}) nested deeper than this are refused at parse time.
    static constexpr int MaxSectionDepth = 100;
    // A render that would produce more UTF-16 code units than this, or take more steps (one per node and per
    // list item visited), stops with an error: nested sections over lists multiply, so a small template
    // with small data could otherwise fill the memory or run for hours.
    static constexpr qsizetype MaxRenderedLength = 16 * 1024 * 1024;
    static constexpr qint64 MaxRenderSteps = 16 * 1024 * 1024;

    // An empty template: renders the empty string.
    MustacheTemplate();

    static Result<MustacheTemplate> parse(const QString &text, MustacheError *errorOut = nullptr);

    const QString &source() const;
    const QList<MustacheReference> &references() const;
    // The {{#…}} sections in document order; a section's parent comes before it.
    const QList<MustacheSection> &sections() const;
    // The names of the {{#…}} sections around a reference, outermost first.
    QStringList enclosingSections(const MustacheReference &reference) const;

    // Renders against a context. When a render limit is reached it returns an empty string and, when
    // `error` is given, says which limit (line and column are 0).
    QString render(const MustacheValue &context, const PartialResolver &partials = {},
                   MustacheError *error = nullptr) const;

private:
    struct Data;
    class Parser;
    class Renderer;

    explicit MustacheTemplate(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> m_data;
};

} // namespace tailor
