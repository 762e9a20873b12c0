// PromptyFile is a parsed `.prompty` text: YAML front matter (name, description, tags, folder, model with
// api, configuration and parameters, typed inputs with defaults and samples, `template: mustache`) and a body
// of `system:`, `user:` and `assistant:` messages, each with the file line where it starts. The registry
// stores the canonical text byte for byte (valid UTF-8, no BOM, LF line ends) and names each version by its
// SHA-256, so parsing never rewrites the text. Files declaring another template engine, using Jinja `{% %}`
// statements, unknown roles, broken YAML or invalid UTF-8 are refused with the line and column at fault.
#pragma once

#include "prompts/promptdiagnostic.h"
#include "prompts/promptinput.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tailor {

class PromptyFile
{
public:
    struct Message
    {
        QString role; // "system", "user" or "assistant"
        // The text between this role marker and the next, without leading and trailing blank lines.
        QString text;
        int line = 0;       // file line of the text's first line
        int markerLine = 0; // file line of the role marker
    };

    // Larger texts are refused before any parsing.
    static constexpr qsizetype maximumSize = 1024 * 1024;

    // Bytes as read from disk → the canonical text: valid UTF-8 (else the line and column of the first bad
    // byte), without a leading BOM, CRLF and CR turned into LF. Nothing else changes.
    static Result<QString> canonicalText(const QByteArray &bytes, PromptDiagnostic *failure = nullptr);
    // Lowercase hex SHA-256 of the canonical text's UTF-8 bytes: the version id.
    static QString sha256(const QString &canonical);

    // Parses a text; a BOM and CR line ends are canonicalised first, so text() is always canonical. On
    // failure, `failure` (when given) receives the error's code, line and column for inline display.
    static Result<PromptyFile> parse(const QString &text, PromptDiagnostic *failure = nullptr);
    // Reads, canonicalises and parses a file; errors name the file.
    static Result<PromptyFile> load(const QString &filePath, PromptDiagnostic *failure = nullptr);

    const QString &text() const { return m_text; }
    QString sha256() const { return sha256(m_text); }

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QStringList tags() const { return m_tags; }
    QString folder() const { return m_folder; }
    QString templateFormat() const { return m_templateFormat; } // always "mustache" once parsed

    // The whole `model:` map as JSON, and its parts.
    QJsonObject model() const { return m_model; }
    QString modelApi() const { return m_modelApi; } // "chat"
    QJsonObject modelConfiguration() const
    {
        return m_model.value(QStringLiteral("configuration")).toObject();
    }
    QJsonObject parameters() const { return m_model.value(QStringLiteral("parameters")).toObject(); }

    // In file order.
    QList<PromptInput> inputs() const { return m_inputs; }
    // Constant time: the strict checks look up every name the body uses.
    const PromptInput *input(const QString &name) const;
    // Top-level `sample:` as written.
    QJsonObject sample() const { return m_sample; }
    // Values to preview with: each input's own `sample`, else the top-level `sample:` entry, else its
    // `default`; top-level sample entries for undeclared names are kept.
    QJsonObject sampleInputs() const;

    // Front matter keys Tailor does not interpret (authors, version, metadata, ...), as JSON.
    QJsonObject extraFields() const { return m_extraFields; }
    // The front matter text between the `---` lines, and the file line of its first line.
    QString frontMatterText() const { return m_frontMatter; }
    int frontMatterLine() const { return 2; }
    // File line of the first body line (the line after the closing `---`).
    int bodyLine() const { return m_bodyLine; }
    QString body() const;

    QList<Message> messages() const { return m_messages; }

private:
    QString m_text;
    QString m_frontMatter;
    int m_bodyLine = 0;
    QString m_name;
    QString m_description;
    QStringList m_tags;
    QString m_folder;
    QString m_templateFormat;
    QJsonObject m_model;
    QString m_modelApi;
    QList<PromptInput> m_inputs;
    QHash<QString, qsizetype> m_inputIndex; // name → index into m_inputs
    QJsonObject m_sample;
    QJsonObject m_extraFields;
    QList<Message> m_messages;

    friend class PromptyFileParser;
};

} // namespace tailor
