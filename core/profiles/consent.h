// Consent is whether a user agreed to their profile being used: granted, refused or not known. It decides
// what may be sent to an LLM endpoint (a profile without granted consent never is), so it is one type with
// one id and one name rather than a number whose meaning each caller spells out. The enumerators' values
// are the ones profile_users.consent and the consent log store.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace tailor {

enum class Consent
{
    Unknown = -1,
    Refused = 0,
    Granted = 1
};

// The stable id in JSON, command lines and files: "granted", "refused", "unknown".
QString consentId(Consent consent);
// The consent an id names (case-insensitive, spaces ignored); nullopt for anything else.
std::optional<Consent> parseConsentId(QStringView id);
// The consent a stored value means; anything but 0 and 1 is unknown.
Consent consentFromStored(int value);
// What a user reads, translated: "granted", "refused", "unknown".
QString consentName(Consent consent);

} // namespace tailor
