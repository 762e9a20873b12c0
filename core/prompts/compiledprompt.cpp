#include "compiledprompt.h"

#include "prompts/jsonobjectbuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <vector>

namespace tailor {

namespace {

QString headName(const QString &name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.left(dot);
}

bool isScalarType(const QString &type)
{
    return type == QLatin1String("string") || type == QLatin1String("number") ||
           type == QLatin1String("integer") || type == QLatin1String("boolean");
}

// Mustache positions count from the message's first line; the message's lines are the file's, unchanged.
QString shiftLines(const QString &message, int lineOffset)
{
    static const QRegularExpression position(QStringLiteral("line (\\d+), column (\\d+)"));
    QString shifted;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &match : position.globalMatch(message)) {
        shifted += message.mid(last, match.capturedStart() - last);
        shifted += QStringLiteral("line %1, column %2")
                       .arg(match.captured(1).toInt() + lineOffset)
                       .arg(match.captured(2));
        last = match.capturedEnd();
    }
    return shifted + message.mid(last);
}

// Drops leading and trailing lines that hold only whitespace, keeping the rest byte for byte.
QString withoutBlankEdges(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype start = 0;
    qsizetype i = 0;
    for (; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            start = i + 1;
        else if (!c.isSpace())
            break;
    }
    if (i == size)
        return QString();
    qsizetype end = size;
    for (qsizetype j = size - 1; j >= start; --j) {
        const QChar c = text.at(j);
        if (c == QLatin1Char('\n'))
            end = j;
        else if (!c.isSpace())
            break;
    }
    return start == 0 && end == size ? text : text.mid(start, end - start);
}

// A reference in file coordinates; `via` names the partial it came through (empty for the prompt itself),
// `mayBeField` says whether an enclosing section may push fields the name could be one of.
struct Use
{
    MustacheReference reference;
    QString via;
    bool mayBeField = false;
};

QStringList errorsOnly(const QList<PromptDiagnostic> &diagnostics)
{
    QStringList errors;
    for (const PromptDiagnostic &diagnostic : diagnostics) {
        if (diagnostic.isError())
            errors.append(diagnostic.toString());
    }
    return errors;
}

} // namespace

Result<CompiledPrompt> CompiledPrompt::compile(const QString &text, PromptDiagnostic *failure)
{
    Result<PromptyFile> file = PromptyFile::parse(text, failure);
    if (!file)
        return file.error();
    CompiledPrompt prompt;
    prompt.m_file = std::move(file).value();
    for (const PromptyFile::Message &message : prompt.m_file.messages()) {
        MustacheError error;
        Result<MustacheTemplate> parsed = MustacheTemplate::parse(message.text, &error);
        if (!parsed) {
            const int line = message.line + error.line - 1;
            const QString text =
                QCoreApplication::translate("tailor::CompiledPrompt", "Mustache error in the %1 message: %2.")
                    .arg(message.role, shiftLines(error.message, message.line - 1));
            if (failure)
                *failure = {PromptDiagnostic::Severity::Error, QStringLiteral("syntax"), text, line,
                            error.column};
            return Error::badInput(text);
        }
        prompt.m_templates.append(std::move(parsed).value());
    }
    prompt.m_declarationErrors = errorsOnly(prompt.checkDeclarations());
    return prompt;
}

QStringList CompiledPrompt::partialNames() const
{
    QStringList names;
    for (const MustacheTemplate &messageTemplate : m_templates) {
        for (const MustacheReference &reference : messageTemplate.references()) {
            if (reference.kind == MustacheReference::Kind::Partial && !names.contains(reference.name))
                names.append(reference.name);
        }
    }
    return names;
}

