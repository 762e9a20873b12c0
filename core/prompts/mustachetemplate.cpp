#include "prompts/mustachetemplate.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <atomic>
#include <cstring>
#include <vector>

namespace tailor {

namespace {

enum class NodeKind : quint8
{
    Text,
    Variable,
    Section,
    InvertedSection,
    Partial,
};

// A dotted name split once at parse time, each part with the hash that MustacheValue sorts members by.
struct NameSegment
{
    QString key;
    quint32 hash = 0;
};

struct Name
{
    QString text;
    std::vector<NameSegment> segments; // empty for the implicit iterator "."
};

// The tree is stored flat, in document order: a section's children are the nodes between it and
// its end index, so rendering walks one contiguous array.
struct Node
{
    NodeKind kind = NodeKind::Text;
    // Partial indentation goes in front of every template line; these mark the line starts that fall
    // right before this node and right before a section's closing tag (text nodes handle their own
    // inner line starts).
    bool lineStart = false;
    bool closeLineStart = false;
    int end = 0;         // sections: index just past the last child
    int name = -1;       // index into Data::names
    qsizetype begin = 0; // text: slice of the source; standalone partial: its indentation
    qsizetype length = 0;
};

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

struct MustacheTemplate::Data
{
    QString source;
    std::vector<Node> nodes;
    std::vector<Name> names;
    QList<MustacheReference> references;
    QList<MustacheSection> sections;
    // Output length of the last render: the next one reserves that much up front.
    mutable std::atomic<qsizetype> sizeHint{0};
};

class MustacheTemplate::Parser
{
public:
    Parser(Data &data, MustacheError &error)
        : m_data(data)
        , m_error(error)
        , m_text(data.source.constData())
        , m_size(data.source.size())
    {}

    bool run();

private:
    struct Location
    {
        int line = 0;
        int column = 0;
        QString lineText() const { return QString::number(line); }
        QString columnText() const { return QString::number(column); }
    };

    struct OpenSection
    {
        int node;
        QString name;
        Location at;
        int outerSection; // m_currentSection before this section opened
    };

    bool fail(Location at, const QString &message);
    Location locate(qsizetype position);
    QString tagText(QChar sigil, const QString &name) const;
    bool checkName(const QString &name, qsizetype position, const QString &tag, bool dotted);
    int addName(const QString &name);
    void addText(qsizetype begin, qsizetype end);
    void addReference(MustacheReference::Kind kind, const QString &name, qsizetype position);
    bool setDelimiters(const QString &content, qsizetype position, const QString &tag);

