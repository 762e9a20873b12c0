// ErrorBox shows a core Error's message in a window-modal critical message box without blocking the caller:
// the box opens and control returns, so a failure never stalls the event loop (or a test driving it).
#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace tailor {

class ErrorBox
{
public:
    // The box is named "errorBox" and deletes itself when closed.
    static QMessageBox *show(QWidget *parent, const QString &title, const QString &message);
};

} // namespace tailor
