#include "promptyfile.h"

#include "prompts/jsonobjectbuilder.h"
#include "prompts/secretdetector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

// GCC 12 reports a false dangling-pointer in yaml-cpp 0.7's node/impl.h.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>
#pragma GCC diagnostic pop

#include <cmath>
#include <functional>
#include <optional>

namespace tailor {

namespace {

// Thrown inside the parser only; parse() turns it into a Result and a diagnostic.
struct ParseFailure
{
    PromptDiagnostic diagnostic;
};

[[noreturn]] void fail(const QString &code, const QString &message, int line = 0, int column = 0)
{
    throw ParseFailure{{PromptDiagnostic::Severity::Error, code, message, line, column}};
}

QString sizeText(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

[[noreturn]] void failTooLarge(qint64 bytes)
{
    fail(QStringLiteral("too-large"),
         QCoreApplication::translate("tailor::PromptyFile",
                                     "The prompt is %1 MiB; Tailor refuses prompt texts over 1 MiB.")
             .arg(sizeText(bytes)));
}

// UTF-8 length of a QString without converting it.
qint64 utf8Size(const QString &text)
{
    qint64 size = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        size += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }
    return size;
}

// Length of a sequence starting with `lead` that `bytes` must continue, or 0 when `lead` cannot start one.
// Also checks the second byte's narrower range for the leads that have one (overlongs, surrogates, >
// U+10FFFF).
int validSequenceLength(const unsigned char *bytes, qsizetype available)
{
    const unsigned char lead = bytes[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    if (bytes[1] < low || bytes[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((bytes[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

QString toCanonical(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

int firstNonSpaceColumn(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!line.at(i).isSpace())
            return int(i) + 1;
    }
    return 1;
}

// Deeper front matter is refused (yaml-cpp itself stops at 2,000 levels of flow collections).
constexpr int maximumYamlDepth = 64;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

// Walks the YAML front matter and the body, filling a PromptyFile or throwing ParseFailure.
class PromptyFileParser
{
public:
    explicit PromptyFileParser(PromptyFile &file)
        : m_file(file)
    {}

    void parse();

private:
    int fileLine(const YAML::Node &node) const;
    int fileColumn(const YAML::Node &node) const;
    QString lineText(int fileLine) const;
    [[noreturn]] void failAt(const YAML::Node &node, const QString &code, const QString &message) const;

    void checkSize(qint64 &visited, const YAML::Node &node, int depth) const;
    QJsonValue toJson(const YAML::Node &node, int depth = 0);
    QJsonValue scalarToJson(const YAML::Node &node) const;
    QString text(const YAML::Node &node, const QString &field) const;
    void
    forEachField(const YAML::Node &map, const QString &what,
                 const std::function<void(const QString &, const YAML::Node &, const YAML::Node &)> &visit);

    void scanForSecrets(const YAML::Node &node, const QString &path, bool secretName, bool keyName,
                        int depth);
    [[noreturn]] void failSecret(const YAML::Node &node, const QString &path, const QString &secret,
                                 const QString &kind, bool isKey) const;
    void parseFrontMatter(const YAML::Node &root);
    void parseModel(const YAML::Node &model);
    void checkConfiguration(const YAML::Node &configuration);
    void checkParameters(const YAML::Node &parameters);
    void parseInputs(const YAML::Node &inputs);
    void parseTemplate(const YAML::Node &node);
    void parseBody(qsizetype bodyOffset);

    PromptyFile &m_file;
    QStringList m_lines; // the canonical text split at LF; index 0 is file line 1
    qint64 m_convertedNodes = 0;
    qint64 m_scannedNodes = 0;
};

int PromptyFileParser::fileLine(const YAML::Node &node) const
{
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? m_file.frontMatterLine() : mark.line + m_file.frontMatterLine();
}

QString PromptyFileParser::lineText(int fileLine) const
{
    return fileLine >= 1 && fileLine <= m_lines.size() ? m_lines.at(fileLine - 1) : QString();
}

// yaml-cpp counts columns in bytes; the editor counts UTF-16 code units.
int PromptyFileParser::fileColumn(const YAML::Node &node) const
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return 1;
    const QByteArray line = lineText(fileLine(node)).toUtf8();
    return int(QString::fromUtf8(line.left(mark.column)).size()) + 1;
}

void PromptyFileParser::failAt(const YAML::Node &node, const QString &code, const QString &message) const
{
    fail(code, message, fileLine(node), fileColumn(node));
}

QJsonValue PromptyFileParser::scalarToJson(const YAML::Node &node) const
{
    const QString value = fromStd(node.Scalar());
    const std::string &tag = node.Tag();
    static const std::string core = "tag:yaml.org,2002:";
    const bool plain = tag == "?";
    if (!plain && tag != core + "int" && tag != core + "float" && tag != core + "bool" &&
        tag != core + "null")
        return value; // quoted, or tagged as a string or something Tailor does not interpret

    static const QRegularExpression nullPattern(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression truePattern(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falsePattern(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression intPattern(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression hexPattern(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression octPattern(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression floatPattern(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (nullPattern.match(value).hasMatch())
        return QJsonValue(QJsonValue::Null);
    if (truePattern.match(value).hasMatch())
        return true;
    if (falsePattern.match(value).hasMatch())
        return false;
    bool ok = false;
    if (intPattern.match(value).hasMatch()) {
        const qint64 number = value.toLongLong(&ok);
        if (ok)
            return number;
    } else if (hexPattern.match(value).hasMatch()) {
        const qint64 number = value.mid(2).toLongLong(&ok, 16);
        if (ok)
            return number;
    } else if (octPattern.match(value).hasMatch()) {
        const qint64 number = value.mid(2).toLongLong(&ok, 8);
        if (ok)
            return number;
    }
    if (floatPattern.match(value).hasMatch()) {
        const double number = value.toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return value;
}

void PromptyFileParser::checkSize(qint64 &visited, const YAML::Node &node, int depth) const
{
    // Aliases share nodes, so a small file can expand into a huge tree; stop well before that hurts.
    constexpr qint64 maximumNodes = 200000;
    if (++visited > maximumNodes)
        failAt(node, QStringLiteral("yaml"),
               QCoreApplication::translate(
                   "tailor::PromptyFile",
                   "The front matter expands to more than %1 values (through YAML aliases?).")
                   .arg(maximumNodes));
    if (depth > maximumYamlDepth)
        failAt(
            node, QStringLiteral("yaml"),
            QCoreApplication::translate("tailor::PromptyFile",
                                        "The front matter nests deeper than %1 levels at line %2, column %3.")
                .arg(maximumYamlDepth)
                .arg(fileLine(node))
                .arg(fileColumn(node)));
}

// Every string of the front matter, keys included, at any depth, before anything else reads it (other
// messages quote values). See SecretDetector for what counts as a secret.
void PromptyFileParser::scanForSecrets(const YAML::Node &node, const QString &path, bool secretName,
                                       bool keyName, int depth)
{
    checkSize(m_scannedNodes, node, depth);
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return;
    case YAML::NodeType::Scalar: {
        const QString value = fromStd(node.Scalar());
        if (secretName) {
            static const QRegularExpression nullOrBool(
                QStringLiteral("^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$"));
            const bool plain = node.Tag() == "?";
            const QString trimmed = value.trimmed();
            if (!(plain && nullOrBool.match(trimmed).hasMatch()) && !SecretDetector::isReference(value))
                failSecret(node, path, trimmed, QString(), false);
        }
        if (keyName && SecretDetector::looksRandom(value))
            failSecret(node, path, value.trimmed(),
                       QCoreApplication::translate("tailor::PromptyFile", "a key"), false);
        if (const auto match = SecretDetector::findKnownShape(value))
            failSecret(node, path, value.mid(match->offset, match->length), match->kind, false);
        return;
    }
    case YAML::NodeType::Sequence: {
        int index = 0;
        for (const YAML::Node &item : node)
            scanForSecrets(item, path + QStringLiteral("[%1]").arg(index++), secretName, keyName, depth + 1);
        return;
    }
    case YAML::NodeType::Map:
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node &key = it->first;
            if (!key.IsScalar()) {
                scanForSecrets(key, path, false, false, depth + 1);
                scanForSecrets(it->second, path, false, false, depth + 1);
                continue;
            }
            const QString name = fromStd(key.Scalar());
            if (const auto match = SecretDetector::findKnownShape(name))
                failSecret(key, path, name.mid(match->offset, match->length), match->kind, true);
            // A map under a secret's name is judged by its own keys, except those that hold its value.
            const bool valueOfParent = SecretDetector::holdsParentValue(name);
            const bool childSecret = SecretDetector::namesSecret(name) || (secretName && valueOfParent);
            const bool childKey = SecretDetector::namesKey(name) || (keyName && valueOfParent);
            scanForSecrets(it->second, path.isEmpty() ? name : path + QLatin1Char('.') + name, childSecret,
                           childKey, depth + 1);
        }
        return;
    }
}

void PromptyFileParser::failSecret(const YAML::Node &node, const QString &path, const QString &secret,
                                   const QString &kind, bool isKey) const
{
    // The node's mark is where the scalar starts; point at the secret itself when its text is found there or
    // on the lines after (block scalars, flow collections).
    // A folded scalar joins its lines, so its first word is what can be found.
    const int markLine = fileLine(node);
    const int markColumn = fileColumn(node);
    int line = markLine;
    int column = markColumn;
    const QString firstLine = secret.section(QLatin1Char('\n'), 0, 0).trimmed();
    const QString firstWord = firstLine.section(QLatin1Char(' '), 0, 0);
    const int frontMatterEnd = m_file.m_bodyLine - 1; // the closing fence
    for (const QString &needle : {firstLine, firstWord}) {
        bool found = false;
        for (int candidate = markLine; !needle.isEmpty() && candidate < frontMatterEnd && !found;
             ++candidate) {
            const qsizetype at =
                lineText(candidate).indexOf(needle, candidate == markLine ? markColumn - 1 : 0);
            if (at >= 0) {
                line = candidate;
                column = int(at) + 1;
                found = true;
            }
        }
        if (found)
            break;
    }
    const QString shown = SecretDetector::masked(secret);
    QString message;
    if (isKey && path.isEmpty())
        message = QCoreApplication::translate(
                      "tailor::PromptyFile", "The key at line %1, column %2 looks like %3 ('%4'); remove it, "
                                             "because Tailor never stores secrets.")
                      .arg(line)
                      .arg(column)
                      .arg(kind, shown);
    else if (isKey)
        message =
            QCoreApplication::translate("tailor::PromptyFile",
                                        "A key of '%1' at line %2, column %3 looks like %4 ('%5'); remove "
                                        "it, because Tailor never stores secrets.")
                .arg(path)
                .arg(line)
                .arg(column)
                .arg(kind, shown);
    else if (kind.isEmpty())
        message =
            QCoreApplication::translate("tailor::PromptyFile",
                                        "'%1' at line %2, column %3 holds a literal secret ('%4'); write "
                                        "${env:VARIABLE} instead, because Tailor never stores secrets.")
                .arg(path)
                .arg(line)
                .arg(column)
                .arg(shown);
    else
        message =
            QCoreApplication::translate("tailor::PromptyFile",
                                        "'%1' at line %2, column %3 holds what looks like %4 ('%5'); write "
                                        "${env:VARIABLE} instead, because Tailor never stores secrets.")
                .arg(path)
                .arg(line)
                .arg(column)
                .arg(kind, shown);
    fail(QStringLiteral("secret"), message, line, column);
}

QJsonValue PromptyFileParser::toJson(const YAML::Node &node, int depth)
{
    checkSize(m_convertedNodes, node, depth);

    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar:
        return scalarToJson(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Map: {
        JsonObjectBuilder object;
        forEachField(node, QString(), [&](const QString &key, const YAML::Node &, const YAML::Node &value) {
            object.insert(key, toJson(value, depth + 1));
        });
        return object.take();
    }
    }
    return QJsonValue(QJsonValue::Null);
}

QString PromptyFileParser::text(const YAML::Node &node, const QString &field) const
{
    if (node.IsNull())
        return QString();
    if (!node.IsScalar())
        failAt(node, QStringLiteral("front-matter"),
               QCoreApplication::translate("tailor::PromptyFile", "'%1' must be text (line %2).")
                   .arg(field)
                   .arg(fileLine(node)));
    return fromStd(node.Scalar());
}

void PromptyFileParser::forEachField(
    const YAML::Node &map, const QString &what,
    const std::function<void(const QString &, const YAML::Node &, const YAML::Node &)> &visit)
{
    QSet<QString> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node &key = it->first;
        if (!key.IsScalar())
            failAt(key, QStringLiteral("yaml"),
                   QCoreApplication::translate("tailor::PromptyFile",
                                               "Keys must be plain names; the key at line %1 is not.")
                       .arg(fileLine(key)));
        const QString name = fromStd(key.Scalar());
        if (seen.contains(name)) {
            const QString message =
                what.isEmpty() ? QCoreApplication::translate("tailor::PromptyFile",
                                                             "'%1' appears twice at line %2; keep one.")
                                     .arg(name)
                                     .arg(fileLine(key))
                               : QCoreApplication::translate("tailor::PromptyFile",
                                                             "'%1' appears twice in %2 at line %3; keep one.")
                                     .arg(name, what)
                                     .arg(fileLine(key));
            failAt(key, QStringLiteral("yaml"), message);
        }
        seen.insert(name);
        visit(name, key, it->second);
    }
}

void PromptyFileParser::parse()
{
    const QString &text = m_file.m_text;
    m_lines = text.split(QLatin1Char('\n'));

    static const QRegularExpression fence(QStringLiteral("^---[ \\t]*$"));
    if (m_lines.isEmpty() || !fence.match(m_lines.first()).hasMatch())
        fail(QStringLiteral("front-matter"),
             QCoreApplication::translate("tailor::PromptyFile",
                                         "The prompt must start with YAML front matter: a '---' line, the "
                                         "fields (name, model, inputs, "
                                         "...), and another '---' line."),
             1, 1);
    int closingLine = 0;
    for (int i = 1; i < m_lines.size(); ++i) {
        if (fence.match(m_lines.at(i)).hasMatch()) {
            closingLine = i + 1;
            break;
        }
    }
    if (closingLine == 0)
        fail(QStringLiteral("front-matter"),
             QCoreApplication::translate(
                 "tailor::PromptyFile",
                 "The front matter opened at line 1 is never closed: add a '---' line after its last field."),
             1, 1);

    m_file.m_frontMatter = m_lines.mid(1, closingLine - 2).join(QLatin1Char('\n'));
    m_file.m_bodyLine = closingLine + 1;

    YAML::Node root;
    try {
        root = YAML::Load(m_file.m_frontMatter.toStdString());
    } catch (const YAML::Exception &error) {
        int line = m_file.frontMatterLine();
        int column = 1;
        if (!error.mark.is_null()) {
            line = error.mark.line + m_file.frontMatterLine();
            const QByteArray lineBytes = lineText(line).toUtf8();
            column = int(QString::fromUtf8(lineBytes.left(error.mark.column)).size()) + 1;
        }
        // yaml-cpp stops runaway nesting itself, with the message "bad file".
        if (dynamic_cast<const YAML::DeepRecursion *>(&error))
            fail(QStringLiteral("yaml"),
                 QCoreApplication::translate(
                     "tailor::PromptyFile", "The front matter nests deeper than %1 levels at line %2, column "
                                            "%3.")
                     .arg(maximumYamlDepth)
                     .arg(line)
                     .arg(column),
                 line, column);
        fail(QStringLiteral("yaml"),
             QCoreApplication::translate("tailor::PromptyFile",
                                         "The front matter is not valid YAML at line %1, column %2: %3.")
                 .arg(line)
                 .arg(column)
                 .arg(fromStd(error.msg)),
             line, column);
    }
    scanForSecrets(root, QString(), false, false, 0);
    parseFrontMatter(root);

    qsizetype bodyOffset = 0;
    for (int i = 0; i < closingLine; ++i)
        bodyOffset += m_lines.at(i).size() + 1;
    parseBody(std::min(bodyOffset, text.size()));
}

void PromptyFileParser::parseFrontMatter(const YAML::Node &root)
{
    if (!root.IsNull() && !root.IsMap())
        failAt(root, QStringLiteral("front-matter"),
               QCoreApplication::translate(
                   "tailor::PromptyFile",
                   "The front matter must be a map of fields (name, description, model, inputs, ...)."));

    m_file.m_templateFormat = QStringLiteral("mustache");
    m_file.m_modelApi = QStringLiteral("chat");
    if (root.IsMap()) {
        JsonObjectBuilder extraFields;
        forEachField(root, QString(), [&](const QString &key, const YAML::Node &, const YAML::Node &value) {
            if (key == QLatin1String("name")) {
                m_file.m_name = text(value, key).trimmed();
            } else if (key == QLatin1String("description")) {
                m_file.m_description = text(value, key);
            } else if (key == QLatin1String("folder")) {
                m_file.m_folder = text(value, key).trimmed();
            } else if (key == QLatin1String("tags")) {
                if (value.IsNull())
                    return;
                if (!value.IsSequence())
                    failAt(value, QStringLiteral("front-matter"),
                           QCoreApplication::translate(
                               "tailor::PromptyFile",
                               "'tags' must be a list, such as [ranking, movies] (line %1).")
                               .arg(fileLine(value)));
                for (const YAML::Node &tag : value)
                    m_file.m_tags.append(text(tag, key));
            } else if (key == QLatin1String("model")) {
                parseModel(value);
            } else if (key == QLatin1String("inputs")) {
                parseInputs(value);
            } else if (key == QLatin1String("sample")) {
                if (value.IsNull())
                    return;
                if (!value.IsMap())
                    failAt(value, QStringLiteral("front-matter"),
                           QCoreApplication::translate(
                               "tailor::PromptyFile",
                               "'sample' must be a map of input names to values (line %1); Tailor stores "
                               "prompts as single texts, so sample files are not supported.")
                               .arg(fileLine(value)));
                m_file.m_sample = toJson(value).toObject();
            } else if (key == QLatin1String("template")) {
                parseTemplate(value);
            } else {
                extraFields.insert(key, toJson(value));
            }
        });
        m_file.m_extraFields = extraFields.take();
    }
    if (m_file.m_name.isEmpty())
        fail(QStringLiteral("front-matter"),
             QCoreApplication::translate("tailor::PromptyFile",
                                         "The front matter has no 'name'; every prompt needs one."),
             m_file.frontMatterLine(), 1);
}

void PromptyFileParser::parseModel(const YAML::Node &model)
{
    if (model.IsNull())
        return;
    if (!model.IsMap())
        failAt(model, QStringLiteral("front-matter"),
               QCoreApplication::translate(
                   "tailor::PromptyFile",
                   "'model' must be a map with api, configuration and parameters (line %1).")
                   .arg(fileLine(model)));
    forEachField(
        model, QStringLiteral("model"), [&](const QString &key, const YAML::Node &, const YAML::Node &value) {
            if (key == QLatin1String("api")) {
                const QString api = text(value, QStringLiteral("model.api")).trimmed();
                if (!api.isEmpty() && api != QLatin1String("chat"))
                    failAt(value, QStringLiteral("front-matter"),
                           QCoreApplication::translate(
                               "tailor::PromptyFile",
                               "Tailor sends chat completions only; this file declares model api '%1' "
                               "(line %2).")
                               .arg(api)
                               .arg(fileLine(value)));
            } else if (key == QLatin1String("configuration")) {
                checkConfiguration(value);
            } else if (key == QLatin1String("parameters")) {
                checkParameters(value);
            }
        });
    m_file.m_model = toJson(model).toObject();
}

void PromptyFileParser::checkConfiguration(const YAML::Node &configuration)
{
    if (configuration.IsNull())
        return;
    if (!configuration.IsMap())
        failAt(configuration, QStringLiteral("front-matter"),
               QCoreApplication::translate("tailor::PromptyFile",
                                           "'model.configuration' must be a map (line %1).")
                   .arg(fileLine(configuration)));
}

void PromptyFileParser::checkParameters(const YAML::Node &parameters)
{
    if (parameters.IsNull())
        return;
    if (!parameters.IsMap())
        failAt(
            parameters, QStringLiteral("front-matter"),
            QCoreApplication::translate("tailor::PromptyFile", "'model.parameters' must be a map (line %1).")
                .arg(fileLine(parameters)));
    struct Range
    {
        const char *name;
        bool integer;
        double low;
        double high;
    };
    static const Range ranges[] = {
        {"temperature", false, 0.0, 2.0},
        {"top_p", false, 0.0, 1.0},
        {"presence_penalty", false, -2.0, 2.0},
        {"frequency_penalty", false, -2.0, 2.0},
        {"max_tokens", true, 1.0, 1e9},
        {"max_completion_tokens", true, 1.0, 1e9},
        {"n", true, 1.0, 128.0},
        {"seed", true, -9.2e18, 9.2e18},
    };
    forEachField(
        parameters, QStringLiteral("model.parameters"),
        [&](const QString &key, const YAML::Node &, const YAML::Node &value) {
            const QJsonValue json = toJson(value);
            for (const Range &range : ranges) {
                if (key != QLatin1String(range.name))
                    continue;
                const bool typeOk = range.integer ? PromptInput::valueHasType(json, QStringLiteral("integer"))
                                                  : json.isDouble();
                if (!typeOk || json.toDouble() < range.low || json.toDouble() > range.high) {
                    const QString kind =
                        range.integer ? QCoreApplication::translate("tailor::PromptyFile", "an integer")
                                      : QCoreApplication::translate("tailor::PromptyFile", "a number");
                    if (range.high >= 1e9)
                        failAt(value, QStringLiteral("front-matter"),
                               QCoreApplication::translate(
                                   "tailor::PromptyFile",
                                   "Model parameter '%1' must be %2 of at least %3 (line %4).")
                                   .arg(key, kind)
                                   .arg(range.low)
                                   .arg(fileLine(value)));
                    if (range.low < -1e9)
                        failAt(value, QStringLiteral("front-matter"),
                               QCoreApplication::translate("tailor::PromptyFile",
                                                           "Model parameter '%1' must be %2 (line %3).")
                                   .arg(key, kind)
                                   .arg(fileLine(value)));
                    failAt(value, QStringLiteral("front-matter"),
                           QCoreApplication::translate(
                               "tailor::PromptyFile",
                               "Model parameter '%1' must be %2 between %3 and %4 (line %5).")
                               .arg(key, kind)
                               .arg(range.low)
                               .arg(range.high)
                               .arg(fileLine(value)));
                }
            }
            if (key == QLatin1String("stop")) {
                bool ok = json.isString() || json.isArray();
                for (const QJsonValue &item : json.toArray())
                    ok = ok && item.isString();
                if (!ok)
                    failAt(value, QStringLiteral("front-matter"),
                           QCoreApplication::translate(
                               "tailor::PromptyFile",
                               "Model parameter 'stop' must be a text or a list of texts (line %1).")
                               .arg(fileLine(value)));
            }
        });
}

void PromptyFileParser::parseInputs(const YAML::Node &inputs)
{
    if (inputs.IsNull())
        return;
    if (!inputs.IsMap())
        failAt(inputs, QStringLiteral("front-matter"),
               QCoreApplication::translate("tailor::PromptyFile",
                                           "'inputs' must be a map of input names to declarations (line %1).")
                   .arg(fileLine(inputs)));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    forEachField(
        inputs, QStringLiteral("inputs"),
        [&](const QString &name, const YAML::Node &key, const YAML::Node &declaration) {
            if (!validName.match(name).hasMatch())
                failAt(key, QStringLiteral("front-matter"),
                       QCoreApplication::translate("tailor::PromptyFile",
                                                   "Input name '%1' (line %2) is not a valid variable name; "
                                                   "use letters, digits, '_' and "
                                                   "'-', starting with a letter or '_'.")
                           .arg(name)
                           .arg(fileLine(key)));
            PromptInput input;
            input.name = name;
            input.line = fileLine(key);
            std::optional<bool> required;
            if (declaration.IsMap()) {
                JsonObjectBuilder extra;
                forEachField(
                    declaration, QCoreApplication::translate("tailor::PromptyFile", "input '%1'").arg(name),
                    [&](const QString &field, const YAML::Node &, const YAML::Node &value) {
                        if (field == QLatin1String("type")) {
                            input.type = text(value, QStringLiteral("inputs.%1.type").arg(name)).trimmed();
                            if (!PromptInput::knownTypes().contains(input.type))
                                failAt(value, QStringLiteral("front-matter"),
                                       QCoreApplication::translate(
                                           "tailor::PromptyFile",
                                           "Input '%1' has unknown type '%2' (line %3); use string, number, "
                                           "integer, boolean, array or object.")
                                           .arg(name, input.type)
                                           .arg(fileLine(value)));
                        } else if (field == QLatin1String("description")) {
                            input.description =
                                text(value, QStringLiteral("inputs.%1.description").arg(name));
                        } else if (field == QLatin1String("default")) {
                            input.defaultValue = toJson(value);
                        } else if (field == QLatin1String("sample")) {
                            input.sample = toJson(value);
                        } else if (field == QLatin1String("required")) {
                            const QJsonValue flag = toJson(value);
                            if (!flag.isBool())
                                failAt(value, QStringLiteral("front-matter"),
                                       QCoreApplication::translate(
                                           "tailor::PromptyFile",
                                           "'required' of input '%1' must be true or false (line %2).")
                                           .arg(name)
                                           .arg(fileLine(value)));
                            required = flag.toBool();
                        } else {
                            extra.insert(field, toJson(value));
                        }
                    });
                input.extra = extra.take();
                const auto checkValue = [&](const QJsonValue &value, const QString &what) {
                    if (!value.isUndefined() && !value.isNull() && !input.accepts(value))
                        failAt(declaration, QStringLiteral("type-mismatch"),
                               QCoreApplication::translate(
                                   "tailor::PromptyFile",
                                   "The %1 of input '%2' is %3, not the declared %4 (line %5).")
                                   .arg(what, name, PromptInput::typeName(value), input.type)
                                   .arg(input.line));
                };
                checkValue(input.defaultValue, QCoreApplication::translate("tailor::PromptyFile", "default"));
                checkValue(input.sample, QCoreApplication::translate("tailor::PromptyFile", "sample"));
            } else if (!declaration.IsNull()) {
                // Shorthand `name: value` gives a sample, not a default: the input stays required.
                input.sample = toJson(declaration);
            }
            input.required = required.value_or(!input.hasDefault());
            input.declaredRequired = required.value_or(false);
            m_file.m_inputIndex.insert(input.name, m_file.m_inputs.size());
            m_file.m_inputs.append(input);
        });
}

void PromptyFileParser::parseTemplate(const YAML::Node &node)
{
    QString format;
    YAML::Node at = node;
    if (node.IsMap()) {
        forEachField(node, QStringLiteral("template"),
                     [&](const QString &key, const YAML::Node &, const YAML::Node &value) {
                         if (key == QLatin1String("format") || key == QLatin1String("type")) {
                             format = text(value, QStringLiteral("template.%1").arg(key)).trimmed();
                             at.reset(value);
                         }
                     });
    } else {
        format = text(node, QStringLiteral("template")).trimmed();
    }
    if (!format.isEmpty() && format.compare(QLatin1String("mustache"), Qt::CaseInsensitive) != 0)
        failAt(at, QStringLiteral("template-engine"),
               QCoreApplication::translate(
                   "tailor::PromptyFile",
                   "Tailor renders Mustache only; this file declares template: %1 (line %2).")
                   .arg(format)
                   .arg(fileLine(at)));
}

void PromptyFileParser::parseBody(qsizetype bodyOffset)
{
    const QString &text = m_file.m_text;
    const int firstLine = m_file.m_bodyLine;

    // A credential pasted into a message would be stored and sent like the rest; names do not matter here,
    // only known shapes. This runs first because the messages below quote the body.
    if (const auto match = SecretDetector::findKnownShape(QStringView(text).mid(bodyOffset))) {
        const qsizetype start = bodyOffset + match->offset;
        const int line = int(QStringView(text).left(start).count(QLatin1Char('\n'))) + 1;
        const int column = int(start - (text.lastIndexOf(QLatin1Char('\n'), start - 1) + 1)) + 1;
        fail(QStringLiteral("secret"),
             QCoreApplication::translate(
                 "tailor::PromptyFile",
                 "The text at line %1, column %2 holds what looks like %3 ('%4'); remove "
                 "it, because Tailor never stores secrets.")
                 .arg(line)
                 .arg(column)
                 .arg(match->kind, SecretDetector::masked(QStringView(text).mid(start, match->length))),
             line, column);
    }

    // Jinja statements would be sent to the model as literal text; refuse them instead. Only the first "{%"
    // can start one: if no "%}" follows it, none follows a later "{%" either, so this stays linear.
    const qsizetype start = text.indexOf(QLatin1String("{%"), bodyOffset);
    const qsizetype close = start < 0 ? -1 : text.indexOf(QLatin1String("%}"), start + 2);
    if (close >= 0) {
        const int line = int(QStringView(text).left(start).count(QLatin1Char('\n'))) + 1;
        const int column = int(start - (text.lastIndexOf(QLatin1Char('\n'), start - 1) + 1)) + 1;
        QString snippet = text.mid(start, std::min<qsizetype>(close + 2 - start, 200)).simplified();
        if (snippet.size() > 40)
            snippet = snippet.left(37) + QStringLiteral("…");
        fail(QStringLiteral("template-engine"),
             QCoreApplication::translate(
                 "tailor::PromptyFile",
                 "Tailor renders Mustache only; the Jinja statement '%1' at line %2, column %3 is not "
                 "supported.")
                 .arg(snippet)
                 .arg(line)
                 .arg(column),
             line, column);
    }

    static const QRegularExpression marker(
        QStringLiteral("^\\s*(?:#\\s*)?(system|user|assistant|tool|function|developer)\\s*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption);

    struct Pending
    {
        QString role;
        int markerLine = 0;
        QStringList lines;
    };
    std::optional<Pending> current;
    const auto finish = [&]() {
        if (!current)
            return;
        QStringList &lines = current->lines;
        int skipped = 0;
        while (!lines.isEmpty() && isBlank(lines.first())) {
            lines.removeFirst();
            ++skipped;
        }
        while (!lines.isEmpty() && isBlank(lines.last()))
            lines.removeLast();
        if (lines.isEmpty())
            fail(QStringLiteral("syntax"),
                 QCoreApplication::translate("tailor::PromptyFile", "The %1 message at line %2 is empty.")
                     .arg(current->role)
                     .arg(current->markerLine),
                 current->markerLine, 1);
        m_file.m_messages.append({current->role, lines.join(QLatin1Char('\n')),
                                  current->markerLine + 1 + skipped, current->markerLine});
    };

    for (int index = firstLine - 1; index < m_lines.size(); ++index) {
        const QString &line = m_lines.at(index);
        const int lineNumber = index + 1;
        const QRegularExpressionMatch match = marker.match(line);
        if (match.hasMatch()) {
            const QString role = match.captured(1).toLower();
            if (role != QLatin1String("system") && role != QLatin1String("user") &&
                role != QLatin1String("assistant"))
                fail(QStringLiteral("unknown-role"),
                     QCoreApplication::translate(
                         "tailor::PromptyFile",
                         "Unknown role '%1' at line %2 (Tailor supports system, user and assistant).")
                         .arg(role)
                         .arg(lineNumber),
                     lineNumber, int(match.capturedStart(1)) + 1);
            finish();
            current = Pending{role, lineNumber, {}};
            continue;
        }
        if (current) {
            current->lines.append(line);
        } else if (!isBlank(line)) {
            fail(QStringLiteral("syntax"),
                 QCoreApplication::translate(
                     "tailor::PromptyFile",
                     "Text at line %1 comes before the first role marker; start the body with 'system:', "
                     "'user:' or 'assistant:' on a line of its own.")
                     .arg(lineNumber),
                 lineNumber, firstNonSpaceColumn(line));
        }
    }
    finish();
    if (m_file.m_messages.isEmpty())
        fail(QStringLiteral("syntax"),
             QCoreApplication::translate("tailor::PromptyFile",
                                         "The prompt has no messages: after the front matter, write a role "
                                         "marker such as 'system:' or "
                                         "'user:' on a line of its own, then the message."),
             std::min<int>(firstLine, int(m_lines.size())), 1);
}

Result<QString> PromptyFile::canonicalText(const QByteArray &bytes, PromptDiagnostic *failure)
{
    try {
        if (bytes.size() > maximumSize)
            failTooLarge(bytes.size());
        const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
        qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        int line = 1;
        int column = 1;
        for (qsizetype i = start; i < bytes.size();) {
            const unsigned char byte = data[i];
            if (byte == '\n' || (byte == '\r' && (i + 1 == bytes.size() || data[i + 1] != '\n'))) {
                ++line;
                column = 1;
                ++i;
                continue;
            }
            const int length = validSequenceLength(data + i, bytes.size() - i);
            if (length == 0)
                fail(QStringLiteral("encoding"),
                     QCoreApplication::translate("tailor::PromptyFile",
                                                 "The text is not valid UTF-8: byte 0x%1 at line %2, column "
                                                 "%3. Save the file as UTF-8.")
                         .arg(QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0')))
                         .arg(line)
                         .arg(column),
                     line, column);
            column += length == 4 ? 2 : 1;
            i += length;
        }
        return toCanonical(QString::fromUtf8(bytes.constData() + start, bytes.size() - start));
    } catch (const ParseFailure &failure_) {
        if (failure)
            *failure = failure_.diagnostic;
        return Error::badInput(failure_.diagnostic.message);
    }
}

QString PromptyFile::sha256(const QString &canonical)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<PromptyFile> PromptyFile::parse(const QString &text, PromptDiagnostic *failure)
{
    try {
        // A QString holds at least one UTF-8 byte per code unit: check the cheap bound first.
        if (text.size() > maximumSize)
            failTooLarge(utf8Size(text));
        const qint64 size = utf8Size(text);
        if (size > maximumSize)
            failTooLarge(size);
        PromptyFile file;
        file.m_text = toCanonical(text);
        PromptyFileParser parser(file);
        parser.parse();
        return file;
    } catch (const ParseFailure &failure_) {
        if (failure)
            *failure = failure_.diagnostic;
        return Error::badInput(failure_.diagnostic.message);
    }
}

Result<PromptyFile> PromptyFile::load(const QString &filePath, PromptDiagnostic *failure)
{
    const auto named = [&](const Error &error) {
        return Error{error.kind,
                     QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(filePath), error.message)};
    };
    const QFileInfo info(filePath);
    if (info.exists() && info.size() > maximumSize) {
        PromptDiagnostic tooLarge{
            PromptDiagnostic::Severity::Error, QStringLiteral("too-large"),
            QCoreApplication::translate("tailor::PromptyFile",
                                        "The prompt is %1 MiB; Tailor refuses prompt texts over 1 MiB.")
                .arg(sizeText(info.size())),
            0, 0};
        if (failure)
            *failure = tooLarge;
        return named(Error::badInput(tooLarge.message));
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return named(
            Error::badInput(QCoreApplication::translate("tailor::PromptyFile", "cannot read the file: %1")
                                .arg(file.errorString())));
    const QByteArray bytes = file.read(maximumSize + 1);
    Result<QString> text = canonicalText(bytes, failure);
    if (!text)
        return named(text.error());
    Result<PromptyFile> parsed = parse(text.value(), failure);
    if (!parsed)
        return named(parsed.error());
    return parsed;
}

const PromptInput *PromptyFile::input(const QString &name) const
{
    const auto found = m_inputIndex.constFind(name);
    return found == m_inputIndex.constEnd() ? nullptr : &m_inputs.at(*found);
}

QJsonObject PromptyFile::sampleInputs() const
{
    JsonObjectBuilder values(m_sample);
    for (const PromptInput &input : m_inputs) {
        if (input.hasSample())
            values.insert(input.name, input.sample);
        else if (!values.contains(input.name) && input.hasDefault())
            values.insert(input.name, input.defaultValue);
    }
    return values.take();
}

QString PromptyFile::body() const
{
    qsizetype offset = 0;
    for (int line = 1; line < m_bodyLine && offset >= 0; ++line) {
        offset = m_text.indexOf(QLatin1Char('\n'), offset);
        if (offset >= 0)
            ++offset;
    }
    return offset < 0 ? QString() : m_text.mid(offset);
}

} // namespace tailor