    Data &m_data;
    MustacheError &m_error;
    const QChar *m_text;
    qsizetype m_size;
    QString m_open = QStringLiteral("{{");
    QString m_close = QStringLiteral("}}");
    std::vector<OpenSection> m_sections;
    // The innermost open {{#…}} section, as an index into Data::sections.
    int m_currentSection = -1;
    // Start of the text not yet turned into a node, and whether it begins a line.
    qsizetype m_textStart = 0;
    bool m_textStartsLine = true;
    // A line start passed over by a tag that produced no node (comment, delimiter change).
    bool m_pendingLineStart = false;
    // Incremental line counting for positions in ascending order.
    qsizetype m_countedTo = 0;
    int m_line = 1;
    qsizetype m_lineBegin = 0;
};

MustacheTemplate::Parser::Location MustacheTemplate::Parser::locate(qsizetype position)
{
    if (position < m_countedTo) {
        m_countedTo = 0;
        m_line = 1;
        m_lineBegin = 0;
    }
    for (qsizetype i = m_countedTo; i < position; ++i) {
        if (m_text[i] == QLatin1Char('\n')) {
            ++m_line;
            m_lineBegin = i + 1;
        }
    }
    m_countedTo = position;
    return Location{m_line, int(position - m_lineBegin) + 1};
}

bool MustacheTemplate::Parser::fail(Location at, const QString &message)
{
    m_error.message = message;
    m_error.line = at.line;
    m_error.column = at.column;
    return false;
}

QString MustacheTemplate::Parser::tagText(QChar sigil, const QString &name) const
{
    QString text = m_open;
    if (!sigil.isNull())
        text += sigil;
    text += name;
    if (sigil == QLatin1Char('{'))
        text += QLatin1Char('}');
    return text + m_close;
}

bool MustacheTemplate::Parser::checkName(const QString &name, qsizetype position, const QString &tag,
                                         bool dotted)
{
    const Location at = locate(position);
    if (name.isEmpty())
        return fail(at, QCoreApplication::translate("tailor::MustacheTemplate",
                                                    "Empty tag name in '%1' at line %2, column %3")
                            .arg(tag, at.lineText(), at.columnText()));
    for (QChar c : name) {
        if (c.isSpace())
            return fail(at,
                        QCoreApplication::translate("tailor::MustacheTemplate",
                                                    "Tag name '%1' at line %2, column %3 contains whitespace")
                            .arg(name, at.lineText(), at.columnText()));
    }
    if (dotted && name != QLatin1String(".")) {
        for (QStringView part : QStringView(name).split(QLatin1Char('.'))) {
            if (part.isEmpty())
                return fail(at, QCoreApplication::translate("tailor::MustacheTemplate",
                                                            "Invalid name '%1' at line %2, column %3: a "
                                                            "dotted name cannot have an empty part")
                                    .arg(name, at.lineText(), at.columnText()));
        }
    }
    return true;
}

int MustacheTemplate::Parser::addName(const QString &name)
{
    Name entry;
    entry.text = name;
    if (name != QLatin1String(".")) {
        for (QStringView part : QStringView(name).split(QLatin1Char('.')))
            entry.segments.push_back(NameSegment{part.toString(), MustacheValue::keyHash(part)});
    }
    m_data.names.push_back(std::move(entry));
    return int(m_data.names.size()) - 1;
}

void MustacheTemplate::Parser::addText(qsizetype begin, qsizetype end)
{
    if (end <= begin)
        return;
    Node node;
    node.kind = NodeKind::Text;
    node.lineStart = m_pendingLineStart || (begin == m_textStart && m_textStartsLine);
    node.begin = begin;
    node.length = end - begin;
    m_pendingLineStart = false;
    m_data.nodes.push_back(node);
}

void MustacheTemplate::Parser::addReference(MustacheReference::Kind kind, const QString &name,
                                            qsizetype position)
{
    MustacheReference reference;
    reference.kind = kind;
    reference.name = name;
    const Location at = locate(position);
    reference.line = at.line;
    reference.column = at.column;
    reference.section = m_currentSection;
    m_data.references.append(std::move(reference));
}

bool MustacheTemplate::Parser::setDelimiters(const QString &content, qsizetype position, const QString &tag)
{
    // content is what lies between the tag's delimiters: "=<% %>=".
    const Location at = locate(position);
    if (content.size() < 2 || !content.endsWith(QLatin1Char('='))) {
        return fail(
            at, QCoreApplication::translate("tailor::MustacheTemplate",
                                            "Invalid delimiter change '%1' at line %2, column %3: it must "
                                            "end with '=' before the closing delimiter")
                    .arg(tag, at.lineText(), at.columnText()));
    }
    QStringList delimiters;
    const QStringView inner = QStringView(content).mid(1, content.size() - 2);
    qsizetype i = 0;
    while (i < inner.size()) {
        while (i < inner.size() && inner[i].isSpace())
            ++i;
        const qsizetype begin = i;
        while (i < inner.size() && !inner[i].isSpace())
            ++i;
        if (i > begin)
            delimiters.append(inner.mid(begin, i - begin).toString());
    }
    if (delimiters.size() != 2) {
        return fail(
            at, QCoreApplication::translate("tailor::MustacheTemplate",
                                            "Invalid delimiter change '%1' at line %2, column %3: expected "
                                            "an opening and a closing delimiter separated by whitespace")
                    .arg(tag, at.lineText(), at.columnText()));
    }
    m_open = delimiters.at(0);
    m_close = delimiters.at(1);
    return true;
}

bool MustacheTemplate::Parser::run()
{
    qsizetype position = 0;
    const QString &source = m_data.source;
    while (position < m_size) {
        const qsizetype open = source.indexOf(m_open, position);
        if (open < 0)
            break;

        // The tag's kind, then where it ends.
        qsizetype contentBegin = open + m_open.size();
        while (contentBegin < m_size && m_text[contentBegin].isSpace())
            ++contentBegin;
        QChar sigil;
        if (contentBegin < m_size) {
            const QChar c = m_text[contentBegin];
            if (c == QLatin1Char('#') || c == QLatin1Char('^') || c == QLatin1Char('/') ||
                c == QLatin1Char('!') || c == QLatin1Char('>') || c == QLatin1Char('&') ||
                c == QLatin1Char('{') || c == QLatin1Char('='))
                sigil = c;
        }
        if (sigil.isNull())
            contentBegin = open + m_open.size();
        else if (sigil != QLatin1Char('='))
            ++contentBegin;
        const QString closing = sigil == QLatin1Char('{') ? QString(QLatin1Char('}') + m_close) : m_close;
        const qsizetype contentEnd =
            source.indexOf(closing, contentBegin + (sigil == QLatin1Char('=') ? 1 : 0));
        if (contentEnd < 0) {
            const QString opened = sigil == QLatin1Char('{') ? QString(m_open + sigil) : m_open;
            const Location at = locate(open);
            return fail(at, QCoreApplication::translate("tailor::MustacheTemplate",
                                                        "Unclosed tag '%1' opened at line %2, column %3")
                                .arg(opened, at.lineText(), at.columnText()));
        }
        const qsizetype tagEnd = contentEnd + closing.size();
        const QString content = source.mid(contentBegin, contentEnd - contentBegin);
        const QString name =
            sigil == QLatin1Char('!') || sigil == QLatin1Char('=') ? QString() : content.trimmed();

        // Standalone: the only thing on its line apart from spaces and tabs.
        const bool mayStandAlone = !sigil.isNull() && sigil != QLatin1Char('&') && sigil != QLatin1Char('{');
        qsizetype indentBegin = open;
        while (indentBegin > m_textStart && isBlank(m_text[indentBegin - 1]))
            --indentBegin;
        const bool cleanBefore =
            indentBegin > m_textStart ? m_text[indentBegin - 1] == QLatin1Char('\n') : m_textStartsLine;
        qsizetype lineEnd = tagEnd;
        while (lineEnd < m_size && isBlank(m_text[lineEnd]))
            ++lineEnd;
        bool cleanAfter = true;
        if (lineEnd < m_size) {
            if (m_text[lineEnd] == QLatin1Char('\n'))
                ++lineEnd;
            else if (m_text[lineEnd] == QLatin1Char('\r') && lineEnd + 1 < m_size &&
                     m_text[lineEnd + 1] == QLatin1Char('\n'))
                lineEnd += 2;
            else
                cleanAfter = false;
        }
        const bool standalone = mayStandAlone && cleanBefore && cleanAfter;
        const bool tagStartsLine =
            open > m_textStart ? m_text[open - 1] == QLatin1Char('\n') : m_textStartsLine;

        addText(m_textStart, standalone ? indentBegin : open);
        bool lineStart = false;
        if (!standalone) {
            lineStart = m_pendingLineStart || tagStartsLine;
            m_pendingLineStart = false;
        }

        const int nodeIndex = int(m_data.nodes.size());
        switch (sigil.unicode()) {
        case '!':
            m_pendingLineStart = lineStart;
            break;
        case '=':
            if (!setDelimiters(content.trimmed(), open, m_open + content + m_close))
                return false;
            m_pendingLineStart = lineStart;
            break;
        case '#':
        case '^': {
            if (!checkName(name, open, tagText(sigil, name), true))
                return false;
            if (m_sections.size() >= size_t(MaxSectionDepth)) {
                const Location at = locate(open);
                return fail(at, QCoreApplication::translate(
                                    "tailor::MustacheTemplate",
                                    "'%1' at line %2, column %3 opens a section inside %4 others; Tailor "
                                    "allows at most %4 levels of nested sections")
                                    .arg(tagText(sigil, name), at.lineText(), at.columnText())
                                    .arg(MaxSectionDepth));
            }
            const bool inverted = sigil == QLatin1Char('^');
            Node node;
            node.kind = inverted ? NodeKind::InvertedSection : NodeKind::Section;
            node.lineStart = lineStart;
            node.name = addName(name);
            addReference(inverted ? MustacheReference::Kind::InvertedSection
                                  : MustacheReference::Kind::Section,
                         name, open);
            m_data.nodes.push_back(node);
            m_sections.push_back(OpenSection{nodeIndex, name, locate(open), m_currentSection});
            if (!inverted) {
                m_data.sections.append(MustacheSection{name, m_currentSection});
                m_currentSection = int(m_data.sections.size()) - 1;
            }
            break;
        }
        case '/': {
            const QString tag = tagText(sigil, name);
            if (!checkName(name, open, tag, true))
                return false;
            const Location at = locate(open);
            if (m_sections.empty())
                return fail(at,
                            QCoreApplication::translate("tailor::MustacheTemplate",
                                                        "'%1' at line %2, column %3 closes no open section")
                                .arg(tag, at.lineText(), at.columnText()));
            const OpenSection &section = m_sections.back();
            if (section.name != name) {
                return fail(
                    at, QCoreApplication::translate("tailor::MustacheTemplate",
                                                    "'%1' at line %2, column %3 closes section '%4' opened "
                                                    "at line %5, column %6")
                            .arg(tag, at.lineText(), at.columnText(), section.name, section.at.lineText(),
                                 section.at.columnText()));
            }
            Node &node = m_data.nodes[size_t(section.node)];
            node.end = nodeIndex;
            node.closeLineStart = lineStart;
            m_currentSection = section.outerSection;
            m_sections.pop_back();
            break;
        }
        case '>': {
            if (!checkName(name, open, tagText(sigil, name), false))
                return false;
            Node node;
            node.kind = NodeKind::Partial;
            node.lineStart = lineStart;
            node.name = addName(name);
            if (standalone) {
                node.begin = indentBegin;
                node.length = open - indentBegin;
            }
            addReference(MustacheReference::Kind::Partial, name, open);
            m_data.nodes.push_back(node);
            break;
        }
        default: {
            if (!checkName(name, open, tagText(sigil, name), true))
                return false;
            Node node;
            node.kind = NodeKind::Variable;
            node.lineStart = lineStart;
            node.name = addName(name);
            addReference(MustacheReference::Kind::Variable, name, open);
            m_data.nodes.push_back(node);
            break;
        }
        }

        position = standalone ? lineEnd : tagEnd;
        m_textStart = position;
        m_textStartsLine = standalone;
    }

    addText(m_textStart, m_size);
    if (m_pendingLineStart) {
        // A line holding only inline comments still gets its indentation.
        Node node;
        node.lineStart = true;
        m_data.nodes.push_back(node);
    }
    if (!m_sections.empty()) {
        const OpenSection &section = m_sections.back();
        return fail(section.at,
                    QCoreApplication::translate("tailor::MustacheTemplate",
                                                "Section '%1' opened at line %2, column %3 is never "
                                                "closed")
                        .arg(section.name, section.at.lineText(), section.at.columnText()));
    }
    return true;
}

// Writes straight into one preallocated UTF-16 buffer: QString::append's bookkeeping per call is
// measurable when a render is a few hundred small appends.
class MustacheTemplate::Renderer
{
public:
    Renderer(const PartialResolver &partials, qsizetype sizeHint)
        : m_partials(partials)
    {
        m_capacity = qMax<qsizetype>(sizeHint + sizeHint / 8, 256);
        m_buffer.resize(m_capacity);
        m_out = reinterpret_cast<char16_t *>(m_buffer.data());
    }

