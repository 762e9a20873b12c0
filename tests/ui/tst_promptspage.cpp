// PromptsPage: the tree and its search, creating folders and prompts through the dialogs, inline diagnostics,
// saving (new version, identical content, stale base), revert, labels and their history, the diff and the
// live preview — each driven through the real widgets against a temporary SQLite workspace.
#include "prompts/newpromptdialog.h"
#include "prompts/promptspage.h"
#include "prompts/prompttreemodel.h"
#include "prompts/promptversionmodel.h"
#include "storage/databaseurl.h"
#include "widgets/diffview.h"
#include "widgets/promptpreview.h"
#include "widgets/templateeditor.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontMetrics>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <functional>

using namespace tailor;

namespace {

// Runs `handle` on the next modal dialog once it shows; exec() in the page blocks until the dialog closes.
void onNextModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, handle = std::move(handle)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
    });
    timer->start();
}

void clickOk(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Answers an input dialog (folder path, version message) by typing into its line edit.
void answerInputDialog(const QString &text)
{
    onNextModal([text](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
        clickOk(dialog);
    });
}

bool proxyContains(const QAbstractItemModel *model, const QString &path, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(PromptTreeModel::PathRole).toString() == path)
            return true;
        if (proxyContains(model, path, index))
            return true;
    }
    return false;
}

bool hasSelection(TemplateEditor *editor, const QString &text, const QColor &background)
{
    for (const QTextEdit::ExtraSelection &selection : editor->extraSelections()) {
        if (selection.cursor.selectedText() == text && selection.format.background().color() == background)
            return true;
    }
    return false;
}

} // namespace

class TestPromptsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void treeShowsShippedPromptsInFolders();
    void searchFiltersByNameAndFolder();
    void longNamesElideAtTheirEndWithTheWholeNameInTheTooltip();
    void createsFolderAndPromptThroughDialogs();
    void editingShowsUndeclaredVariableInline();
    void editingShowsALiteralSecretMaskedAtItsPosition();
    void savingCreatesVersionTwo();
    void savingIdenticalContentSaysNoChanges();
    void staleSaveShowsConflictAndKeepsText();
    void switchingWithUnsavedChangesAsks();
    void revertCreatesVersionWithOldContent();
    void savingSelectsTheNewVersion();
    void statusOfOnePromptIsClearedWhenAnotherOpens();
    void diagnosticsSayTheirPositionOnceAndKeepTheCursorInView();
    void movingCustomLabelAddsHistoryRow();
    void editorCannotMoveProduction();
    void diffMarksChangedWords();
    void previewRendersSampleInputs();
    void withoutWorkspaceSaysHowToOpenOne();

private:
    std::shared_ptr<Workspace> openAs(const QString &operatorName);
    bool showAndWait(PromptsPage &page, const std::shared_ptr<Workspace> &workspace);
    bool openPrompt(PromptsPage &page, const QString &name);
    // Saves a second version of `name` ("Answer in JSON only." added) and opens the prompt on the page.
    bool openWithTwoVersions(PromptsPage &page, const std::shared_ptr<Workspace> &workspace,
                             const QString &name);
    QMessageBox *waitForErrorBox(PromptsPage &page);

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    QThreadPool m_pool;
};

void TestPromptsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_pool.setMaxThreadCount(1);
}

void TestPromptsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("w.tailor")));
    auto created = Workspace::init(m_url, QStringLiteral("alice"));
    QVERIFY2(created, qPrintable(created.error().message));
}

void TestPromptsPage::cleanup()
{
    m_pool.waitForDone();
    m_dir.reset();
}

std::shared_ptr<Workspace> TestPromptsPage::openAs(const QString &operatorName)
{
    auto workspace = Workspace::open(m_url, Workspace::OpenOptions{true, operatorName});
    return workspace ? workspace.value() : nullptr;
}

bool TestPromptsPage::showAndWait(PromptsPage &page, const std::shared_ptr<Workspace> &workspace)
{
    QSignalSpy loaded(&page, &PromptsPage::treeLoaded);
    page.resize(1100, 760);
    page.show();
    page.setWorkspace(workspace);
    return loaded.wait(10000);
}

