#include "sqlwarningfilter.h"

#include <QString>
#include <QtGlobal>

namespace tailor {

namespace {

QtMessageHandler previousHandler = nullptr;

void filterSqlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void installSqlWarningFilter()
{
    const QtMessageHandler previous = qInstallMessageHandler(filterSqlWarnings);
    if (previous != filterSqlWarnings)
        previousHandler = previous;
}

} // namespace tailor
