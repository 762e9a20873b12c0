// MustacheTemplate is a Mustache template parsed once into a tree that serves two readers: strict
// variable checks, through references(), and rendering, which walks the tree against a MustacheValue
// many times without re-parsing. It follows the Mustache specification (interpolation, sections,
// inverted sections, comments, partials, set delimiters, standalone lines, partial indentation) with
// one deliberate difference: prompts are not HTML, so nothing is escaped and {{x}} inserts the same
// text as {{{x}}}. Parse errors carry the 1-based line and column of the offending tag.
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
    QString name;         // as written, e.g. "user.name"; "." for the implicit iterator
    int line = 0;         // 1-based position of the tag's opening delimiter
    int column = 0;       // 1-based, in UTF-16 code units
    QStringList sections; // enclosing {{#…}} sections, outermost first (inverted ones push no context)
};

class MustacheTemplate
{
public:
    // Returns the parsed partial for a name, or null when there is none (which renders as nothing).
    using PartialResolver = std::function<const MustacheTemplate *(const QString &name)>;

    // Partials nested deeper than this render as nothing, so a template that includes itself
    // unconditionally terminates.
    static constexpr int MaxPartialDepth = 64;

    // An empty template: renders the empty string.
    MustacheTemplate();

    static Result<MustacheTemplate> parse(const QString &text, MustacheError *errorOut = nullptr);

    const QString &source() const;
    const QList<MustacheReference> &references() const;

    QString render(const MustacheValue &context, const PartialResolver &partials = {}) const;

private:
    struct Data;
    class Parser;
    class Renderer;

    explicit MustacheTemplate(std::shared_ptr<const Data> data);

    std::shared_ptr<const Data> m_data;
};

} // namespace tailor
