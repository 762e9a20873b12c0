// ProfileImportDialog imports one file of interactions, items or users: the operator picks the file, what it
// holds and its format (or lets core detect it), sees the first rows as the import would read them, and runs
// the import on the workspace pool with a progress bar and a Cancel button that stops it at the next batch.
// Core's messages are shown as they are; nothing of a failed or cancelled import is kept.
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
class QTableWidget;
class QThreadPool;

namespace tailor {

class ProfileImportDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileImportDialog(std::shared_ptr<Workspace> workspace, QThreadPool *pool, QWidget *parent = nullptr);

    ImportRequest request() const;
    bool isRunning() const { return m_running; }

signals:
    // The preview table shows the chosen file's first rows (or why it cannot).
    void previewUpdated();
    // An import committed; the profiles changed.
    void imported(const tailor::ImportReport &report);
    // An import ended: committed, failed or cancelled.
    void finished();

protected:
    void reject() override;

private:
    void browse();
    void updatePreview();
    void startImport();
    void updateButtons();

    std::shared_ptr<Workspace> m_workspace;
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    quint64 m_previewGeneration = 0;
    bool m_previewUsable = false;

    QLineEdit *m_path = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_format = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace tailor
