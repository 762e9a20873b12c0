// CompiledPrompt is a Prompty file ready to render: the parsed file plus one parsed Mustache template per
// message, with every error and reference mapped to file lines and columns. It runs the strict variable
// checks — variables the body uses but the front matter does not declare, declared inputs the body never
// uses, and, for given input values, missing, unexpected and mistyped inputs — and renders the chat messages,
// refusing when a check reports an error so nothing half-filled reaches a model.
#pragma once

#include "prompts/chatmessage.h"
#include "prompts/mustachetemplate.h"
#include "prompts/promptdiagnostic.h"
#include "prompts/promptyfile.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tailor {

class CompiledPrompt
{
public:
    using PartialResolver = MustacheTemplate::PartialResolver;

    // Parses the text (see PromptyFile::parse) and each message's Mustache template. On failure, `failure`
    // (when given) receives the code, and the file line and column of the fault.
    static Result<CompiledPrompt> compile(const QString &text, PromptDiagnostic *failure = nullptr);

    const PromptyFile &file() const { return m_file; }
    // One per message of file().messages(), in the same order.
    const QList<MustacheTemplate> &templates() const { return m_templates; }
    // Partials the body includes ({{> name}}), in order of first use.
    QStringList partialNames() const;

    // Variables against declarations, sorted by position:
    // - "undeclared-variable" (error): a name used outside any section, or a top-level section's name,
    //   that no input declares. Names inside a section may be fields of its items and are not flagged,
    //   unless every enclosing section is a declared scalar input (a boolean or text pushes no fields).
    // - "unused-declaration" (warning): a declared input the body never uses. Names used by partials
    //   count when `partials` resolves them; with unresolved partials this warning is left out.
    QList<PromptDiagnostic> checkDeclarations(const PartialResolver &partials = {}) const;

    // Input values against declarations (not tied to the body's text; line is the declaration's):
    // - "missing-input" (error): required, without default, and not provided;
    // - "type-mismatch" (error): provided with another type than declared, or null for an input declared
    //   `required: true` (any other input accepts null, at any depth: Mustache renders it as nothing and
    //   treats it as false);
    // - "unused-input" (warning): provided but not declared.
    QList<PromptDiagnostic> checkInputs(const QJsonObject &inputs) const;

    // The inputs with each declared default filled in where the caller gave no value.
    QJsonObject withDefaults(const QJsonObject &inputs) const;

    // Renders each message against the inputs (defaults applied). Refuses with Error::badInput listing every
    // error of checkInputs() and checkDeclarations(). Each message's rendered text loses its leading and
    // trailing blank lines, as in Prompty; a message that renders blank is left out.
    Result<QList<ChatMessage>> render(const QJsonObject &inputs, const PartialResolver &partials = {}) const;

private:
    PromptyFile m_file;
    QList<MustacheTemplate> m_templates;
    QStringList m_declarationErrors; // checkDeclarations() without partials, as text
};

} // namespace tailor
