#include "prompts/secretdetector.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace tailor {

namespace {

bool oneOf(const QString &word, std::initializer_list<const char *> list)
{
    for (const char *candidate : list) {
        if (word == QLatin1String(candidate))
            return true;
    }
    return false;
}

struct CharacterClasses
{
    bool digit = false;
    bool lower = false;
    bool upper = false;
};

CharacterClasses classesOf(QStringView text)
{
    CharacterClasses classes;
    for (QChar c : text) {
        if (c.isDigit())
            classes.digit = true;
        else if (c.isLower())
            classes.lower = true;
        else if (c.isUpper())
            classes.upper = true;
    }
    return classes;
}

// A generated token mixes digits and letters, or upper and lower case; words and kebab-case names do not.
bool mixed(QStringView token)
{
    const CharacterClasses classes = classesOf(token);
    return (classes.digit && (classes.lower || classes.upper)) || (classes.lower && classes.upper);
}

bool digitsAndLetters(QStringView token)
{
    const CharacterClasses classes = classesOf(token);
    return classes.digit && (classes.lower || classes.upper);
}

enum class Check
{
    None,
    Mixed,            // the whole match must look generated
    DigitsAndLetters, // the captured token must hold both
    Base64Credential, // the captured token is base64 of user:password
    NotAReference,    // the captured password is not ${env:…}
};

struct Shape
{
    QRegularExpression pattern;
    QString kind;
    Check check;
};

const std::vector<Shape> &shapes()
{
    static const std::vector<Shape> list = [] {
        const auto re = [](const char *pattern) { return QRegularExpression(QString::fromLatin1(pattern)); };
        return std::vector<Shape>{
            {re(R"((?<![A-Za-z0-9_-])sk-(?:proj-|ant-|svcacct-|admin-)?[A-Za-z0-9_-]{16,})"),
             SecretDetector::tr("an OpenAI or Anthropic API key"), Check::Mixed},
            {re(R"((?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{16,})"),
             SecretDetector::tr("a Stripe key"), Check::None},
            {re(R"((?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}))"),
             SecretDetector::tr("a GitHub token"), Check::None},
            {re(R"((?<![A-Za-z0-9])glpat-[A-Za-z0-9_-]{20,})"), SecretDetector::tr("a GitLab token"),
             Check::None},
            {re(R"((?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,})"), SecretDetector::tr("a Slack token"),
             Check::None},
            {re(R"((?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Z]))"),
             SecretDetector::tr("an AWS access key"), Check::None},
            {re(R"((?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35})"), SecretDetector::tr("a Google API key"),
             Check::None},
            {re(R"((?<![A-Za-z0-9])hf_[A-Za-z0-9]{30,})"), SecretDetector::tr("a Hugging Face token"),
             Check::None},
            {re(R"((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)"),
             SecretDetector::tr("a JSON Web Token"), Check::None},
            {re(R"((?<![A-Za-z0-9])[Bb]earer\s+([A-Za-z0-9._~+/-]{16,}=*))"),
             SecretDetector::tr("a bearer token"), Check::DigitsAndLetters},
            {re(R"((?<![A-Za-z0-9])[Bb]asic\s+([A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=]))"),
             SecretDetector::tr("basic authentication credentials"), Check::Base64Credential},
            {re(R"(-----BEGIN(?: [A-Z0-9]+)* PRIVATE KEY-----)"), SecretDetector::tr("a private key"),
             Check::None},
            {re(R"((?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@]+:([^\s/@]+)@)"),
             SecretDetector::tr("a password in a URL"), Check::NotAReference},
        };
    }();
    return list;
}

bool passes(const Shape &shape, const QRegularExpressionMatch &match)
{
    switch (shape.check) {
    case Check::None:
        return true;
    case Check::Mixed:
        return mixed(match.capturedView(0));
    case Check::DigitsAndLetters:
        return digitsAndLetters(match.capturedView(1));
    case Check::Base64Credential: {
        const QStringView token = match.capturedView(1);
        return token.endsWith(QLatin1Char('=')) || digitsAndLetters(token);
    }
    case Check::NotAReference:
        return !SecretDetector::isReference(match.capturedView(1));
    }
    return true;
}

} // namespace

