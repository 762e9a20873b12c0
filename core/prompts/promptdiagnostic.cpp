#include "promptdiagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace tailor {

QString PromptDiagnostic::toString(const QString &fileName) const
{
    QString location = fileName;
    if (line > 0) {
        if (!location.isEmpty())
            location += QLatin1Char(':');
        location += QString::number(line);
        if (column > 0)
            location += QLatin1Char(':') + QString::number(column);
    }
    const QString severityText = isError()
                                     ? QCoreApplication::translate("tailor::PromptDiagnostic", "error")
                                     : QCoreApplication::translate("tailor::PromptDiagnostic", "warning");
    if (location.isEmpty())
        return severityText + QLatin1String(": ") + message;
    return location + QLatin1String(": ") + severityText + QLatin1String(": ") + message;
}

bool PromptDiagnostic::hasErrors(const QList<PromptDiagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const PromptDiagnostic &diagnostic) { return diagnostic.isError(); });
}

} // namespace tailor
