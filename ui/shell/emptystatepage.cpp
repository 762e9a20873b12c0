#include "emptystatepage.h"

#include "widgets/pagewidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tailor {

namespace {

QLabel *centeredLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignHCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

EmptyStatePage::EmptyStatePage(const Content &content, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 28, 36, 28);
    layout->setSpacing(0);

    layout->addWidget(pageTitle(content.title, this));
    layout->addStretch(2);

    auto *column = new QWidget(this);
    column->setFixedWidth(500);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);

    auto *icon = new QLabel(column);
    icon->setObjectName(QStringLiteral("emptyIcon"));
    icon->setAlignment(Qt::AlignCenter);
    icon->setFixedSize(96, 96);
    icon->setPixmap(content.icon.pixmap(QSize(48, 48), devicePixelRatioF()));
    columnLayout->addWidget(icon, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(centeredLabel(content.headline, QStringLiteral("emptyTitle"), column));
    columnLayout->addWidget(centeredLabel(content.purpose, QStringLiteral("emptyText"), column));
    columnLayout->addWidget(centeredLabel(content.availability, QStringLiteral("emptyText"), column));

    m_noWorkspace = new QLabel(tr("No workspace open — use File → New workspace or Open workspace."), column);
    m_noWorkspace->setObjectName(QStringLiteral("emptyNotice"));
    m_noWorkspace->setAlignment(Qt::AlignCenter);
    columnLayout->addSpacing(10);
    columnLayout->addWidget(m_noWorkspace, 0, Qt::AlignHCenter);

    auto *centered = new QHBoxLayout;
    centered->addStretch();
    centered->addWidget(column);
    centered->addStretch();
    layout->addLayout(centered);
    layout->addStretch(3);
}

void EmptyStatePage::setWorkspaceOpen(bool open)
{
    m_noWorkspace->setVisible(!open);
}

} // namespace tailor