    enum class Limit
    {
        None,
        Length,
        Steps,
    };

    void render(const Data &data, qsizetype begin, qsizetype end, QStringView indent);
    void push(const MustacheValue *value) { m_stack.append(value); }
    Limit limitReached() const { return m_limit; }

    QString take()
    {
        m_buffer.resize(m_length);
        return std::move(m_buffer);
    }

    qsizetype length() const { return m_length; }

private:
    void append(const QChar *text, qsizetype length)
    {
        if (length == 0)
            return; // an empty QString's data may be null, which memcpy must not see
        if (length > MaxRenderedLength - m_length) {
            m_limit = Limit::Length;
            return;
        }
        if (m_length + length > m_capacity)
            grow(m_length + length);
        std::memcpy(m_out + m_length, text, size_t(length) * sizeof(char16_t));
        m_length += length;
    }
    void append(QStringView text) { append(text.data(), text.size()); }
    void appendIndented(QStringView text, QStringView indent);
    void grow(qsizetype needed)
    {
        m_capacity = qMax(needed, m_capacity * 2);
        m_buffer.resize(m_capacity);
        m_out = reinterpret_cast<char16_t *>(m_buffer.data());
    }
    const MustacheValue *resolve(const Name &name) const;
    void renderPartial(const Data &data, const Node &node, QStringView indent);