bool TestPromptsPage::openPrompt(PromptsPage &page, const QString &name)
{
    QSignalSpy loaded(&page, &PromptsPage::promptLoaded);
    page.selectPrompt(name);
    return loaded.wait(10000) && page.currentPrompt() == name;
}

bool TestPromptsPage::openWithTwoVersions(PromptsPage &page, const std::shared_ptr<Workspace> &workspace,
                                          const QString &name)
{
    const QString v1 = workspace->prompts().resolve(name)->content;
    return workspace->prompts().save(name, 1, v1 + QStringLiteral("Answer in JSON only.\n"),
                                     QStringLiteral("json")) &&
           showAndWait(page, workspace) && openPrompt(page, name);
}

QMessageBox *TestPromptsPage::waitForErrorBox(PromptsPage &page)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (box = page.findChild<QMessageBox *>(QStringLiteral("errorBox"))) != nullptr; }, 10000);
    return shown ? box : nullptr;
}

void TestPromptsPage::treeShowsShippedPromptsInFolders()
{
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    const int shipped =
        int(QDir(QStringLiteral(":/prompts")).entryList({QStringLiteral("*.prompty")}, QDir::Files).size());
    QVERIFY(shipped >= 8);
    PromptTreeModel *model = page.treeModel();
    QCOMPARE(model->promptCount(), shipped);

    const QModelIndex ranking = model->indexOfPrompt(QStringLiteral("candidate-ranking"));
    QVERIFY(ranking.isValid());
    QCOMPARE(ranking.parent().data().toString(), QStringLiteral("ranking"));
    QCOMPARE(ranking.parent().parent().data().toString(), QStringLiteral("recommendation"));
    QCOMPARE(ranking.siblingAtColumn(PromptTreeModel::VersionColumn).data().toString(), QStringLiteral("v1"));
    QCOMPARE(model->promptNamesUnder(model->indexOfFolder(QStringLiteral("llm-rec"))).size(), 4);

    auto *tree = page.findChild<QTreeView *>(QStringLiteral("promptTree"));
    QVERIFY(tree->isVisible());
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("promptCount"))
                ->text()
                .startsWith(QStringLiteral("%1 prompts").arg(shipped)));
}

void TestPromptsPage::searchFiltersByNameAndFolder()
{
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("promptSearch"));
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("promptTree"));
    QTest::keyClicks(search, QStringLiteral("JUDGE"));
    QVERIFY(proxyContains(tree->model(), QStringLiteral("pairwise-judge")));
    QVERIFY(!proxyContains(tree->model(), QStringLiteral("candidate-ranking")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("llm-rec"));
    QVERIFY(proxyContains(tree->model(), QStringLiteral("item-description-basic")));
    QVERIFY(proxyContains(tree->model(), QStringLiteral("item-description-engagement")));
    QVERIFY(!proxyContains(tree->model(), QStringLiteral("pairwise-judge")));

    search->clear();
    QVERIFY(proxyContains(tree->model(), QStringLiteral("pairwise-judge")));
}

void TestPromptsPage::longNamesElideAtTheirEndWithTheWholeNameInTheTooltip()
{
    auto workspace = openAs(QStringLiteral("alice"));
    const QString prefix = QStringLiteral("returning-customers-spring-newsletter-recommendations-");
    const QStringList names = {prefix + QStringLiteral("by-genre"), prefix + QStringLiteral("by-decade")};
    for (const QString &name : names)
        QVERIFY(workspace->prompts().create(name, QStringLiteral("campaigns"),
                                            NewPromptDialog::starterTemplate(name), QStringLiteral("test")));
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, workspace));
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("promptTree"));
    // Read from the start, as names are; never cut in the middle, where such names differ from others.
    QCOMPARE(tree->textElideMode(), Qt::ElideRight);
    QVERIFY(!tree->itemDelegateForColumn(PromptTreeModel::NameColumn));
    QStringList tooltips;
    for (const QString &name : names) {
        const QModelIndex index = qobject_cast<QSortFilterProxyModel *>(tree->model())
                                      ->mapFromSource(page.treeModel()->indexOfPrompt(name));
        QVERIFY(index.isValid());
        // Too long for the column: the tree cuts it, so the tooltip is what tells the two apart.
        QVERIFY(QFontMetrics(tree->font()).horizontalAdvance(name) > tree->visualRect(index).width());
        const QString tooltip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.startsWith(name), qPrintable(tooltip));
        tooltips << tooltip;
    }
    QVERIFY(tooltips.at(0) != tooltips.at(1));
}

