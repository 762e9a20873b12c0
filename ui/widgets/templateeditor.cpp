#include "templateeditor.h"

#include "appstyle.h"
#include "prompthighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace tailor {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(TemplateEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    TemplateEditor *m_editor;
};

TemplateEditor::TemplateEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(qMax(9.5, font.pointSizeF()));
    setFont(font);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 2);
    m_highlighter = new PromptHighlighter(document());
    m_gutter = new LineNumberArea(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &TemplateEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &TemplateEditor::updateGutter);
    updateGutterWidth();
}

QColor TemplateEditor::errorColor()
{
    return AppStyle::color(AppStyle::Color::ErrorMark);
}

QColor TemplateEditor::warningColor()
{
    return AppStyle::color(AppStyle::Color::WarningMark);
}

int TemplateEditor::gutterWidth() const
{
    int largest = qMax(1, blockCount());
    for (int number : m_lineNumbers)
        largest = qMax(largest, number);
    int digits = 1;
    for (; largest >= 10; largest /= 10)
        ++digits;
    return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(2, digits);
}

void TemplateEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void TemplateEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void TemplateEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void TemplateEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), AppStyle::color(AppStyle::Color::GutterBackground));
    painter.setPen(AppStyle::color(AppStyle::Color::GutterLine));
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1,
                     event->rect().bottom());
    painter.setPen(AppStyle::color(AppStyle::Color::GutterText));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = m_lineNumbers.isEmpty() ? block.blockNumber() + 1
                               : block.blockNumber() < m_lineNumbers.size()
                                   ? m_lineNumbers.at(block.blockNumber())
                                   : 0;
            if (number > 0)
                painter.drawText(0, top, m_gutter->width() - 7, fontMetrics().height(), Qt::AlignRight,
                                 QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void TemplateEditor::setLineNumbers(const QList<int> &numbers)
{
    m_lineNumbers = numbers;
    updateGutterWidth();
    m_gutter->update();
}

void TemplateEditor::setDiagnostics(const QList<PromptDiagnostic> &diagnostics)
{
    m_diagnosticSelections.clear();
    m_diagnosticMessages.clear();
    for (const PromptDiagnostic &diagnostic : diagnostics) {
        if (diagnostic.line <= 0)
            continue;
        const QTextBlock block = document()->findBlockByNumber(diagnostic.line - 1);
        if (!block.isValid())
            continue;
        const QString text = block.text();
        int start = qBound(0, diagnostic.column - 1, int(text.size()));
        int end = start;
        if (diagnostic.column <= 0) {
            start = 0;
            end = int(text.size());
        } else if (text.mid(start, 2) == QLatin1String("{{")) {
            // A tag: underline it whole.
            const qsizetype close = text.indexOf(QLatin1String("}}"), start + 2);
            end = close < 0 ? int(text.size()) : int(close) + 2;
            if (end < text.size() && text.at(end) == QLatin1Char('}'))
                ++end;
        } else {
            while (end < text.size() &&
                   (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_') ||
                    text.at(end) == QLatin1Char('.') || text.at(end) == QLatin1Char('-')))
                ++end;
            if (end == start)
                end = qMin(int(text.size()), start + 1);
        }
        if (end == start) {
            // An empty line or a position past the end: mark the line's end so there is something to see.
            start = qMax(0, start - 1);
            end = qMax(end, start + 1);
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + start);
        selection.cursor.setPosition(block.position() + qMin(end, int(text.size())), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(diagnostic.isError() ? errorColor() : warningColor());
        m_diagnosticSelections.append(selection);
        m_diagnosticMessages.append(diagnostic.message);
    }
    applySelections();
}

bool TemplateEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Hovering an underline says what is wrong there.
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(viewport()->mapFromParent(help->pos())).position();
        QStringList messages;
        for (qsizetype i = 0; i < m_diagnosticSelections.size(); ++i) {
            const QTextCursor &cursor = m_diagnosticSelections.at(i).cursor;
            if (position >= cursor.selectionStart() && position <= cursor.selectionEnd())
                messages << m_diagnosticMessages.at(i);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void TemplateEditor::setDecorations(const QList<QTextEdit::ExtraSelection> &decorations)
{
    m_decorations = decorations;
    applySelections();
}

void TemplateEditor::applySelections()
{
    setExtraSelections(m_decorations + m_diagnosticSelections);
}

void TemplateEditor::jumpTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

} // namespace tailor
