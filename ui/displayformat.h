// How the GUI writes times, durations and costs for people, in one place so that every page agrees:
// displayTime() turns the UTC ISO 8601 times core stores into local time to the second; displayMilliseconds()
// writes a duration ("—" when there is none, for example no call yet); displayCost() writes an amount in US
// dollars, the currency the endpoints' prices per 1K tokens are entered in.
#pragma once

#include <QString>

namespace tailor {

QString displayTime(const QString &isoUtc);
// "120 ms"; "—" for a negative duration (none measured).
QString displayMilliseconds(qint64 ms);
// "$0.000029", "$0.0420", "$12.50" in the locale's currency format; "$0.00" for nothing spent.
QString displayCost(double usd);

} // namespace tailor
