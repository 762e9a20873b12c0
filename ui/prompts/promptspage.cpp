#include "promptspage.h"

#include "movelabeldialog.h"
#include "newpromptdialog.h"
#include "promptdifftab.h"
#include "prompteditortab.h"
#include "prompthistorypane.h"
#include "prompttreemodel.h"
#include "prompttreepane.h"
#include "shell/errorbox.h"
#include "widgets/pagewidgets.h"
#include "widgets/promptpreview.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace tailor {

PromptsPage::PromptsPage(QThreadPool *workspacePool, QWidget *parent)
    : QWidget(parent)
    , m_pool(workspacePool)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 10);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(pageTitle(tr("Prompts"), this));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("promptStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_status, 1);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    auto *noWorkspace = new QWidget(m_stack);
    auto *noWorkspaceLayout = new QVBoxLayout(noWorkspace);
    auto *notice =
        new QLabel(tr("No workspace open — use File → New workspace or Open workspace."), noWorkspace);
    notice->setObjectName(QStringLiteral("emptyNotice"));
    notice->setAlignment(Qt::AlignCenter);
    auto *purpose =
        new QLabel(tr("Edit prompt templates, keep every version, label them, preview them rendered "
                      "and compare any two versions."),
                   noWorkspace);
    purpose->setObjectName(QStringLiteral("emptyText"));
    purpose->setAlignment(Qt::AlignCenter);
    purpose->setWordWrap(true);
    noWorkspaceLayout->addStretch(2);
    noWorkspaceLayout->addWidget(purpose);
    noWorkspaceLayout->addSpacing(10);
    noWorkspaceLayout->addWidget(notice, 0, Qt::AlignHCenter);
    noWorkspaceLayout->addStretch(3);
    m_stack->addWidget(noWorkspace);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(QStringLiteral("promptsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_treePane = new PromptTreePane(splitter);
    splitter->addWidget(m_treePane);
    splitter->addWidget(createDetailPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 660});
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connectChildren();
    setWorkspace(nullptr);
}

QWidget *PromptsPage::createDetailPane()
{
    m_detailStack = new QStackedWidget(this);
    auto *placeholder = new QWidget(m_detailStack);
    auto *placeholderLayout = new QVBoxLayout(placeholder);
    auto *choose = new QLabel(tr("Select a prompt in the tree to see its versions, edit it, preview it and "
                                 "compare versions."),
                              placeholder);
    choose->setObjectName(QStringLiteral("emptyText"));
    choose->setAlignment(Qt::AlignCenter);
    choose->setWordWrap(true);
    placeholderLayout->addStretch(2);
    placeholderLayout->addWidget(choose);
    placeholderLayout->addStretch(3);
    m_detailStack->addWidget(placeholder);

    auto *detail = new QWidget(m_detailStack);
    detail->setObjectName(QStringLiteral("promptDetail"));
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    m_promptTitle = new QLabel(detail);
    m_promptTitle->setObjectName(QStringLiteral("promptTitle"));
    m_promptTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long name must not squeeze the tree either: it clips, and the tooltip has it whole.
    m_promptTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    titleRow->addWidget(m_promptTitle, 1);
    m_saveButton = new QPushButton(tr("&Save version…"), detail);
    m_saveButton->setObjectName(QStringLiteral("saveVersionButton"));
    m_saveButton->setToolTip(tr("Save the editor's text as a new version (Ctrl+S)."));
    m_saveButton->setShortcut(QKeySequence::Save);
    markPrimary(m_saveButton);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveVersion(); });
    titleRow->addWidget(m_saveButton);
    layout->addLayout(titleRow);
    // Folder and versions go on a line of their own, where they fit in any language; long folder paths
    // wrap at their spaces and never widen the pane.
    m_promptInfo = new QLabel(detail);
    m_promptInfo->setObjectName(QStringLiteral("promptInfo"));
    m_promptInfo->setWordWrap(true);
    m_promptInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_promptInfo);

    auto *vertical = new QSplitter(Qt::Vertical, detail);
    vertical->setObjectName(QStringLiteral("detailSplitter"));
    vertical->setChildrenCollapsible(false);
    m_historyPane = new PromptHistoryPane(vertical);

    m_tabs = new QTabWidget(vertical);
    m_tabs->setObjectName(QStringLiteral("promptTabs"));
    m_tabs->setDocumentMode(true);
    m_editorTab = new PromptEditorTab(m_tabs);
    m_tabs->addTab(m_editorTab, tr("Edit"));
    m_preview = new PromptPreview(m_tabs);
    m_preview->setObjectName(QStringLiteral("promptPreview"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_diffTab = new PromptDiffTab(m_tabs);
    m_tabs->addTab(m_diffTab, tr("Diff"));

    vertical->addWidget(m_historyPane);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({210, 470});
    layout->addWidget(vertical, 1);
    m_detailStack->addWidget(detail);
    return m_detailStack;
}

void PromptsPage::connectChildren()
{
    connect(m_treePane, &PromptTreePane::promptChosen, this, &PromptsPage::promptChosen);
    connect(m_treePane, &PromptTreePane::newFolderRequested, this, &PromptsPage::newFolder);
    connect(m_treePane, &PromptTreePane::newPromptRequested, this, &PromptsPage::newPrompt);
    connect(m_treePane, &PromptTreePane::importRequested, this, &PromptsPage::importFiles);
    connect(m_treePane, &PromptTreePane::exportRequested, this, &PromptsPage::exportPrompts);

    connect(m_historyPane, &PromptHistoryPane::versionSelected, this,
            [this](int version) { m_diffTab->chooseDefaults(version, m_latestVersion); });
    connect(m_historyPane, &PromptHistoryPane::revertRequested, this, &PromptsPage::revertTo);
    connect(m_historyPane, &PromptHistoryPane::moveLabelRequested, this, &PromptsPage::moveLabel);
    connect(m_historyPane, &PromptHistoryPane::removeLabelRequested, this, &PromptsPage::removeLabel);

    connect(m_editorTab, &PromptEditorTab::textChanged, this, &PromptsPage::updateHeader);
    connect(m_editorTab, &PromptEditorTab::compiled, this, &PromptsPage::editorCompiled);

    connect(m_diffTab, &PromptDiffTab::contentsNeeded, this, &PromptsPage::loadContents);
    connect(m_diffTab, &PromptDiffTab::diffShown, this, &PromptsPage::diffShown);
}

void PromptsPage::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_generation.advance();
    m_promptGeneration.advance();
    m_workspace = std::move(workspace);
    m_prompt.clear();
    m_folder.clear();
    m_baseVersion = 0;
    m_latestVersion = 0;
    m_baseText.clear();
    m_saving = false;
    m_status->clear();
    m_treePane->clear();
    m_historyPane->clear();
    m_diffTab->clear();
    m_detailStack->setCurrentIndex(0);
    m_stack->setCurrentIndex(m_workspace ? 1 : 0);
    updateActions();
    if (m_workspace)
        reloadTree();
}