    const PartialResolver &m_partials;
    QString m_buffer;
    char16_t *m_out = nullptr;
    qsizetype m_length = 0;
    qsizetype m_capacity = 0;
    // One step per node and per list item visited; stopping at the limit also ends every loop above.
    bool step()
    {
        if (++m_steps > MaxRenderSteps && m_limit == Limit::None)
            m_limit = Limit::Steps;
        return m_limit == Limit::None;
    }

    QVarLengthArray<const MustacheValue *, 32> m_stack;
    int m_partialDepth = 0;
    qint64 m_steps = 0;
    Limit m_limit = Limit::None;
};

void MustacheTemplate::Renderer::appendIndented(QStringView text, QStringView indent)
{
    // Every line start inside the text gets the indentation; a final newline starts no line here.
    qsizetype from = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n')) {
            append(text.mid(from, i + 1 - from));
            append(indent);
            from = i + 1;
        }
    }
    append(text.mid(from));
}

const MustacheValue *MustacheTemplate::Renderer::resolve(const Name &name) const
{
    if (name.segments.empty())
        return m_stack.back();
    const NameSegment &first = name.segments.front();
    const MustacheValue *value = nullptr;
    for (qsizetype i = m_stack.size() - 1; i >= 0 && !value; --i)
        value = m_stack[i]->member(first.key, first.hash);
    // Later parts resolve only against the part before them, never against the stack.
    for (size_t i = 1; value && i < name.segments.size(); ++i)
        value = value->member(name.segments[i].key, name.segments[i].hash);
    return value;
}