void TestPromptsPage::createsFolderAndPromptThroughDialogs()
{
    auto workspace = openAs(QStringLiteral("alice"));
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, workspace));

    QSignalSpy treeLoaded(&page, &PromptsPage::treeLoaded);
    answerInputDialog(QStringLiteral("campaigns/spring"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newFolderButton")), Qt::LeftButton);
    QVERIFY(treeLoaded.wait(10000));
    QVERIFY(page.treeModel()->indexOfFolder(QStringLiteral("campaigns/spring")).isValid());
    auto folders = workspace->prompts().folders();
    QVERIFY(folders && folders->contains(QStringLiteral("campaigns/spring")));

    // The new folder is selected, so the new prompt goes there unless the user picks another.
    QSignalSpy promptLoaded(&page, &PromptsPage::promptLoaded);
    onNextModal([](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("newPromptDialog"));
        auto *folder = modal->findChild<QComboBox *>(QStringLiteral("newPromptFolder"));
        QCOMPARE(folder->currentText(), QStringLiteral("campaigns/spring"));
        auto *name = modal->findChild<QLineEdit *>(QStringLiteral("newPromptName"));
        QTest::keyClicks(name, QStringLiteral("bad name!"));
        auto *problem = modal->findChild<QLabel *>(QStringLiteral("newPromptProblem"));
        QVERIFY(problem->text().contains(QLatin1String("not a valid prompt name")));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("spring-digest"));
        clickOk(modal);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newPromptButton")), Qt::LeftButton);
    QVERIFY(promptLoaded.wait(10000));
    QCOMPARE(page.currentPrompt(), QStringLiteral("spring-digest"));

    auto versions = workspace->prompts().versions(QStringLiteral("spring-digest"));
    QVERIFY2(versions, qPrintable(versions.error().message));
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->constFirst().folder, QStringLiteral("campaigns/spring"));
    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    QVERIFY(editor->toPlainText().contains(QLatin1String("{{interests}}")));
    // The starter template is valid and strict-clean.
    QVERIFY(!page.findChild<QListWidget *>(QStringLiteral("diagnosticsList"))->isVisible());
    QVERIFY(page.treeModel()->indexOfPrompt(QStringLiteral("spring-digest")).parent() ==
            page.treeModel()->indexOfFolder(QStringLiteral("campaigns/spring")));
}

void TestPromptsPage::editingShowsUndeclaredVariableInline()
{
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    QVERIFY(openPrompt(page, QStringLiteral("candidate-ranking")));
    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    auto *list = page.findChild<QListWidget *>(QStringLiteral("diagnosticsList"));
    QCOMPARE(list->count(), 0);

    QSignalSpy updated(&page, &PromptsPage::diagnosticsUpdated);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Mind the {{shoe_size}}."));
    QVERIFY(updated.wait(5000));
    QVERIFY(page.hasUnsavedChanges());

    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QLatin1String("shoe_size")), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(QLatin1String("error")));
    QVERIFY(list->isVisible());

    bool underlined = false;
    for (const QTextEdit::ExtraSelection &selection : editor->extraSelections()) {
        underlined = underlined || (selection.cursor.selectedText().contains(QLatin1String("shoe_size")) &&
                                    selection.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
                                    selection.format.underlineColor() == TemplateEditor::errorColor());
    }
    QVERIFY(underlined);

    // Clicking the finding puts the cursor on it.
    editor->moveCursor(QTextCursor::Start);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QVERIFY(editor->textCursor().block().text().contains(QLatin1String("{{shoe_size}}")));

    // Undo takes the edit back and the finding goes with it.
    auto *undo = page.findChild<QToolButton *>(QStringLiteral("undoButton"));
    QVERIFY(undo->isEnabled());
    while (undo->isEnabled())
        QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(!page.hasUnsavedChanges());
    QVERIFY(updated.wait(5000));
    QCOMPARE(list->count(), 0);
}