void PromptsPage::refresh()
{
    if (m_workspace)
        reloadTree(m_prompt);
}

void PromptsPage::selectPrompt(const QString &name)
{
    m_treePane->selectPrompt(name);
}

bool PromptsPage::hasUnsavedChanges() const
{
    return !m_prompt.isEmpty() && m_editorTab->text() != m_baseText;
}

PromptTreeModel *PromptsPage::treeModel() const
{
    return m_treePane->model();
}

void PromptsPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

// ---- tree -------------------------------------------------------------------------------------------

void PromptsPage::reloadTree(const QString &selectPath)
{
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [](Workspace &workspace) -> Result<TreeContents> {
            auto prompts = workspace.prompts().list();
            if (!prompts)
                return prompts.error();
            auto folders = workspace.prompts().folders();
            if (!folders)
                return folders.error();
            return TreeContents{std::move(prompts).value(), std::move(folders).value()};
        },
        [this, selectPath](Result<TreeContents> contents) {
            if (!contents) {
                ErrorBox::show(this, tr("Cannot list the prompts"), contents.error().message);
                return;
            }
            showTree(contents.value(), selectPath);
        });
}

void PromptsPage::showTree(const TreeContents &contents, const QString &selectPath)
{
    const QString chosen = m_treePane->showContents(contents.prompts, contents.folders, selectPath, m_prompt);
    updateActions();
    emit treeLoaded();

    // A prompt chosen by name (new, imported) opens as if clicked — unless the editor holds unsaved text,
    // which stays where it is.
    if (!chosen.isEmpty() && chosen != m_prompt) {
        if (!hasUnsavedChanges())
            openPrompt(chosen);
        else
            m_treePane->restoreSelection(m_prompt);
    }
}