void MustacheTemplate::Renderer::renderPartial(const Data &data, const Node &node, QStringView indent)
{
    if (!m_partials || m_partialDepth >= MaxPartialDepth)
        return;
    const MustacheTemplate *partial = m_partials(data.names[size_t(node.name)].text);
    if (!partial || !partial->m_data)
        return;
    const Data &partialData = *partial->m_data;
    QString combined;
    QStringView partialIndent;
    if (node.length > 0) {
        const QStringView own = QStringView(data.source).mid(node.begin, node.length);
        if (indent.isEmpty()) {
            partialIndent = own;
        } else {
            combined = indent.toString() + own;
            partialIndent = combined;
        }
    }
    ++m_partialDepth;
    render(partialData, 0, qsizetype(partialData.nodes.size()), partialIndent);
    --m_partialDepth;
}

void MustacheTemplate::Renderer::render(const Data &data, qsizetype begin, qsizetype end, QStringView indent)
{
    const Node *nodes = data.nodes.data();
    const QChar *source = data.source.constData();
    qsizetype i = begin;
    while (i < end && step()) {
        const Node &node = nodes[i];
        if (node.lineStart && !indent.isEmpty())
            append(indent);
        switch (node.kind) {
        case NodeKind::Text:
            if (indent.isEmpty())
                append(source + node.begin, node.length);
            else
                appendIndented(QStringView(source + node.begin, node.length), indent);
            ++i;
            break;
        case NodeKind::Variable:
            if (const MustacheValue *value = resolve(data.names[size_t(node.name)]))
                append(value->text());
            ++i;
            break;
        case NodeKind::Section: {
            const MustacheValue *value = resolve(data.names[size_t(node.name)]);
            if (value && !value->isFalsey()) {
                const bool closeIndent = node.closeLineStart && !indent.isEmpty();
                if (value->isList()) {
                    const qsizetype count = value->size();
                    for (qsizetype k = 0; k < count && step(); ++k) {
                        m_stack.append(&value->at(k));
                        render(data, i + 1, node.end, indent);
                        m_stack.removeLast();
                        if (closeIndent)
                            append(indent);
                    }
                } else {
                    m_stack.append(value);
                    render(data, i + 1, node.end, indent);
                    m_stack.removeLast();
                    if (closeIndent)
                        append(indent);
                }
            }
            i = node.end;
            break;
        }
        case NodeKind::InvertedSection: {
            const MustacheValue *value = resolve(data.names[size_t(node.name)]);
            if (!value || value->isFalsey()) {
                render(data, i + 1, node.end, indent);
                if (node.closeLineStart && !indent.isEmpty())
                    append(indent);
            }
            i = node.end;
            break;
        }
        case NodeKind::Partial:
            renderPartial(data, node, indent);
            ++i;
            break;
        }
    }
}

