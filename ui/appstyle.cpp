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

QColor AppStyle::color(Color role)
{
    switch (role) {
    case Color::SuccessText:
        return QColor(0x1e, 0x7a, 0x3c);
    case Color::ErrorText:
        return QColor(0xb3, 0x26, 0x1e);
    case Color::WarningText:
        return QColor(0x9a, 0x67, 0x00);
    case Color::MutedText:
        return QColor(0x5b, 0x64, 0x78);
    case Color::AccentText:
    case Color::SyntaxKey:
    case Color::MessageUser:
        return QColor(0x2b, 0x4f, 0xc0);
    case Color::ErrorBorder:
    case Color::InterestDislike:
        return QColor(0xc6, 0x28, 0x28);
    case Color::NoticeText:
        return QColor(0x5c, 0x44, 0x00);
    case Color::NoticeBackground:
        return QColor(0xff, 0xf4, 0xce);
    case Color::NoticeBorder:
        return QColor(0xf0, 0xd5, 0x8c);
    case Color::ErrorMark:
        return QColor(0xd1, 0x2f, 0x2f);
    case Color::WarningMark:
        return QColor(0xd9, 0x8e, 0x04);
    case Color::GutterBackground:
        return QColor(0xf5, 0xf7, 0xfa);
    case Color::GutterLine:
    case Color::MessageBorder:
        return QColor(0xe2, 0xe6, 0xee);
    case Color::GutterText:
    case Color::SyntaxDelimiter:
        return QColor(0x8a, 0x93, 0xa6);
    case Color::SyntaxFrontMatter:
        return QColor(0x4a, 0x5a, 0x7a);
    case Color::SyntaxFrontMatterBackground:
        return QColor(0xf6, 0xf7, 0xfb);
    case Color::SyntaxComment:
        return QColor(0x9a, 0xa1, 0xb2);
    case Color::SyntaxRole:
    case Color::SyntaxPartial:
    case Color::MessageSystem:
        return QColor(0x7a, 0x3e, 0x9d);
    case Color::SyntaxVariable:
    case Color::MessageAssistant:
        return QColor(0x0b, 0x73, 0x5a);
    case Color::SyntaxVariableBackground:
        return QColor(0xe8, 0xf6, 0xf1);
    case Color::SyntaxSection:
        return QColor(0xb0, 0x52, 0x00);
    case Color::MessageBackground:
        return QColor(0xf7, 0xf8, 0xfb);
    case Color::DiffEmptyLine:
        return QColor(0xf1, 0xf3, 0xf6);
    case Color::DiffRemovedLine:
        return QColor(0xfd, 0xec, 0xec);
    case Color::DiffAddedLine:
        return QColor(0xe8, 0xf7, 0xec);
    case Color::DiffRemovedWord:
        return QColor(0xf6, 0xb8, 0xb8);
    case Color::DiffAddedWord:
        return QColor(0xa9, 0xe2, 0xb8);
    case Color::ChartBar:
        return QColor(0x3f, 0x6f, 0xc4);
    case Color::ChartTextOnBar:
        return QColor(Qt::white);
    case Color::InterestHigh:
        return QColor(0x2e, 0x7d, 0x32);
    case Color::InterestMedium:
        return QColor(0xf9, 0xa8, 0x25);
    case Color::InterestLow:
        return QColor(0x90, 0xa4, 0xae);
    }
    return {};
}

QString AppStyle::textStyle(Color role)
{
    return QStringLiteral("color: %1;").arg(color(role).name());
}

} // namespace tailor