void TestPromptsPage::editingShowsALiteralSecretMaskedAtItsPosition()
{
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    QVERIFY(openPrompt(page, QStringLiteral("candidate-ranking")));
    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    auto *list = page.findChild<QListWidget *>(QStringLiteral("diagnosticsList"));
    QSignalSpy updated(&page, &PromptsPage::diagnosticsUpdated);
    const QString key = QStringLiteral("sk-proj-Qa81Xw72Vb63Nc54Md45");
    editor->setPlainText(QStringLiteral("---\nname: leaky\nmodel:\n  configuration:\n    api_key: ") + key +
                         QStringLiteral("\n---\nuser:\nhi\n"));
    QVERIFY(updated.wait(5000));

    QCOMPARE(list->count(), 1);
    const QString shown = list->item(0)->text();
    // The message names its own position, so the list does not put it in front a second time.
    QVERIFY2(shown.contains(QLatin1String("at line 5, column 14")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("Line 5, column 14")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("holds a literal secret ('sk-p…')")), qPrintable(shown));
    QVERIFY2(!shown.contains(key.mid(4)), qPrintable(shown));
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &selection : editor->extraSelections())
        underlined = underlined || (selection.cursor.selectedText() == key &&
                                    selection.format.underlineColor() == TemplateEditor::errorColor());
    QVERIFY(underlined);
    for (QLabel *label : page.findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(key.mid(4)), qPrintable(label->text()));
}

void TestPromptsPage::diagnosticsSayTheirPositionOnceAndKeepTheCursorInView()
{
    PromptsPage page(&m_pool);
    page.resize(1200, 760);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    QVERIFY(openPrompt(page, QStringLiteral("candidate-ranking")));
    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    auto *list = page.findChild<QListWidget *>(QStringLiteral("diagnosticsList"));
    QVERIFY(list->isHidden());

    // Fill the editor so that its last line, where the cursor is, sits at the bottom of the view.
    QString text = editor->toPlainText();
    for (int line = 0; line < 200; ++line)
        text += QStringLiteral("Line %1 of the filler.\n").arg(line);
    editor->setPlainText(text);
    editor->moveCursor(QTextCursor::End);
    editor->ensureCursorVisible();
    QSignalSpy updated(&page, &PromptsPage::diagnosticsUpdated);
    QVERIFY(updated.wait(5000));
    QVERIFY(list->isHidden());
    const int editorHeight = editor->height();

    QTest::keyClicks(editor, QStringLiteral("Mind the {{shoe_size}}"));
    QVERIFY(updated.wait(5000));
    QVERIFY(list->isVisible());
    QVERIFY(editor->height() < editorHeight); // the list took its room from the editor...
    QTRY_VERIFY2(editor->viewport()->rect().contains(editor->cursorRect()),
                 "the line being typed went out of view"); // ...but the typed line stays in sight
    const int listHeight = list->height();

    // A finding whose message has no position gets it in front; one whose message has it does not.
    const QString shown = list->item(0)->text();
    QVERIFY2(shown.contains(QStringLiteral("at line %1, column").arg(editor->blockCount())),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("Line ")), qPrintable(shown));

    // More findings do not make the list taller: its height does not follow what it holds.
    QTest::keyClicks(editor, QStringLiteral(" and {{hat_size}} and {{belt_size}}"));
    QVERIFY(updated.wait(5000));
    QVERIFY(list->count() >= 3);
    QCOMPARE(list->height(), listHeight);
}

