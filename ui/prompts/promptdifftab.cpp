#include "promptdifftab.h"

#include "promptspage.h"
#include "widgets/diffview.h"
#include "widgets/pagewidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tailor {

namespace {

// Shows a list as tall as its rows, up to `most` of them, and hides it when empty.
void fitToRows(QListWidget *list, int most)
{
    list->setVisible(list->count() > 0);
    if (list->count() == 0)
        return;
    int height = 2 * list->frameWidth() + 4;
    for (int row = 0; row < qMin(most, list->count()); ++row)
        height += list->sizeHintForRow(row);
    list->setFixedHeight(height);
}

} // namespace

PromptDiffTab::PromptDiffTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto *choice = new QHBoxLayout;
    choice->setSpacing(8);
    choice->addWidget(new QLabel(PromptsPage::tr("Compare"), this));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("diffFrom"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choice->addWidget(m_from);
    choice->addWidget(new QLabel(PromptsPage::tr("with"), this));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("diffTo"));
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choice->addWidget(m_to);
    choice->addStretch();
    layout->addLayout(choice);
    connect(m_from, &QComboBox::currentIndexChanged, this, &PromptDiffTab::updateDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &PromptDiffTab::updateDiff);

    m_changes = new QListWidget(this);
    m_changes->setObjectName(QStringLiteral("diffChanges"));
    layout->addWidget(m_changes);
    m_note = createNote(QString(), this);
    m_note->setObjectName(QStringLiteral("diffNote"));
    layout->addWidget(m_note);
    m_view = new DiffView(this);
    m_view->setObjectName(QStringLiteral("diffView"));
    layout->addWidget(m_view, 1);
}

void PromptDiffTab::clear()
{
    m_prompt.clear();
    m_versions.clear();
    m_contents.clear();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
}

void PromptDiffTab::setVersions(const QString &prompt, const QList<PromptVersion> &versions)
{
    if (prompt != m_prompt)
        m_contents.clear();
    m_prompt = prompt;
    m_versions = versions;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    for (const PromptVersion &version : versions) {
        QString text = PromptsPage::tr("Version %1").arg(version.version);
        if (!version.labels.isEmpty())
            text += QStringLiteral(" (") + version.labels.join(QStringLiteral(", ")) + QLatin1Char(')');
        m_from->addItem(text, version.version);
        m_to->addItem(text, version.version);
    }
}

void PromptDiffTab::chooseDefaults(int selected, int latest)
{
    if (m_versions.isEmpty())
        return;
    if (selected <= 0)
        selected = latest;
    int from = selected;
    const int to = latest;
    if (selected == latest) {
        // The newest version: compare it with the one before.
        qsizetype row = 0;
        while (row < m_versions.size() && m_versions.at(row).version != selected)
            ++row;
        from = row + 1 < m_versions.size() ? m_versions.at(row + 1).version : selected;
    }
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setCurrentIndex(m_from->findData(from));
        m_to->setCurrentIndex(m_to->findData(to));
    }
    updateDiff();
}

void PromptDiffTab::addContent(int version, const QString &text)
{
    m_contents.insert(version, text);
}

void PromptDiffTab::addContents(const QList<PromptVersion> &versions)
{
    for (const PromptVersion &version : versions)
        m_contents.insert(version.version, version.content);
    updateDiff();
}

void PromptDiffTab::updateDiff()
{
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    if (from <= 0 || to <= 0)
        return;
    if (m_versions.size() < 2) {
        m_changes->hide();
        m_note->setText(PromptsPage::tr("%1 has one version: save another to compare.").arg(m_prompt));
        m_view->clear();
        emit diffShown();
        return;
    }
    QList<int> missing;
    for (int version : {from, to}) {
        if (!m_contents.contains(version) && !missing.contains(version))
            missing << version;
    }
    if (!missing.isEmpty()) {
        emit contentsNeeded(m_prompt, missing);
        return;
    }

    auto diff = PromptDiff::compute(m_contents.value(from), m_contents.value(to));
    m_changes->clear();
    if (!diff) {
        m_changes->hide();
        m_note->setText(diff.error().message);
        m_view->clear();
        emit diffShown();
        return;
    }
    for (const PromptDiff::Change &change : diff->changes())
        m_changes->addItem(change.summary());
    fitToRows(m_changes, 4);
    QString note;
    if (from == to)
        note = PromptsPage::tr("Both sides show version %1.").arg(from);
    else if (diff->isEmpty())
        note = PromptsPage::tr("Versions %1 and %2 have the same content.").arg(from).arg(to);
    else if (!diff->bodyChanged())
        note = diff->changes().isEmpty()
                   ? PromptsPage::tr("The body is the same; the front matter differs only in comments "
                                     "or layout.")
                   : PromptsPage::tr("The body is the same; the front matter changes are listed above.");
    else
        note =
            diff->changes().isEmpty()
                ? PromptsPage::tr("The body lines of both versions, side by side; changed words are marked.")
                : PromptsPage::tr(
                      "Front matter changes above; the body lines side by side below, changed words marked.");
    m_note->setText(note);
    m_view->setRows(diff->rows(), PromptsPage::tr("Version %1").arg(from),
                    PromptsPage::tr("Version %1").arg(to));
    emit diffShown();
}

} // namespace tailor