void PromptsPage::promptChosen(const QString &name)
{
    if (name == m_prompt)
        return;
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("You changed %1 since version %2. Save your text as a new version before "
                           "opening %3?")
                            .arg(m_prompt)
                            .arg(m_baseVersion)
                            .arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel) {
            m_treePane->restoreSelection(m_prompt);
            return;
        }
        if (answer == QMessageBox::Save) {
            m_treePane->restoreSelection(m_prompt);
            saveVersion([this, name] { selectPrompt(name); });
            return;
        }
    }
    openPrompt(name);
}

// ---- one prompt ----------------------------------------------------------------------------------------

void PromptsPage::openPrompt(const QString &name, EditorText mode)
{
    m_promptGeneration.advance();
    runWorkspaceTask(
        m_pool, m_workspace, this, m_promptGeneration,
        [name](Workspace &workspace) -> Result<PromptDetails> {
            PromptRegistry &registry = workspace.prompts();
            auto latest = registry.resolve(name);
            if (!latest)
                return latest.error();
            auto versions = registry.versions(name);
            if (!versions)
                return versions.error();
            auto labels = registry.labels(name);
            if (!labels)
                return labels.error();
            auto history = registry.labelHistory(name);
            if (!history)
                return history.error();
            return PromptDetails{std::move(latest).value(), std::move(versions).value(),
                                 std::move(labels).value(), std::move(history).value()};
        },
        [this, mode](Result<PromptDetails> details) {
            if (!details) {
                ErrorBox::show(this, tr("Cannot open the prompt"), details.error().message);
                return;
            }
            showDetails(details.value(), mode);
        });
}

void PromptsPage::showDetails(const PromptDetails &details, EditorText mode)
{
    const bool samePrompt = details.latest.promptName == m_prompt;
    const bool keepEdits = samePrompt && mode == EditorText::KeepEdits && hasUnsavedChanges();
    const int previouslySelected =
        samePrompt ? (m_selectOnLoad > 0 ? m_selectOnLoad : m_historyPane->selectedVersion()) : 0;
    m_selectOnLoad = 0;
    if (!samePrompt)
        m_status->clear(); // a message about the previous prompt would read as if about this one

    m_prompt = details.latest.promptName;
    m_folder = details.latest.folder;
    m_latestVersion = details.latest.version;
    m_baseVersion = details.latest.version;
    m_baseText = details.latest.content;

    if (!keepEdits && m_editorTab->text() != details.latest.content)
        m_editorTab->setText(details.latest.content);
    m_editorTab->compile();
    if (!samePrompt)
        m_preview->resetInputs();

    m_diffTab->setVersions(m_prompt, details.versions);
    m_diffTab->addContent(details.latest.version, details.latest.content);
    m_historyPane->showHistory(details.versions, m_latestVersion, details.labels, details.history,
                               previouslySelected);
    m_diffTab->chooseDefaults(m_historyPane->selectedVersion(), m_latestVersion);
    m_detailStack->setCurrentIndex(1);
    updateHeader();
    updateActions();
    emit promptLoaded(m_prompt);
}

void PromptsPage::updateHeader()
{
    if (m_prompt.isEmpty())
        return;
    m_promptTitle->setText(m_prompt);
    m_promptTitle->setToolTip(m_prompt);
    const QString folder = m_folder.isEmpty() ? tr("no folder") : m_folder;
    QString info =
        tr("%1 · editing from version %2 of %3").arg(folder).arg(m_baseVersion).arg(m_latestVersion);
    if (hasUnsavedChanges())
        info += QStringLiteral(" · ") + tr("unsaved changes");
    m_promptInfo->setText(info);
}

void PromptsPage::updateActions()
{
    m_saveButton->setEnabled(m_workspace && !m_prompt.isEmpty() && !m_saving);
}

void PromptsPage::editorCompiled(const std::optional<CompiledPrompt> &prompt, const QString &problem)
{
    m_preview->setPrompt(prompt, problem);
    updateHeader();
    emit diagnosticsUpdated();
}

// ---- actions -----------------------------------------------------------------------------------------