QList<PromptDiagnostic> CompiledPrompt::checkDeclarations(const PartialResolver &partials) const
{
    // Inside a section, a name may be a field of the section's value, unless every enclosing section is a
    // declared scalar input, which pushes no fields. That is decided once per section, from its parent's
    // answer, so the check stays linear however deep sections nest.
    const auto pushesFields = [this](const QString &section) {
        const PromptInput *input = m_file.input(headName(section));
        return !input || !isScalarType(input->type) || section.contains(QLatin1Char('.'));
    };
    // Collect every reference in file coordinates, following partials (each once) when they resolve:
    // a partial renders in the including tag's context, so its names sit inside the tag's sections.
    QList<Use> uses;
    bool unresolvedPartial = false;
    QSet<QString> expanded;
    const auto collect = [&](const auto &self, const MustacheTemplate &source, int lineOffset,
                             bool outerMayBeField, const MustacheReference *viaTag,
                             const QString &viaName) -> void {
        const QList<MustacheSection> &sections = source.sections();
        std::vector<char> fieldScope(size_t(sections.size()));
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const int parent = sections.at(i).parent;
            fieldScope[size_t(i)] =
                (parent >= 0 && fieldScope[size_t(parent)]) || pushesFields(sections.at(i).name);
        }
        for (MustacheReference reference : source.references()) {
            const bool mayBeField =
                outerMayBeField || (reference.section >= 0 && fieldScope[size_t(reference.section)]);
            if (viaTag) {
                reference.line = viaTag->line;
                reference.column = viaTag->column;
            } else {
                reference.line += lineOffset;
            }
            if (reference.kind != MustacheReference::Kind::Partial) {
                uses.append({reference, viaName, mayBeField});
                continue;
            }
            const MustacheTemplate *partial = partials ? partials(reference.name) : nullptr;
            if (!partial) {
                unresolvedPartial = true;
                continue;
            }
            if (expanded.contains(reference.name))
                continue;
            expanded.insert(reference.name);
            self(self, *partial, 0, mayBeField, viaTag ? viaTag : &reference,
                 viaName.isEmpty() ? reference.name : viaName);
        }
    };
    const QList<PromptyFile::Message> messages = m_file.messages();
    for (qsizetype i = 0; i < m_templates.size(); ++i)
        collect(collect, m_templates.at(i), messages.at(i).line - 1, false, nullptr, QString());

    QSet<QString> used;
    QList<PromptDiagnostic> diagnostics;
    QSet<QString> reported;
    for (const Use &use : uses) {
        const MustacheReference &reference = use.reference;
        if (reference.name == QLatin1String("."))
            continue;
        const QString head = headName(reference.name);
        if (m_file.input(head)) {
            used.insert(head);
            continue;
        }
        if (use.mayBeField)
            continue;
        const QString key = head + QLatin1Char('@') + QString::number(reference.line) + QLatin1Char(':') +
                            QString::number(reference.column);
        if (reported.contains(key))
            continue;
        reported.insert(key);
        const QString message =
            use.via.isEmpty()
                ? QCoreApplication::translate(
                      "tailor::CompiledPrompt",
                      "variable '%1' is used at line %2, column %3 but not declared in "
                      "inputs")
                      .arg(head)
                      .arg(reference.line)
                      .arg(reference.column)
                : QCoreApplication::translate("tailor::CompiledPrompt",
                                              "variable '%1' is used by partial '%4' (included at line %2, "
                                              "column %3) but not declared in inputs")
                      .arg(head)
                      .arg(reference.line)
                      .arg(reference.column)
                      .arg(use.via);
        diagnostics.append({PromptDiagnostic::Severity::Error, QStringLiteral("undeclared-variable"), message,
                            reference.line, reference.column});
    }

    if (!unresolvedPartial) {
        for (const PromptInput &input : m_file.inputs()) {
            if (used.contains(input.name))
                continue;
            diagnostics.append(
                {PromptDiagnostic::Severity::Warning, QStringLiteral("unused-declaration"),
                 QCoreApplication::translate("tailor::CompiledPrompt",
                                             "input '%1' is declared at line %2 but never used")
                     .arg(input.name)
                     .arg(input.line),
                 input.line, 0});
        }
    }
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const PromptDiagnostic &a, const PromptDiagnostic &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    return diagnostics;
}

