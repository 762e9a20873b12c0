// PromptHistoryPane shows one prompt's history on the Prompts page: its versions (who saved each, when,
// why, and the labels on it), its labels and the label history, as tabs, with the actions on the selected
// version or label. It asks the page to act — revert, move or remove a label — and the page, which talks to
// the workspace, shows the outcome by loading the history again.
#pragma once

#include "prompts/promptregistry.h"

#include <QMap>
#include <QWidget>

class QPushButton;
class QTableView;
class QTableWidget;

namespace tailor {

class PromptVersionModel;

class PromptHistoryPane : public QWidget
{
    Q_OBJECT

public:
    explicit PromptHistoryPane(QWidget *parent = nullptr);

    // Shows a prompt's versions (newest first; `latestVersion` on top), labels and label moves, and selects
    // `selectVersion` (the newest when it is not among them).
    void showHistory(const QList<PromptVersion> &versions, int latestVersion,
                     const QMap<QString, int> &labels, const QList<LabelMove> &history, int selectVersion);
    // No prompt: every action is off.
    void clear();

    // The version selected in the list; 0 for none.
    int selectedVersion() const;
    // The prompt's labels and the versions they point at.
    const QMap<QString, int> &labels() const { return m_labels; }

signals:
    // Another version was selected in the list.
    void versionSelected(int version);
    void revertRequested(int version);
    void moveLabelRequested(int version);
    void removeLabelRequested(const QString &label);

private:
    QWidget *createVersionsTab();
    QWidget *createLabelsTab();
    QString selectedLabel() const;
    void updateActions();

    bool m_open = false;
    int m_latestVersion = 0;
    QMap<QString, int> m_labels;

    QTableView *m_versionTable = nullptr;
    PromptVersionModel *m_versionModel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QTableWidget *m_labelsTable = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QPushButton *m_moveLabelButton = nullptr;
    QPushButton *m_removeLabelButton = nullptr;
};

} // namespace tailor
