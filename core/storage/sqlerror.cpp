#include "sqlerror.h"

#include <QCoreApplication>

namespace tailor {

QString describeSqlError(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}

Result<void> execSql(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what)
{
    const bool prepared = values.isEmpty() ? true : query.prepare(sql);
    if (prepared) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (values.isEmpty() ? query.exec(sql) : query.exec())
            return {};
    }
    return Error::failed(QCoreApplication::translate("tailor::Sql", "Database error while %1: %2")
                             .arg(what, describeSqlError(query.lastError())));
}

} // namespace tailor