void PromptsPage::newFolder()
{
    if (!m_workspace)
        return;
    const QString parent = m_treePane->selectedFolder();
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("New folder"),
                                               tr("Folder path (use / to nest folders):"), QLineEdit::Normal,
                                               parent.isEmpty() ? QString() : parent + QLatin1Char('/'), &ok)
                             .trimmed();
    if (!ok || path.isEmpty())
        return;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [path](Workspace &workspace) { return workspace.prompts().createFolder(path); },
        [this, path](Result<void> created) {
            if (!created) {
                ErrorBox::show(this, tr("Cannot create the folder"), created.error().message);
                return;
            }
            showStatus(tr("Created the folder %1.").arg(path));
            reloadTree(path);
        });
}

void PromptsPage::newPrompt()
{
    if (!m_workspace)
        return;
    NewPromptDialog dialog(m_treePane->model()->folderPaths(), m_treePane->selectedFolder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const QString folder = dialog.folder();
    const QString content = dialog.content();
    const QString message = tr("Created in Tailor");
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [=](Workspace &workspace) { return workspace.prompts().create(name, folder, content, message); },
        [this, name](Result<PromptVersion> created) {
            if (!created) {
                ErrorBox::show(this, tr("Cannot create the prompt"), created.error().message);
                return;
            }
            showStatus(tr("Created %1, version 1.").arg(name));
            reloadTree(name);
        });
}

void PromptsPage::importFiles()
{
    if (!m_workspace)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import prompts"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Prompty files (*.prompty);;All files (*)"));
    if (paths.isEmpty())
        return;
    const QString message = tr("Imported in Tailor");
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [paths, message](Workspace &workspace) { return workspace.prompts().importFiles(paths, message); },
        [this](Result<QList<ImportOutcome>> imported) {
            if (!imported) {
                ErrorBox::show(this, tr("Nothing was imported"), imported.error().message);
                return;
            }
            int created = 0;
            for (const ImportOutcome &outcome : imported.value())
                created += outcome.created ? 1 : 0;
            const int files = int(imported->size());
            showStatus((files == 1 ? tr("Imported 1 file") : tr("Imported %n files", nullptr, files)) +
                       QStringLiteral(": ") +
                       (created == 1 ? tr("1 new version.") : tr("%n new versions.", nullptr, created)));
            reloadTree(imported->isEmpty() ? QString() : imported->constLast().prompt);
        });
}

void PromptsPage::exportPrompts()
{
    if (!m_workspace)
        return;
    const QStringList names = m_treePane->selectedPromptNames();
    const QString directory = QFileDialog::getExistingDirectory(
        this,
        names.isEmpty() ? tr("Export all prompts to")
                        : (names.size() == 1 ? tr("Export %1 to").arg(names.constFirst())
                                             : tr("Export %n prompts to", nullptr, int(names.size()))),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (directory.isEmpty())
        return;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [directory, names](Workspace &workspace) {
            return workspace.prompts().exportTo(directory, names, {});
        },
        [this, directory](Result<QStringList> written) {
            if (!written) {
                ErrorBox::show(this, tr("Cannot export the prompts"), written.error().message);
                return;
            }
            const int count = int(written->size());
            showStatus((count == 1 ? tr("Exported 1 prompt to %1.")
                                   : tr("Exported %n prompts to %1.", nullptr, count))
                           .arg(QDir::toNativeSeparators(directory)));
        });
}

