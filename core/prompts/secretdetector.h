// SecretDetector holds the rules by which Tailor recognises a credential written into a prompt file, so that
// no version, export or log ever stores one (invariant 6). A value is a secret when its key names one
// (api_key, apiKey, x-api-key, access_token, client_secret, password, Authorization, credentials, ... — whole
// words of snake, kebab or camel case, so max_tokens or token_limit do not count) and it is neither empty nor
// a reference to an environment variable such as ${env:OPENAI_API_KEY}; or when any text is shaped like a
// known credential (sk-…, ghp_…, xoxb-…, AKIA…, AIza…, a JSON Web Token, "Bearer <token>", a password in a
// URL, a private key); or when a key-ish name (cache_key, azure_key) holds a long random-looking token such
// as an Azure key's 32 hex digits. Messages show a secret only masked.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tailor {

class SecretDetector
{
    Q_DECLARE_TR_FUNCTIONS(tailor::SecretDetector)

public:
    struct Match
    {
        qsizetype offset = 0; // where the credential starts in the text searched
        qsizetype length = 0;
        QString kind; // what it looks like, for a message: "an OpenAI or Anthropic API key"
    };

    // The lower-case words of a key: "x-api-key" → x, api, key; "azureADToken" → azure, ad, token.
    static QStringList words(QStringView key);
    // The key names a secret: any literal value under it is one.
    static bool namesSecret(QStringView key);
    // The key names some key (cache_key, azure_key): a random-looking value under it is taken for a secret.
    static bool namesKey(QStringView key);
    // Children of a secret-named map that hold its value: `api_key: {default: …}`, an input's sample.
    static bool holdsParentValue(QStringView key);

    // The value may sit under a secret's name: empty, or only references to environment variables
    // (${env:NAME}, ${NAME}, $NAME, ${file:path}), optionally after an authorization scheme ("Bearer
    // ${env:T}").
    static bool isReference(QStringView value);
    // A long token that looks random: 32 or more hex digits, or 32 or more base64 characters mixing upper and
    // lower case letters and digits.
    static bool looksRandom(QStringView value);
    // The first credential of a known shape in the text.
    static std::optional<Match> findKnownShape(QStringView text);

    // For messages: the first quarter of the secret, at most 4 characters, then "…".
    static QString masked(QStringView secret);
};

} // namespace tailor
