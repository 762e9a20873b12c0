// The small pieces pages build their panes from, made one way so that every page looks alike and the style
// sheet (resources/styles/tailor.qss) finds them by object name: the page title, pane titles, hint notes,
// read-only tables and the primary action of a pane.
#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemView;
class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

namespace tailor {

// The page's heading (object name "pageTitle").
QLabel *pageTitle(const QString &text, QWidget *parent);
// A pane's heading (object name "paneTitle").
QLabel *paneTitle(const QString &text, QWidget *parent);
// A word-wrapped note in the hint style (object name "hint").
QLabel *createNote(const QString &text, QWidget *parent);
// Read-only, one whole row selected at a time, alternating rows; tables also get no grid, compact rows,
// left-aligned headers and a stretched last column.
void setupTable(QAbstractItemView *view);
QTableWidget *createTable(const QStringList &headers, const QString &objectName, QWidget *parent);
// Fills row `row` of `table` with one plain-text cell per string.
void setRow(QTableWidget *table, int row, const QStringList &cells);
// Shows `button` as the pane's primary action (a light-blue pill).
void markPrimary(QPushButton *button);

} // namespace tailor