QList<PromptDiagnostic> CompiledPrompt::checkInputs(const QJsonObject &inputs) const
{
    QList<PromptDiagnostic> diagnostics;
    for (const PromptInput &input : m_file.inputs()) {
        const auto provided = inputs.constFind(input.name);
        if (provided == inputs.constEnd()) {
            if (input.required && !input.hasDefault())
                diagnostics.append({PromptDiagnostic::Severity::Error, QStringLiteral("missing-input"),
                                    QCoreApplication::translate("tailor::CompiledPrompt",
                                                                "input '%1' is required but missing")
                                        .arg(input.name),
                                    input.line, 0});
            continue;
        }
        const QJsonValue value = provided.value();
        if (value.isNull()) {
            if (!input.acceptsNull())
                diagnostics.append(
                    {PromptDiagnostic::Severity::Error, QStringLiteral("type-mismatch"),
                     input.type.isEmpty()
                         ? QCoreApplication::translate("tailor::CompiledPrompt",
                                                       "input '%1' is null but declared required")
                               .arg(input.name)
                         : QCoreApplication::translate(
                               "tailor::CompiledPrompt",
                               "input '%1' should be %2 but is null, and it is declared required")
                               .arg(input.name, input.type),
                     input.line, 0});
            continue;
        }
        if (!input.accepts(value))
            diagnostics.append(
                {PromptDiagnostic::Severity::Error, QStringLiteral("type-mismatch"),
                 QCoreApplication::translate("tailor::CompiledPrompt", "input '%1' should be %2 but is %3")
                     .arg(input.name, input.type, PromptInput::typeName(value)),
                 input.line, 0});
    }
    for (auto it = inputs.constBegin(); it != inputs.constEnd(); ++it) {
        if (!m_file.input(it.key()))
            diagnostics.append({PromptDiagnostic::Severity::Warning, QStringLiteral("unused-input"),
                                QCoreApplication::translate("tailor::CompiledPrompt",
                                                            "input '%1' is provided but not used (the prompt "
                                                            "does not declare it)")
                                    .arg(it.key()),
                                0, 0});
    }
    return diagnostics;
}

QJsonObject CompiledPrompt::withDefaults(const QJsonObject &inputs) const
{
    JsonObjectBuilder values(inputs);
    for (const PromptInput &input : m_file.inputs()) {
        if (!values.contains(input.name) && input.hasDefault())
            values.insert(input.name, input.defaultValue);
    }
    return values.take();
}

Result<QList<ChatMessage>> CompiledPrompt::render(const QJsonObject &inputs,
                                                  const PartialResolver &partials) const
{
    // Without partials the body's checks cannot change, so render (called once per item of an experiment)
    // reuses the ones made at compile time.
    QStringList errors = errorsOnly(checkInputs(inputs));
    errors +=
        partials && !partialNames().isEmpty() ? errorsOnly(checkDeclarations(partials)) : m_declarationErrors;
    if (!errors.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("tailor::CompiledPrompt", "The prompt '%1' cannot be rendered:\n%2")
                .arg(m_file.name(), errors.join(QLatin1Char('\n'))));

    const MustacheValue context = MustacheValue::fromJson(withDefaults(inputs));
    const QList<PromptyFile::Message> messages = m_file.messages();
    QList<ChatMessage> rendered;
    rendered.reserve(messages.size());
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        MustacheError error;
        QString content = withoutBlankEdges(m_templates.at(i).render(context, partials, &error));
        if (!error.message.isEmpty())
            return Error::badInput(QCoreApplication::translate("tailor::CompiledPrompt",
                                                               "The %1 message of the prompt '%2' cannot be "
                                                               "rendered: %3.")
                                       .arg(messages.at(i).role, m_file.name(), error.message));
        if (!content.isEmpty())
            rendered.append({messages.at(i).role, std::move(content)});
    }
    return rendered;
}

} // namespace tailor
