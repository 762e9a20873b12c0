#include "pagewidgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

namespace tailor {

namespace {

QLabel *namedLabel(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    return label;
}

} // namespace

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    return namedLabel(text, "pageTitle", parent);
}

QLabel *paneTitle(const QString &text, QWidget *parent)
{
    return namedLabel(text, "paneTitle", parent);
}

QLabel *createNote(const QString &text, QWidget *parent)
{
    QLabel *note = namedLabel(text, "hint", parent);
    note->setWordWrap(true);
    return note;
}

void setupTable(QAbstractItemView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setShowGrid(false);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(24);
        table->horizontalHeader()->setHighlightSections(false);
        table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        table->horizontalHeader()->setStretchLastSection(true);
    }
}

QTableWidget *createTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    setupTable(table);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

void markPrimary(QPushButton *button)
{
    button->setProperty("primary", true);
}

} // namespace tailor