QStringList SecretDetector::words(QStringView key)
{
    QStringList result;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            result.append(current.toLower());
        current.clear();
    };
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar previous = key.at(i - 1);
            const bool camel = previous.isLower() && c.isUpper();
            // "APIKey": the acronym ends before the capital that starts a lower-case word.
            const bool acronymEnd =
                previous.isUpper() && c.isUpper() && i + 1 < key.size() && key.at(i + 1).isLower();
            if (camel || acronymEnd)
                flush();
        }
        current += c;
    }
    flush();
    return result;
}

bool SecretDetector::namesSecret(QStringView key)
{
    const QStringList parts = words(key);
    if (parts.isEmpty())
        return false;
    // Counts and limits of tokens are not tokens: max_token, num_token, token_count, tokens_per_minute.
    for (const QString &part : parts) {
        if (oneOf(part, {"max", "min", "num", "count", "total", "per", "limit", "limits", "budget"}))
            return false;
    }
    // The last word is what the key names: access_token and client_secret are secrets, token_limit and
    // secret_name are not.
    const QString &last = parts.last();
    if (oneOf(last, {"password",     "passwd",      "passphrase",     "secret",       "secrets",
                     "credential",   "credentials", "authorization",  "token",        "cookie",
                     "apikey",       "apitoken",    "accesstoken",    "authtoken",    "bearertoken",
                     "refreshtoken", "idtoken",     "sessiontoken",   "clientsecret", "secretkey",
                     "accesskey",    "privatekey",  "subscriptionkey"}))
        return true;
    if ((last == QLatin1String("key") || last == QLatin1String("keys")) && parts.size() >= 2) {
        const QString &before = parts.at(parts.size() - 2);
        return oneOf(before, {"api", "access", "secret", "private", "subscription", "auth", "client",
                              "account", "master", "signing", "session", "service", "encryption", "openai",
                              "azure", "anthropic", "admin", "app", "license"});
    }
    return false;
}

bool SecretDetector::namesKey(QStringView key)
{
    for (const QString &part : words(key)) {
        if (part == QLatin1String("key") || part == QLatin1String("keys") ||
            part.endsWith(QLatin1String("key")))
            return true;
    }
    return false;
}

bool SecretDetector::holdsParentValue(QStringView key)
{
    const QString word = key.toString().toLower();
    return oneOf(word, {"default", "sample", "value", "values", "example", "examples"});
}

bool SecretDetector::isReference(QStringView value)
{
    // ${env:NAME} may carry a default after a colon; a non-empty default is a literal value, so it stays.
    static const QRegularExpression reference(
        QStringLiteral(R"(\$\{env:[A-Za-z_][A-Za-z0-9_]*:?\}|\$\{file:[^}]+\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}|)"
                       R"(\$[A-Za-z_][A-Za-z0-9_]*\b)"));
    static const QRegularExpression scheme(QStringLiteral("^(?:bearer|basic|token|apikey|api-key|key)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString whole = value.trimmed().toString();
    QString rest = whole;
    rest.remove(reference);
    rest = rest.trimmed();
    if (rest.isEmpty())
        return true;
    return rest != whole && scheme.match(rest).hasMatch();
}

bool SecretDetector::looksRandom(QStringView value)
{
    const QStringView token = value.trimmed();
    if (token.size() < 32)
        return false;
    bool hex = true;
    bool base64 = true;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool isHex = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        const bool isBase64 = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                              u == '+' || u == '/' || u == '=';
        hex = hex && isHex;
        base64 = base64 && isBase64;
    }
    if (hex)
        return true;
    const CharacterClasses classes = classesOf(token);
    return base64 && classes.digit && classes.lower && classes.upper;
}

std::optional<SecretDetector::Match> SecretDetector::findKnownShape(QStringView text)
{
    std::optional<Match> first;
    const QString subject = text.toString();
    for (const Shape &shape : shapes()) {
        QRegularExpressionMatchIterator it = shape.pattern.globalMatch(subject);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (first && match.capturedStart() >= first->offset)
                break;
            if (passes(shape, match)) {
                first = Match{match.capturedStart(), match.capturedLength(), shape.kind};
                break;
            }
        }
    }
    return first;
}

QString SecretDetector::masked(QStringView secret)
{
    const qsizetype visible = std::min<qsizetype>(4, secret.size() / 4);
    return secret.left(visible).toString() + QStringLiteral("…");
}

} // namespace tailor
