// DiffView shows two versions of a prompt body side by side from PromptDiff::rows(): the old text left, the
// new text right, each with its own file line numbers, removed lines tinted red on the left, added lines
// green on the right, and the words that changed inside a changed line in a stronger tint. Both sides scroll
// together.
#pragma once

#include "prompts/promptdiff.h"

#include <QWidget>

class QLabel;

namespace tailor {

class TemplateEditor;

class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setRows(const QList<PromptDiff::Row> &rows, const QString &oldTitle, const QString &newTitle);
    void clear();

    TemplateEditor *oldSide() const { return m_old; }
    TemplateEditor *newSide() const { return m_new; }

    static QColor removedLineColor();
    static QColor addedLineColor();
    static QColor removedWordColor();
    static QColor addedWordColor();

private:
    QLabel *m_oldTitle = nullptr;
    QLabel *m_newTitle = nullptr;
    TemplateEditor *m_old = nullptr;
    TemplateEditor *m_new = nullptr;
};

} // namespace tailor