void TestPromptsPage::savingCreatesVersionTwo()
{
    auto workspace = openAs(QStringLiteral("alice"));
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, workspace));
    const QString name = QStringLiteral("item-description-basic");
    QVERIFY(openPrompt(page, name));
    QCOMPARE(page.baseVersion(), 1);

    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    editor->setPlainText(editor->toPlainText().replace(QStringLiteral("Paraphrase it."),
                                                       QStringLiteral("Paraphrase it in two sentences.")));
    QSignalSpy loaded(&page, &PromptsPage::promptLoaded);
    answerInputDialog(QStringLiteral("Shorter answers"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveVersionButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));

    auto versions = workspace->prompts().versions(name);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->constFirst().version, 2);
    QCOMPARE(versions->constFirst().message, QStringLiteral("Shorter answers"));
    QCOMPARE(versions->constFirst().author, QStringLiteral("alice"));
    QCOMPARE(page.baseVersion(), 2);
    QVERIFY(!page.hasUnsavedChanges());
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, PromptVersionModel::MessageColumn).data().toString(),
             QStringLiteral("Shorter answers"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("promptStatus"))
                ->text()
                .contains(QLatin1String("version 2")));
    QTRY_COMPARE(page.treeModel()
                     ->indexOfPrompt(name)
                     .siblingAtColumn(PromptTreeModel::VersionColumn)
                     .data()
                     .toString(),
                 QStringLiteral("v2"));
}

void TestPromptsPage::savingIdenticalContentSaysNoChanges()
{
    auto workspace = openAs(QStringLiteral("alice"));
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, workspace));
    const QString name = QStringLiteral("next-item");
    QVERIFY(openPrompt(page, name));
    auto *status = page.findChild<QLabel *>(QStringLiteral("promptStatus"));
    answerInputDialog(QStringLiteral("nothing"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveVersionButton")), Qt::LeftButton);
    QTRY_COMPARE(status->text(), QStringLiteral("No changes: version 1 already has this content."));
    QCOMPARE(workspace->prompts().versions(name)->size(), 1);
}

void TestPromptsPage::staleSaveShowsConflictAndKeepsText()
{
    auto workspace = openAs(QStringLiteral("alice"));
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, workspace));
    const QString name = QStringLiteral("pairwise-judge");
    QVERIFY(openPrompt(page, name));
    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    const QString original = editor->toPlainText();

    // Someone else saves version 2 from their own Tailor while this editor still starts from version 1.
    {
        auto other = openAs(QStringLiteral("alice"));
        QVERIFY(other);
        auto saved =
            other->prompts().save(name, 1, original + QStringLiteral("Be brief.\n"), QStringLiteral("other"));
        QVERIFY2(saved && saved->created, qPrintable(saved.error().message));
        other->database().releaseThreadConnection();
    }

    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("Explain your choice."));
    const QString mine = editor->toPlainText();
    QSignalSpy loaded(&page, &PromptsPage::promptLoaded);
    answerInputDialog(QStringLiteral("mine"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveVersionButton")), Qt::LeftButton);

    QMessageBox *box = waitForErrorBox(page);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("changed while you edited it")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("version 2")));
    box->close();
    QCOMPARE(editor->toPlainText(), mine);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("promptStatus"))
                ->text()
                .contains(QLatin1String("still in the editor")));

    // The page then shows version 2 and keeps the text; nothing of either edit is lost.
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(editor->toPlainText(), mine);
    QVERIFY(page.hasUnsavedChanges());
    QCOMPARE(page.baseVersion(), 2);
    auto latest = workspace->prompts().resolve(name);
    QVERIFY(latest);
    QCOMPARE(latest->version, 2);
    QVERIFY(latest->content.endsWith(QLatin1String("Be brief.\n")));
}

void TestPromptsPage::switchingWithUnsavedChangesAsks()
{
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    QVERIFY(openPrompt(page, QStringLiteral("next-item")));
    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("draft"));
    const QString draft = editor->toPlainText();

    bool asked = false;
    onNextModal([&asked](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("unsavedChangesBox"));
        asked = box->text().contains(QLatin1String("next-item"));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    page.selectPrompt(QStringLiteral("user-profile"));
    QVERIFY(asked);
    QCOMPARE(page.currentPrompt(), QStringLiteral("next-item"));
    QCOMPARE(editor->toPlainText(), draft);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("promptTree"));
    QCOMPARE(tree->currentIndex().data(PromptTreeModel::PathRole).toString(), QStringLiteral("next-item"));
}

