#include "profileimportdialog.h"

#include "backgroundtask.h"
#include "errorbox.h"
#include "profiles/profileimporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace tailor {

namespace {

constexpr int PreviewRows = 20;

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QCoreApplication::translate("tailor::ProfileImportDialog", "Detect automatically");
    case ImportFormat::MovieLens100k:
        return QCoreApplication::translate("tailor::ProfileImportDialog",
                                           "MovieLens 100K (u.data, u.item, u.user)");
    case ImportFormat::MovieLens1m:
        return QCoreApplication::translate("tailor::ProfileImportDialog", "MovieLens 1M/10M (.dat)");
    case ImportFormat::MovieLensCsv:
        return QCoreApplication::translate("tailor::ProfileImportDialog",
                                           "MovieLens CSV (ratings.csv, movies.csv)");
    case ImportFormat::Csv:
        return QCoreApplication::translate("tailor::ProfileImportDialog", "CSV with a header row");
    case ImportFormat::JsonLines:
        return QCoreApplication::translate("tailor::ProfileImportDialog", "JSON Lines");
    }
    return {};
}

} // namespace

ProfileImportDialog::ProfileImportDialog(std::shared_ptr<Workspace> workspace, QThreadPool *pool,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_pool(pool)
{
    setObjectName(QStringLiteral("profileImportDialog"));
    setWindowTitle(tr("Import profile data"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A file of interactions, items or users"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File:"), pathRow);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("importTarget"));
    m_target->addItem(tr("Interactions"), int(ImportTarget::Interactions));
    m_target->addItem(tr("Items"), int(ImportTarget::Items));
    m_target->addItem(tr("Users"), int(ImportTarget::Users));
    form->addRow(tr("The file holds:"), m_target);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    for (ImportFormat format : {ImportFormat::Auto, ImportFormat::MovieLens100k, ImportFormat::MovieLens1m,
                                ImportFormat::MovieLensCsv, ImportFormat::Csv, ImportFormat::JsonLines})
        m_format->addItem(formatName(format), int(format));
    form->addRow(tr("Format:"), m_format);
    layout->addLayout(form);

    m_previewNote = new QLabel(tr("Choose a file to see its first rows."), this);
    m_previewNote->setObjectName(QStringLiteral("importPreviewNote"));
    m_previewNote->setWordWrap(true);
    layout->addWidget(m_previewNote);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);

    m_skipBadRows =
        new QCheckBox(tr("Skip bad rows (write them to a rejects file) instead of importing nothing"), this);
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));
    layout->addWidget(m_skipBadRows);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("runImportButton"));
    m_importButton->setProperty("primary", true);
    m_cancelButton = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeImportButton"));
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ProfileImportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ProfileImportDialog::updatePreview);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ProfileImportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ProfileImportDialog::updatePreview);
    connect(m_importButton, &QPushButton::clicked, this, &ProfileImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel) {
            m_cancel->store(true);
            m_status->setText(tr("Cancelling at the next batch…"));
            m_cancelButton->setEnabled(false);
        }
    });
    connect(m_closeButton, &QPushButton::clicked, this, &ProfileImportDialog::reject);
    updateButtons();
}

ImportRequest ProfileImportDialog::request() const
{
    ImportRequest request;
    request.path = m_path->text().trimmed();
    request.target = ImportTarget(m_target->currentData().toInt());
    request.format = ImportFormat(m_format->currentData().toInt());
    request.skipBadRows = m_skipBadRows->isChecked();
    return request;
}

void ProfileImportDialog::reject()
{
    // The worker reports progress to this dialog: it stays until the import has ended.
    if (!m_running)
        QDialog::reject();
}

void ProfileImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profile data"), m_path->text(),
                                                      tr("Data files (*.csv *.tsv *.dat *.data *.item *.user "
                                                         "*.jsonl *.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ProfileImportDialog::updatePreview()
{
    const quint64 generation = ++m_previewGeneration;
    m_previewUsable = false;
    updateButtons();
    const ImportRequest request = this->request();
    if (request.path.isEmpty()) {
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_previewNote->setText(tr("Choose a file to see its first rows."));
        emit previewUpdated();
        return;
    }
    runInBackground(
        m_pool, this, [request] { return ProfileImporter::preview(request, PreviewRows); },
        [this, generation](Result<ImportPreview> preview) {
            if (generation != m_previewGeneration)
                return;
            m_preview->clear();
            if (!preview) {
                m_preview->setRowCount(0);
                m_preview->setColumnCount(0);
                m_previewNote->setText(preview.error().message);
                emit previewUpdated();
                return;
            }
            QStringList headers = preview->columns;
            headers.append(tr("Problem"));
            m_preview->setColumnCount(int(headers.size()));
            m_preview->setHorizontalHeaderLabels(headers);
            m_preview->setRowCount(int(preview->fields.size()));
            for (int row = 0; row < preview->fields.size(); ++row) {
                const QStringList &fields = preview->fields.at(row);
                for (int column = 0; column < fields.size() && column < preview->columns.size(); ++column)
                    m_preview->setItem(row, column, new QTableWidgetItem(fields.at(column)));
                if (row < preview->errors.size())
                    m_preview->setItem(row, int(headers.size()) - 1,
                                       new QTableWidgetItem(preview->errors.at(row)));
            }
            m_preview->resizeColumnsToContents();
            if (!preview->mappingError.isEmpty()) {
                m_previewNote->setText(preview->mappingError);
            } else {
                m_previewUsable = true;
                m_previewNote->setText(
                    tr("Format: %1 · %2")
                        .arg(formatName(preview->format), QLocale().formattedDataSize(preview->fileSize)));
            }
            updateButtons();
            emit previewUpdated();
        });
}

void ProfileImportDialog::startImport()
{
    if (m_running || !m_workspace)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Importing…"));
    updateButtons();
    QPointer<ProfileImportDialog> self(this);
    auto progress = [self](const ImportProgress &step) {
        // Runs on the worker: hand the numbers to the GUI thread.
        QMetaObject::invokeMethod(
            self.data(),
            [self, step] {
                if (!self)
                    return;
                if (step.bytesTotal > 0)
                    self->m_progress->setValue(int(1000 * step.bytesRead / step.bytesTotal));
                self->m_status->setText(
                    tr("%1: %Ln rows", nullptr, int(qMin<qint64>(step.rows, INT_MAX))).arg(step.phase));
            },
            Qt::QueuedConnection);
    };
    runInBackground(
        m_pool, this,
        [workspace = m_workspace, request = request(), cancel = m_cancel, progress] {
            auto report = workspace->profileImporter().run(request, progress, cancel.get());
            workspace->database().releaseThreadConnection();
            return report;
        },
        [this](Result<ImportReport> report) {
            m_running = false;
            m_cancel.reset();
            m_progress->hide();
            updateButtons();
            if (!report) {
                m_status->setText(tr("Nothing was imported."));
                ErrorBox::show(this, tr("Import failed"), report.error().message);
                emit finished();
                return;
            }
            QString text = tr("Imported %1: %L2 new, %L3 updated, %L4 duplicates, %L5 rejected.")
                               .arg(QFileInfo(report->file).fileName())
                               .arg(report->inserted)
                               .arg(report->updated)
                               .arg(report->duplicates)
                               .arg(report->rejected);
            if (!report->rejectsPath.isEmpty())
                text += QLatin1Char(' ') + tr("Rejected rows are in %1.").arg(report->rejectsPath);
            m_status->setText(text);
            emit imported(report.value());
            emit finished();
        });
}

void ProfileImportDialog::updateButtons()
{
    m_importButton->setEnabled(!m_running && m_previewUsable && m_workspace);
    m_cancelButton->setVisible(m_running);
    m_cancelButton->setEnabled(m_running);
    m_closeButton->setEnabled(!m_running);
    m_path->setEnabled(!m_running);
    m_target->setEnabled(!m_running);
    m_format->setEnabled(!m_running);
    m_skipBadRows->setEnabled(!m_running);
}

} // namespace tailor