MustacheTemplate::MustacheTemplate()
    : m_data(std::make_shared<const Data>())
{}

MustacheTemplate::MustacheTemplate(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{}

Result<MustacheTemplate> MustacheTemplate::parse(const QString &text, MustacheError *errorOut)
{
    auto data = std::make_shared<Data>();
    data->source = text;
    MustacheError error;
    Parser parser(*data, error);
    if (!parser.run()) {
        if (errorOut)
            *errorOut = error;
        return Error::badInput(error.message);
    }
    if (errorOut)
        *errorOut = MustacheError();
    return MustacheTemplate(std::move(data));
}

const QString &MustacheTemplate::source() const
{
    return m_data->source;
}

const QList<MustacheReference> &MustacheTemplate::references() const
{
    return m_data->references;
}

const QList<MustacheSection> &MustacheTemplate::sections() const
{
    return m_data->sections;
}

QStringList MustacheTemplate::enclosingSections(const MustacheReference &reference) const
{
    QStringList names;
    for (int section = reference.section; section >= 0 && section < m_data->sections.size();
         section = m_data->sections.at(section).parent)
        names.prepend(m_data->sections.at(section).name);
    return names;
}

QString MustacheTemplate::render(const MustacheValue &context, const PartialResolver &partials,
                                 MustacheError *error) const
{
    const Data &data = *m_data;
    Renderer renderer(partials, qMin(qMax(data.sizeHint.load(std::memory_order_relaxed), data.source.size()),
                                     MaxRenderedLength));
    renderer.push(&context);
    renderer.render(data, 0, qsizetype(data.nodes.size()), {});
    if (error)
        *error = MustacheError();
    switch (renderer.limitReached()) {
    case Renderer::Limit::None:
        break;
    case Renderer::Limit::Length:
        if (error)
            error->message = QCoreApplication::translate("tailor::MustacheTemplate",
                                                         "The rendered text would be longer than %1 "
                                                         "characters; rendering stopped")
                                 .arg(MaxRenderedLength);
        return QString();
    case Renderer::Limit::Steps:
        if (error)
            error->message = QCoreApplication::translate(
                                 "tailor::MustacheTemplate",
                                 "Rendering took more than %1 steps (sections over lists multiply: check "
                                 "nested sections); rendering stopped")
                                 .arg(MaxRenderSteps);
        return QString();
    }
    data.sizeHint.store(renderer.length(), std::memory_order_relaxed);
    return renderer.take();
}

} // namespace tailor