void TestPromptsPage::revertCreatesVersionWithOldContent()
{
    auto workspace = openAs(QStringLiteral("alice"));
    const QString name = QStringLiteral("user-profile");
    const QString v1 = workspace->prompts().resolve(name)->content;
    PromptsPage page(&m_pool);
    QVERIFY(openWithTwoVersions(page, workspace, name));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionTable"));
    auto *revert = page.findChild<QPushButton *>(QStringLiteral("revertButton"));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(!revert->isEnabled()); // the latest version is selected
    table->selectRow(1);
    QVERIFY(revert->isEnabled());

    QTest::mouseClick(revert, Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    auto versions = workspace->prompts().versions(name);
    QCOMPARE(versions->size(), 3);
    QCOMPARE(versions->constFirst().revertedFrom, 1);
    QCOMPARE(workspace->prompts().version(name, 3)->content, v1);
    QTRY_COMPARE(page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"))->toPlainText(), v1);
    // The registry's default message is not repeated beside the version it names.
    QCOMPARE(table->model()->index(0, PromptVersionModel::MessageColumn).data().toString(),
             QStringLiteral("restores version 1"));
    QCOMPARE(page.baseVersion(), 3);
    // The new version is the selected one, so the next action acts on it and not on version 1.
    QTRY_COMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), 0);
    QVERIFY(!revert->isEnabled());

    // An operator's own message keeps the version it restores beside it.
    QVERIFY(workspace->prompts().revert(name, 2, 3, QStringLiteral("back to JSON")));
    PromptVersionModel model;
    model.setVersions(workspace->prompts().versions(name).value());
    QCOMPARE(model.index(0, PromptVersionModel::MessageColumn).data().toString(),
             QStringLiteral("back to JSON (restores version 2)"));
}

void TestPromptsPage::savingSelectsTheNewVersion()
{
    auto workspace = openAs(QStringLiteral("alice"));
    PromptsPage page(&m_pool);
    QVERIFY(openWithTwoVersions(page, workspace, QStringLiteral("user-profile")));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionTable"));
    table->selectRow(1); // version 1, as someone about to compare or revert would

    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    editor->setPlainText(editor->toPlainText() + QStringLiteral("Be brief.\n"));
    QSignalSpy loaded(&page, &PromptsPage::promptLoaded);
    answerInputDialog(QStringLiteral("brief"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveVersionButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));

    QCOMPARE(table->model()->rowCount(), 3);
    QTRY_COMPARE(table->selectionModel()->selectedRows().size(), 1);
    const QModelIndex selected = table->selectionModel()->selectedRows().constFirst();
    QCOMPARE(selected.siblingAtColumn(PromptVersionModel::VersionColumn).data().toInt(), 3);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("revertButton"))->isEnabled());
}

