// PromptDiagnostic is one finding about a prompt: a syntax error, a missing or mistyped input, an undeclared
// or unused variable. The editor underlines it at its line and column; the CLI prints it compiler-style.
#pragma once

#include <QList>
#include <QString>

namespace tailor {

struct PromptDiagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    // Stable, machine-readable: "syntax", "encoding", "too-large", "front-matter", "yaml", "template-engine",
    // "unknown-role", "missing-input", "unused-input", "type-mismatch", "undeclared-variable",
    // "unused-variable".
    QString code;
    QString message;
    int line = 0;   // 1-based file line; 0 when the finding is not tied to the text
    int column = 0; // 1-based, in UTF-16 code units; 0 when unknown

    bool isError() const { return severity == Severity::Error; }
    // "file.prompty:3:7: error: message" (file and position only when known).
    QString toString(const QString &fileName = {}) const;

    static bool hasErrors(const QList<PromptDiagnostic> &diagnostics);
};

} // namespace tailor