void PromptsPage::saveVersion(const std::function<void()> &then)
{
    if (!m_workspace || m_prompt.isEmpty() || m_saving)
        return;
    bool ok = false;
    const QString message =
        QInputDialog::getText(
            this, tr("Save version"),
            tr("Save %1 as version %2. Describe what changed:").arg(m_prompt).arg(m_baseVersion + 1),
            QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    const QString name = m_prompt;
    const QString text = m_editorTab->text();
    const int base = m_baseVersion;
    m_saving = true;
    updateActions();
    showStatus(tr("Saving…"));
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name, base, text, message](Workspace &workspace) {
            return workspace.prompts().save(name, base, text, message);
        },
        [this, name, then](Result<SaveOutcome> saved) {
            m_saving = false;
            updateActions();
            if (name != m_prompt)
                return;
            if (!saved) {
                showStatus(
                    saved.error().kind == Error::Kind::Conflict
                        ? tr("Not saved: your text is still in the editor. Compare it in the Diff tab, "
                             "then save again.")
                        : tr("Not saved: your text is still in the editor."));
                ErrorBox::show(this, tr("Cannot save the prompt"), saved.error().message);
                if (saved.error().kind == Error::Kind::Conflict) {
                    // Show the newer versions; the text stays and the next save goes on top of them.
                    openPrompt(name, EditorText::KeepEdits);
                }
                return;
            }
            if (!saved->created) {
                showStatus(
                    tr("No changes: version %1 already has this content.").arg(saved->version.version));
                m_baseText = m_editorTab->text();
                updateHeader();
                if (then)
                    then();
                return;
            }
            showStatus(tr("Saved version %1 of %2.").arg(saved->version.version).arg(name));
            m_baseText = saved->version.content;
            m_selectOnLoad = saved->version.version;
            reloadTree(name);
            openPrompt(name, EditorText::KeepEdits);
            if (then)
                then();
        });
}

void PromptsPage::revertTo(int version)
{
    if (!m_workspace || m_prompt.isEmpty() || version <= 0 || version == m_latestVersion)
        return;
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("Reverting replaces the text in the editor with version %1. Your unsaved changes "
                           "will be lost.")
                            .arg(version),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    const QString name = m_prompt;
    const int base = m_latestVersion;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name, version, base](Workspace &workspace) {
            return workspace.prompts().revert(name, version, base, QString());
        },
        [this, name, version](Result<SaveOutcome> reverted) {
            if (!reverted) {
                ErrorBox::show(this, tr("Cannot revert"), reverted.error().message);
                return;
            }
            showStatus(tr("Version %1 restores the content of version %2.")
                           .arg(reverted->version.version)
                           .arg(version));
            if (name == m_prompt)
                m_selectOnLoad = reverted->version.version;
            reloadTree(name);
            openPrompt(name, EditorText::Replace);
        });
}

void PromptsPage::moveLabel(int version)
{
    if (!m_workspace || m_prompt.isEmpty() || version <= 0)
        return;
    QStringList labels = m_historyPane->labels().keys();
    for (const QString &known : {QStringLiteral("staging"), QStringLiteral("production")}) {
        if (!labels.contains(known))
            labels << known;
    }
    MoveLabelDialog dialog(m_prompt, version, labels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = m_prompt;
    const QString label = dialog.label();
    const QString note = dialog.note();
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name, label, version, note](Workspace &workspace) {
            return workspace.prompts().moveLabel(name, label, version, note);
        },
        [this, name, label, version](Result<void> moved) {
            if (!moved) {
                ErrorBox::show(this, tr("Cannot move the label"), moved.error().message);
                return;
            }
            showStatus(tr("'%1' now points at version %2.").arg(label).arg(version));
            reloadTree(name);
            openPrompt(name, EditorText::KeepEdits);
        });
}

void PromptsPage::removeLabel(const QString &label)
{
    if (!m_workspace || m_prompt.isEmpty() || label.isEmpty())
        return;
    const QString name = m_prompt;
    runWorkspaceTask(
        m_pool, m_workspace, this, m_generation,
        [name, label](Workspace &workspace) { return workspace.prompts().removeLabel(name, label); },
        [this, name, label](Result<void> removed) {
            if (!removed) {
                ErrorBox::show(this, tr("Cannot remove the label"), removed.error().message);
                return;
            }
            showStatus(tr("Removed the label '%1'.").arg(label));
            reloadTree(name);
            openPrompt(name, EditorText::KeepEdits);
        });
}

void PromptsPage::loadContents(const QString &name, const QList<int> &versions)
{
    runWorkspaceTask(
        m_pool, m_workspace, this, m_promptGeneration,
        [name, versions](Workspace &workspace) -> Result<QList<PromptVersion>> {
            QList<PromptVersion> found;
            for (int number : versions) {
                auto version = workspace.prompts().version(name, number);
                if (!version)
                    return version.error();
                found << version.value();
            }
            return found;
        },
        [this](Result<QList<PromptVersion>> found) {
            if (!found) {
                ErrorBox::show(this, tr("Cannot read the versions"), found.error().message);
                return;
            }
            m_diffTab->addContents(found.value());
        });
}

} // namespace tailor
