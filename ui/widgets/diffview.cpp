#include "diffview.h"

#include "appstyle.h"
#include "prompthighlighter.h"
#include "templateeditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>

namespace tailor {

namespace {

QTextEdit::ExtraSelection lineTint(const QTextBlock &block, const QColor &color)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.format.setBackground(color);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    return selection;
}

void showSide(TemplateEditor *editor, const QStringList &lines, const QList<int> &numbers,
              const QList<PromptDiff::Row> &rows, bool oldSide)
{
    editor->setPlainText(lines.join(QLatin1Char('\n')));
    editor->setLineNumbers(numbers);
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = editor->document()->firstBlock();
    for (const PromptDiff::Row &row : rows) {
        if (!block.isValid())
            break;
        const bool empty = oldSide ? row.oldLine == 0 : row.newLine == 0;
        const bool changed =
            row.kind == PromptDiff::Row::Kind::Changed ||
            row.kind == (oldSide ? PromptDiff::Row::Kind::Removed : PromptDiff::Row::Kind::Added);
        if (empty)
            selections << lineTint(block, AppStyle::color(AppStyle::Color::DiffEmptyLine));
        else if (changed)
            selections << lineTint(block,
                                   oldSide ? DiffView::removedLineColor() : DiffView::addedLineColor());
        for (const PromptDiff::Span &span : oldSide ? row.oldChanges : row.newChanges) {
            QTextEdit::ExtraSelection word;
            word.cursor = QTextCursor(block);
            word.cursor.setPosition(block.position() + span.start);
            word.cursor.setPosition(block.position() + qMin(span.start + span.length, block.length() - 1),
                                    QTextCursor::KeepAnchor);
            word.format.setBackground(oldSide ? DiffView::removedWordColor() : DiffView::addedWordColor());
            selections << word;
        }
        block = block.next();
    }
    editor->setDecorations(selections);
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    m_oldTitle = new QLabel(this);
    m_oldTitle->setObjectName(QStringLiteral("diffOldTitle"));
    m_newTitle = new QLabel(this);
    m_newTitle->setObjectName(QStringLiteral("diffNewTitle"));
    m_old = new TemplateEditor(this);
    m_old->setObjectName(QStringLiteral("diffOld"));
    m_new = new TemplateEditor(this);
    m_new->setObjectName(QStringLiteral("diffNew"));
    for (TemplateEditor *side : {m_old, m_new}) {
        side->setReadOnly(true);
        side->highlighter()->setBodyOnly(true);
        side->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    layout->addWidget(m_oldTitle, 0, 0);
    layout->addWidget(m_newTitle, 0, 1);
    layout->addWidget(m_old, 1, 0);
    layout->addWidget(m_new, 1, 1);
    layout->setRowStretch(1, 1);

    // Rows line up one to one, so the sides scroll in step.
    connect(m_old->verticalScrollBar(), &QScrollBar::valueChanged, m_new->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_new->verticalScrollBar(), &QScrollBar::valueChanged, m_old->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_old->horizontalScrollBar(), &QScrollBar::valueChanged, m_new->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(m_new->horizontalScrollBar(), &QScrollBar::valueChanged, m_old->horizontalScrollBar(),
            &QScrollBar::setValue);
}

QColor DiffView::removedLineColor()
{
    return AppStyle::color(AppStyle::Color::DiffRemovedLine);
}

QColor DiffView::addedLineColor()
{
    return AppStyle::color(AppStyle::Color::DiffAddedLine);
}

QColor DiffView::removedWordColor()
{
    return AppStyle::color(AppStyle::Color::DiffRemovedWord);
}

QColor DiffView::addedWordColor()
{
    return AppStyle::color(AppStyle::Color::DiffAddedWord);
}

void DiffView::setRows(const QList<PromptDiff::Row> &rows, const QString &oldTitle, const QString &newTitle)
{
    m_oldTitle->setText(oldTitle);
    m_newTitle->setText(newTitle);
    QStringList oldLines;
    QStringList newLines;
    QList<int> oldNumbers;
    QList<int> newNumbers;
    for (const PromptDiff::Row &row : rows) {
        oldLines << (row.oldLine > 0 ? row.oldText : QString());
        newLines << (row.newLine > 0 ? row.newText : QString());
        oldNumbers << row.oldLine;
        newNumbers << row.newLine;
    }
    showSide(m_old, oldLines, oldNumbers, rows, true);
    showSide(m_new, newLines, newNumbers, rows, false);
}

void DiffView::clear()
{
    setRows({}, QString(), QString());
}

} // namespace tailor
