// displayTime() turns the UTC ISO 8601 times core stores into the local time people read, to the second.
#pragma once

#include <QString>

namespace tailor {

QString displayTime(const QString &isoUtc);

} // namespace tailor
