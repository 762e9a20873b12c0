#include "promptinput.h"

#include <cmath>

namespace tailor {

namespace {

bool isIntegral(double value)
{
    return std::isfinite(value) && std::trunc(value) == value;
}

} // namespace

bool PromptInput::accepts(const QJsonValue &value) const
{
    return type.isEmpty() || valueHasType(value, type);
}

const QStringList &PromptInput::knownTypes()
{
    static const QStringList types = {QStringLiteral("string"),  QStringLiteral("number"),
                                      QStringLiteral("integer"), QStringLiteral("boolean"),
                                      QStringLiteral("array"),   QStringLiteral("object")};
    return types;
}

QString PromptInput::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return isIntegral(value.toDouble()) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool PromptInput::valueHasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && isIntegral(value.toDouble());
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    return false;
}

} // namespace tailor