void TestPromptsPage::statusOfOnePromptIsClearedWhenAnotherOpens()
{
    auto workspace = openAs(QStringLiteral("alice"));
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, workspace));
    const QString name = QStringLiteral("item-description-basic");
    QVERIFY(openPrompt(page, name));
    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    editor->setPlainText(editor->toPlainText() + QStringLiteral("Be brief.\n"));
    QSignalSpy loaded(&page, &PromptsPage::promptLoaded);
    answerInputDialog(QStringLiteral("brief"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveVersionButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    auto *status = page.findChild<QLabel *>(QStringLiteral("promptStatus"));
    QVERIFY2(status->text().contains(QLatin1String("version 2")), qPrintable(status->text()));

    QVERIFY(openPrompt(page, QStringLiteral("next-item")));
    QCOMPARE(status->text(), QString());
}

void TestPromptsPage::movingCustomLabelAddsHistoryRow()
{
    auto workspace = openAs(QStringLiteral("alice"));
    const QString name = QStringLiteral("next-item");
    QVERIFY(workspace->prompts().save(name, 1,
                                      workspace->prompts().resolve(name)->content + QStringLiteral("More.\n"),
                                      QStringLiteral("more")));
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, workspace));
    QVERIFY(openPrompt(page, name));
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionTable"));
    table->selectRow(1); // version 1
    auto *history = page.findChild<QTableWidget *>(QStringLiteral("labelHistoryTable"));
    QCOMPARE(history->rowCount(), 0);

    onNextModal([](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("moveLabelDialog"));
        auto *label = modal->findChild<QComboBox *>(QStringLiteral("labelName"));
        QTest::keyClicks(label->lineEdit(), QStringLiteral("candidate"));
        QTest::keyClicks(modal->findChild<QLineEdit *>(QStringLiteral("labelNote")),
                         QStringLiteral("for the A/B"));
        clickOk(modal);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("moveLabelButton")), Qt::LeftButton);
    QTRY_COMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 0)->text(), QStringLiteral("candidate"));
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("new → 1"));
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("alice"));
    QCOMPARE(history->item(0, 4)->text(), QStringLiteral("for the A/B"));
    auto *labels = page.findChild<QTableWidget *>(QStringLiteral("labelsTable"));
    QCOMPARE(labels->rowCount(), 1);
    QCOMPARE(labels->item(0, 1)->text(), QStringLiteral("1"));
    QCOMPARE(workspace->prompts().labels(name)->value(QStringLiteral("candidate")), 1);
    QTRY_COMPARE(page.treeModel()
                     ->indexOfPrompt(name)
                     .siblingAtColumn(PromptTreeModel::LabelsColumn)
                     .data()
                     .toString(),
                 QStringLiteral("candidate@1"));

    // Removing it is history too.
    labels->selectRow(0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeLabelButton")), Qt::LeftButton);
    QTRY_COMPARE(history->rowCount(), 2);
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("1 → removed"));
    QCOMPARE(labels->rowCount(), 0);
}

void TestPromptsPage::editorCannotMoveProduction()
{
    {
        auto admin = openAs(QStringLiteral("alice"));
        QVERIFY(admin->operators().grant(QStringLiteral("bob"), Role::Editor));
        admin->database().releaseThreadConnection();
    }
    auto bob = openAs(QStringLiteral("bob"));
    QCOMPARE(bob->role(), Role::Editor);
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, bob));
    const QString name = QStringLiteral("candidate-ranking");
    QVERIFY(openPrompt(page, name));

    onNextModal([](QWidget *modal) {
        auto *label = modal->findChild<QComboBox *>(QStringLiteral("labelName"));
        label->setCurrentText(QString());
        QTest::keyClicks(label->lineEdit(), QStringLiteral("production"));
        QVERIFY(modal->findChild<QLabel *>(QStringLiteral("labelHint"))
                    ->text()
                    .contains(QLatin1String("protected")));
        clickOk(modal);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("moveLabelButton")), Qt::LeftButton);
    QMessageBox *box = waitForErrorBox(page);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("'production' is a protected label")),
             qPrintable(box->text()));
    box->close();
    QVERIFY(bob->prompts().labelHistory(name)->isEmpty());
    QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("labelHistoryTable"))->rowCount(), 0);
}

void TestPromptsPage::diffMarksChangedWords()
{
    auto workspace = openAs(QStringLiteral("alice"));
    const QString name = QStringLiteral("candidate-ranking");
    const QString v1 = workspace->prompts().resolve(name)->content;
    QVERIFY(v1.contains(QLatin1String("You are a recommender system.")));
    QString v2 = v1;
    v2.replace(QStringLiteral("You are a recommender system."), QStringLiteral("You are a ranking system."));
    QVERIFY(workspace->prompts().save(name, 1, v2, QStringLiteral("one word")));

    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, workspace));
    QSignalSpy diffShown(&page, &PromptsPage::diffShown);
    QVERIFY(openPrompt(page, name));
    QTRY_VERIFY(!diffShown.isEmpty());
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("promptTabs"));
    tabs->setCurrentIndex(2);
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("diffFrom"))->currentData().toInt(), 1);
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("diffTo"))->currentData().toInt(), 2);

    auto *view = page.findChild<DiffView *>(QStringLiteral("diffView"));
    QVERIFY(view->isVisible());
    QVERIFY(hasSelection(view->oldSide(), QStringLiteral("recommender"), DiffView::removedWordColor()));
    QVERIFY(hasSelection(view->newSide(), QStringLiteral("ranking"), DiffView::addedWordColor()));
    QVERIFY(!hasSelection(view->newSide(), QStringLiteral("system"), DiffView::addedWordColor()));
    // Both sides hold the same number of rows, so they line up.
    QCOMPARE(view->oldSide()->document()->blockCount(), view->newSide()->document()->blockCount());
}

