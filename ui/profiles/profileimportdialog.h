// ProfileImportDialog imports one file of interactions, items or users: the operator picks the file, what it
// holds and its format (or lets core detect it), sees the first rows as the import would read them, maps the
// columns of a generic CSV or JSON Lines file to what Tailor needs (pre-filled with core's guesses; the
// preview follows every change), and runs the import on the workspace pool with a progress bar and a Cancel
// button that stops it at the next batch. The dialog fills the same ImportRequest the CLI builds from its
// flags, and shows the equivalent tailor-cli command. Core's messages are shown as they are; nothing of a
// failed or cancelled import is kept.
#pragma once

#include "profiles/importrequest.h"
#include "workspace/workspace.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThreadPool;

namespace tailor {

class ProfileImportDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileImportDialog(std::shared_ptr<Workspace> workspace, QThreadPool *pool, QWidget *parent = nullptr);

    ImportRequest request() const;
    // tailor-cli arguments (after the program name) that make the same request.
    QStringList commandArguments() const { return importCommandArguments(request()); }
    bool isRunning() const { return m_running; }
    // The preview allows an import: the file reads and the mapping names every required column.
    bool mappingIsValid() const { return m_previewUsable; }

signals:
    // The preview table shows the chosen file's first rows (or why it cannot), mapped as the editor says.
    void previewUpdated();
    // An import committed; the profiles changed.
    void imported(const tailor::ImportReport &report);
    // An import ended: committed, failed or cancelled.
    void finished();

protected:
    void reject() override;

private:
    struct RoleEditor
    {
        ImportTarget target;
        QString ColumnMapping::*field;
        bool required;
        QString label;
        QComboBox *combo;
    };

    void browse();
    void updatePreview();
    void showPreview(const ImportPreview &preview);
    void fillMappingEditor(const ImportPreview &preview);
    void mappingEdited();
    void updateCommand();
    void startImport();
    void updateButtons();
    QString roleOfColumn(const ImportPreview &preview, const QString &column) const;

    std::shared_ptr<Workspace> m_workspace;
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    quint64 m_previewGeneration = 0;
    bool m_previewUsable = false;
    bool m_fillingEditor = false;
    // The columns the operator chose (empty roles: core guesses); reset when the file, target or format
    // change.
    ColumnMapping m_chosen;
    QString m_mappingKey;

    QLineEdit *m_path = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_format = nullptr;
    QWidget *m_mappingBox = nullptr;
    QLabel *m_fixedMapping = nullptr;
    QStackedWidget *m_mappingPages = nullptr;
    QList<RoleEditor> m_roles;
    QComboBox *m_timeUnit = nullptr;
    QLineEdit *m_defaultKind = nullptr;
    QLineEdit *m_categorySeparator = nullptr;
    QWidget *m_defaultConsentRow = nullptr;
    QComboBox *m_defaultConsent = nullptr;
    QTableWidget *m_attributeColumns = nullptr;
    QLabel *m_mappingError = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QLabel *m_command = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace tailor
