// PromptDiffTab is the Prompts page's Diff tab: any two versions of the open prompt side by side with the
// changed words marked, and the front matter's changes listed above. It keeps the versions' texts it was
// given; for one it does not hold it asks the page (contentsNeeded), which reads it from the workspace and
// hands it over with addContents().
#pragma once

#include "prompts/promptregistry.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace tailor {

class DiffView;

class PromptDiffTab : public QWidget
{
    Q_OBJECT

public:
    explicit PromptDiffTab(QWidget *parent = nullptr);

    // Forgets the prompt, its versions and their texts (another workspace).
    void clear();
    // The prompt's versions (newest first) to choose from; texts of another prompt are forgotten.
    void setVersions(const QString &prompt, const QList<PromptVersion> &versions);
    // Compares `selected` with the newest version, or the newest with the one before when `selected` is
    // the newest or none (0).
    void chooseDefaults(int selected, int latest);
    // Texts of versions, from the page; the diff is shown again.
    void addContents(const QList<PromptVersion> &versions);
    void addContent(int version, const QString &text);

signals:
    // The chosen versions' texts are needed; the page answers with addContents().
    void contentsNeeded(const QString &prompt, const QList<int> &versions);
    // The view shows the chosen versions.
    void diffShown();

private:
    void updateDiff();

    QString m_prompt;
    QList<PromptVersion> m_versions;
    QHash<int, QString> m_contents; // version → text

    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QListWidget *m_changes = nullptr;
    QLabel *m_note = nullptr;
    DiffView *m_view = nullptr;
};

} // namespace tailor
