// PromptInput is one input a Prompty file declares under `inputs:`: its name, JSON type, description, default
// and sample values. Strict variable checks compare the body's variables and the caller's input values with
// these declarations.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tailor {

struct PromptInput
{
    QString name;
    // string, number, integer, boolean, array or object; empty when undeclared (any value is accepted).
    QString type;
    QString description;
    QJsonValue defaultValue = QJsonValue::Undefined; // Undefined: the declaration has no default
    QJsonValue sample = QJsonValue::Undefined;       // Undefined: the declaration has no sample
    // A caller must provide the input: `required:` when the file says so, otherwise "has no default".
    bool required = true;
    // The file says `required: true`. Only then is null refused: any other input accepts null, which
    // Mustache renders as nothing and treats as false, because profile data is full of missing values.
    bool declaredRequired = false;
    QJsonObject extra; // other keys of the declaration, as written
    int line = 0;      // file line of the declaration

    bool hasDefault() const { return !defaultValue.isUndefined(); }
    bool hasSample() const { return !sample.isUndefined(); }
    // True when `value` has the declared type (integer accepts 3 and 3.0, not 3.5; number accepts both).
    bool accepts(const QJsonValue &value) const;
    bool acceptsNull() const { return !declaredRequired; }

    static const QStringList &knownTypes();
    // The JSON type of a value as a user reads it: null, boolean, integer, number, string, array or object.
    static QString typeName(const QJsonValue &value);
    static bool valueHasType(const QJsonValue &value, const QString &type);
};

} // namespace tailor
