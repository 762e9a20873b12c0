// AppStyle gives Tailor its look: the Fusion style with a light palette and the style sheet from the
// resources. The GUI and the screenshot tool apply the same look, so the shots show what users see.
#pragma once

#include <QIcon>
#include <QString>

class QApplication;

namespace tailor {

class AppStyle
{
public:
    static void apply(QApplication &application);
    // An icon from resources/icons by base name: icon(QStringLiteral("profiles")).
    static QIcon icon(const QString &name);
};

} // namespace tailor
