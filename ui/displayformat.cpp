#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tailor {

QString displayTime(const QString &isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return isoUtc;
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString displayMilliseconds(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    return QCoreApplication::translate("tailor::DisplayFormat", "%1 ms").arg(QLocale().toString(ms));
}

QString displayCost(double usd)
{
    // Calls to small models cost fractions of a cent: six decimals keep them visible.
    const int decimals = usd == 0 ? 2 : usd < 0.01 ? 6 : usd < 1 ? 4 : 2;
    return QLocale().toCurrencyString(usd, QStringLiteral("$"), decimals);
}

} // namespace tailor
