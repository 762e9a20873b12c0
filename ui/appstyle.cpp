#include "appstyle.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace tailor {

void AppStyle::apply(QApplication &application)
{
    application.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QPalette palette = application.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xfa, 0xfb, 0xfc));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf7, 0xfa));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x27, 0x37));
    palette.setColor(QPalette::Text, QColor(0x1f, 0x27, 0x37));
    palette.setColor(QPalette::Button, QColor(0xf2, 0xf4, 0xf8));
    palette.setColor(QPalette::ButtonText, QColor(0x1f, 0x27, 0x37));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x63, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x2b, 0x4f, 0xc0));
    application.setPalette(palette);

    QFile styleSheet(QStringLiteral(":/styles/tailor.qss"));
    if (styleSheet.open(QIODevice::ReadOnly | QIODevice::Text))
        application.setStyleSheet(QString::fromUtf8(styleSheet.readAll()));
}

QIcon AppStyle::icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

} // namespace tailor
