#include "consent.h"

#include <QCoreApplication>

namespace tailor {

QString consentId(Consent consent)
{
    switch (consent) {
    case Consent::Granted:
        return QStringLiteral("granted");
    case Consent::Refused:
        return QStringLiteral("refused");
    case Consent::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Consent> parseConsentId(QStringView id)
{
    const QStringView key = id.trimmed();
    for (const Consent consent : {Consent::Granted, Consent::Refused, Consent::Unknown}) {
        if (key.compare(consentId(consent), Qt::CaseInsensitive) == 0)
            return consent;
    }
    return std::nullopt;
}

Consent consentFromStored(int value)
{
    return value == 1 ? Consent::Granted : value == 0 ? Consent::Refused : Consent::Unknown;
}

QString consentName(Consent consent)
{
    switch (consent) {
    case Consent::Granted:
        return QCoreApplication::translate("tailor::Consent", "granted");
    case Consent::Refused:
        return QCoreApplication::translate("tailor::Consent", "refused");
    case Consent::Unknown:
        break;
    }
    return QCoreApplication::translate("tailor::Consent", "unknown");
}

} // namespace tailor