void TestPromptsPage::previewRendersSampleInputs()
{
    PromptsPage page(&m_pool);
    QVERIFY(showAndWait(page, openAs(QStringLiteral("alice"))));
    QVERIFY(openPrompt(page, QStringLiteral("candidate-ranking")));
    page.findChild<QTabWidget *>(QStringLiteral("promptTabs"))->setCurrentIndex(1);

    auto *preview = page.findChild<PromptPreview *>(QStringLiteral("promptPreview"));
    auto *messages = page.findChild<QTextBrowser *>(QStringLiteral("previewMessages"));
    const QString text = messages->toPlainText();
    QVERIFY2(text.contains(QLatin1String("The Matrix (1999)")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("System")));
    QVERIFY(text.contains(QLatin1String("[4] Aliens (1986)")));
    QVERIFY(!text.contains(QLatin1String("{{")));
    QVERIFY(preview->tokenEstimate() > 0);
    QVERIFY(preview->characterCount() > 0);
    QVERIFY(
        page.findChild<QLabel *>(QStringLiteral("previewStats"))->text().contains(QLatin1String("token")));
    // The preview promises nothing that is not built: no label speaks of what comes later.
    for (QLabel *label : preview->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QLatin1String("comes with")), qPrintable(label->text()));

    // Bad JSON says where; a mistyped input is reported by core's checks.
    auto *inputs = page.findChild<QPlainTextEdit *>(QStringLiteral("previewInputs"));
    auto *jsonError = page.findChild<QLabel *>(QStringLiteral("previewJsonError"));
    QSignalSpy rendered(preview, &PromptPreview::rendered);
    inputs->setPlainText(QStringLiteral("{\"top_k\": "));
    QVERIFY(rendered.wait(5000));
    QVERIFY(jsonError->isVisible());
    QVERIFY(jsonError->text().contains(QLatin1String("not valid JSON")));
    inputs->setPlainText(QStringLiteral("{\"top_k\": \"three\", \"history\": [], \"candidates\": []}"));
    QVERIFY(rendered.wait(5000));
    QVERIFY(!jsonError->isVisible());
    auto *inputDiagnostics = page.findChild<QListWidget *>(QStringLiteral("previewInputDiagnostics"));
    QVERIFY(inputDiagnostics->isVisible());
    QVERIFY(inputDiagnostics->item(0)->text().contains(QLatin1String("top_k")));

    // Edits in the editor show in the preview after the pause.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("previewResetInputs")), Qt::LeftButton);
    auto *editor = page.findChild<TemplateEditor *>(QStringLiteral("templateEditor"));
    editor->setPlainText(editor->toPlainText().replace(QStringLiteral("Only rank the given candidates."),
                                                       QStringLiteral("Rank wisely.")));
    QTRY_VERIFY(messages->toPlainText().contains(QLatin1String("Rank wisely.")));
}

void TestPromptsPage::withoutWorkspaceSaysHowToOpenOne()
{
    PromptsPage page(&m_pool);
    page.show();
    auto *notice = page.findChild<QLabel *>(QStringLiteral("emptyNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("No workspace open")));
    QVERIFY(!page.findChild<QTreeView *>(QStringLiteral("promptTree"))->isVisible());
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("pageTitle"))->text(), QStringLiteral("Prompts"));
}

QTEST_MAIN(TestPromptsPage)
#include "tst_promptspage.moc"
