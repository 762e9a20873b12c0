#include "profileimportdialog.h"

#include "appstyle.h"
#include "profiles/profileimporter.h"
#include "shell/errorbox.h"
#include "text/controlcharacters.h"
#include "workspacetask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace tailor {

namespace {

constexpr int PreviewRows = 20;

// The attribute table's columns.
enum AttributeColumn
{
    AttributeName,
    AttributeKeep,
    AttributePersonal
};

QString missingStyle()
{
    return QStringLiteral("QComboBox { border: 1px solid %1; border-radius: 3px; padding: 1px 6px; }")
        .arg(AppStyle::color(AppStyle::Color::ErrorBorder).name());
}

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

bool hasFixedLayout(ImportFormat format)
{
    return format == ImportFormat::MovieLens100k || format == ImportFormat::MovieLens1m ||
           format == ImportFormat::MovieLensCsv;
}

// An argument as a POSIX shell reads it back.
QString shellQuoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=,@%+-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QComboBox *roleCombo(const char *objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
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
    resize(940, 720);
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

    auto *kindRow = new QHBoxLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("importTarget"));
    m_target->addItem(tr("Interactions"), int(ImportTarget::Interactions));
    m_target->addItem(tr("Items"), int(ImportTarget::Items));
    m_target->addItem(tr("Users"), int(ImportTarget::Users));
    kindRow->addWidget(m_target);
    kindRow->addSpacing(16);
    kindRow->addWidget(new QLabel(tr("Format:"), this));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    for (ImportFormat format : {ImportFormat::Auto, ImportFormat::MovieLens100k, ImportFormat::MovieLens1m,
                                ImportFormat::MovieLensCsv, ImportFormat::Csv, ImportFormat::JsonLines})
        m_format->addItem(formatName(format), int(format));
    kindRow->addWidget(m_format);
    kindRow->addStretch(1);
    form->addRow(tr("The file holds:"), kindRow);
    layout->addLayout(form);

    // Column mapping: one page of role combos per target, the attribute columns beside them.
    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    mappingBox->setObjectName(QStringLiteral("mappingBox"));
    m_mappingBox = mappingBox;
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    m_fixedMapping = new QLabel(mappingBox);
    m_fixedMapping->setObjectName(QStringLiteral("fixedMappingNote"));
    m_fixedMapping->setWordWrap(true);
    m_fixedMapping->hide();
    mappingLayout->addWidget(m_fixedMapping);

    auto *editorRow = new QHBoxLayout;
    m_mappingPages = new QStackedWidget(mappingBox);
    m_mappingPages->setObjectName(QStringLiteral("mappingPages"));
    struct Role
    {
        ImportTarget target;
        QString ColumnMapping::*field;
        bool required;
        const char *label;
        const char *objectName;
    };
    const Role roles[] = {
        {ImportTarget::Interactions, &ColumnMapping::user, true,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "User id"), "mapUser"},
        {ImportTarget::Interactions, &ColumnMapping::item, true,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "Item id"), "mapItem"},
        {ImportTarget::Interactions, &ColumnMapping::timestamp, true,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "Timestamp"), "mapTimestamp"},
        {ImportTarget::Interactions, &ColumnMapping::kind, false,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "Event kind"), "mapKind"},
        {ImportTarget::Interactions, &ColumnMapping::value, false,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "Value"), "mapValue"},
        {ImportTarget::Items, &ColumnMapping::id, true,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "Item id"), "mapItemId"},
        {ImportTarget::Items, &ColumnMapping::title, false,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "Title"), "mapTitle"},
        {ImportTarget::Items, &ColumnMapping::categories, false,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "Categories"), "mapCategories"},
        {ImportTarget::Users, &ColumnMapping::id, true,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "User id"), "mapUserId"},
        {ImportTarget::Users, &ColumnMapping::consent, false,
         QT_TRANSLATE_NOOP("tailor::ProfileImportDialog", "Consent"), "mapConsent"},
    };
    QList<QGridLayout *> grids;
    for (int page = 0; page < 3; ++page) {
        auto *widget = new QWidget(m_mappingPages);
        auto *grid = new QGridLayout(widget);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(8);
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(3, 1);
        m_mappingPages->addWidget(widget);
        grids << grid;
    }
    QList<int> placed(3, 0);
    for (const Role &role : roles) {
        const int page = int(role.target);
        QWidget *widget = m_mappingPages->widget(page);
        const QString label = tr(role.label);
        auto *combo = roleCombo(role.objectName, widget);
        combo->setToolTip(role.required ? tr("Required: the file's column for %1").arg(label)
                                        : tr("Optional: the file's column for %1").arg(label));
        const int index = placed[page]++;
        grids[page]->addWidget(new QLabel(role.required ? tr("%1 *").arg(label) : label, widget), index / 2,
                               (index % 2) * 2);
        grids[page]->addWidget(combo, index / 2, (index % 2) * 2 + 1);
        m_roles.append({role.target, role.field, role.required, label, combo});
        connect(combo, &QComboBox::activated, this, &ProfileImportDialog::mappingEdited);
    }

    QGridLayout *interactions = grids[int(ImportTarget::Interactions)];
    m_timeUnit = new QComboBox(m_mappingPages);
    m_timeUnit->setObjectName(QStringLiteral("timestampUnit"));
    m_timeUnit->addItem(tr("detect (seconds, milliseconds or ISO 8601)"), int(TimestampUnit::Auto));
    m_timeUnit->addItem(tr("seconds since 1970"), int(TimestampUnit::Seconds));
    m_timeUnit->addItem(tr("milliseconds since 1970"), int(TimestampUnit::Milliseconds));
    m_timeUnit->addItem(tr("ISO 8601 date and time"), int(TimestampUnit::Iso8601));
    interactions->addWidget(new QLabel(tr("Timestamps are"), m_mappingPages), 2, 2);
    interactions->addWidget(m_timeUnit, 2, 3);
    m_defaultKind = new QLineEdit(m_mappingPages);
    m_defaultKind->setObjectName(QStringLiteral("defaultKind"));
    m_defaultKind->setText(ColumnMapping().defaultKind);
    m_defaultKind->setToolTip(tr("The event kind of rows when the file has no kind column"));
    interactions->addWidget(new QLabel(tr("Kind if no column"), m_mappingPages), 3, 0);
    interactions->addWidget(m_defaultKind, 3, 1);
    interactions->setRowStretch(4, 1);

    QGridLayout *items = grids[int(ImportTarget::Items)];
    m_categorySeparator = new QLineEdit(m_mappingPages);
    m_categorySeparator->setObjectName(QStringLiteral("categorySeparator"));
    m_categorySeparator->setText(ColumnMapping().categorySeparator);
    m_categorySeparator->setMaxLength(4);
    m_categorySeparator->setToolTip(tr("What separates the categories inside the categories column"));
    items->addWidget(new QLabel(tr("Category separator"), m_mappingPages), 1, 2);
    items->addWidget(m_categorySeparator, 1, 3);
    items->setRowStretch(2, 1);

    grids[int(ImportTarget::Users)]->setRowStretch(1, 1);
    editorRow->addWidget(m_mappingPages, 1);

    m_attributeColumns = new QTableWidget(0, 3, mappingBox);
    m_attributeColumns->setObjectName(QStringLiteral("attributeColumns"));
    m_attributeColumns->setHorizontalHeaderLabels({tr("Other column"), tr("Keep"), tr("Personal data")});
    m_attributeColumns->verticalHeader()->hide();
    m_attributeColumns->verticalHeader()->setDefaultSectionSize(22);
    m_attributeColumns->horizontalHeader()->setSectionResizeMode(AttributeName, QHeaderView::Stretch);
    m_attributeColumns->horizontalHeader()->setSectionResizeMode(AttributeKeep,
                                                                 QHeaderView::ResizeToContents);
    m_attributeColumns->horizontalHeader()->setSectionResizeMode(AttributePersonal,
                                                                 QHeaderView::ResizeToContents);
    m_attributeColumns->setSelectionMode(QAbstractItemView::NoSelection);
    m_attributeColumns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributeColumns->setToolTip(tr("Columns not mapped above: keep them as attributes, and mark those "
                                      "holding personal data (masked unless an operator may reveal them)"));
    m_attributeColumns->setMaximumHeight(130);
    m_attributeColumns->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editorRow->addWidget(m_attributeColumns, 1);
    mappingLayout->addLayout(editorRow);

    // Users: also for MovieLens files, which have no consent column at all.
    m_defaultConsentRow = new QWidget(mappingBox);
    auto *consentRow = new QHBoxLayout(m_defaultConsentRow);
    consentRow->setContentsMargins(0, 0, 0, 0);
    m_defaultConsent = new QComboBox(m_defaultConsentRow);
    m_defaultConsent->setObjectName(QStringLiteral("defaultConsent"));
    for (const Consent consent : {Consent::Unknown, Consent::Granted, Consent::Refused})
        m_defaultConsent->addItem(consentName(consent), int(consent));
    m_defaultConsent->setToolTip(tr("The consent of new users when the file has no consent column"));
    consentRow->addWidget(
        new QLabel(tr("Consent of new users when the file has no consent column:"), m_defaultConsentRow));
    consentRow->addWidget(m_defaultConsent);
    consentRow->addStretch(1);
    m_defaultConsentRow->hide();
    mappingLayout->addWidget(m_defaultConsentRow);

    m_mappingError = new QLabel(mappingBox);
    m_mappingError->setObjectName(QStringLiteral("mappingError"));
    m_mappingError->setWordWrap(true);
    m_mappingError->setStyleSheet(AppStyle::textStyle(AppStyle::Color::ErrorText));
    m_mappingError->hide();
    mappingLayout->addWidget(m_mappingError);
    mappingBox->hide();
    layout->addWidget(mappingBox);

    m_previewNote = new QLabel(tr("Choose a file to see its first rows."), this);
    m_previewNote->setObjectName(QStringLiteral("importPreviewNote"));
    m_previewNote->setWordWrap(true);
    layout->addWidget(m_previewNote);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_preview, 1);

    m_command = new QLabel(this);
    m_command->setObjectName(QStringLiteral("importCommand"));
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setToolTip(tr("The same import from the command line"));
    m_command->setStyleSheet(AppStyle::textStyle(AppStyle::Color::MutedText));
    layout->addWidget(m_command);

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
    // An action, not the accept role: a button box makes its first accept button the default when shown,
    // and Enter in any field would press it.
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("runImportButton"));
    m_importButton->setProperty("primary", true);
    m_cancelButton = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeImportButton"));
    layout->addWidget(buttons);
    // Enter never starts an import (nor browses): Import is pressed deliberately, after the mapping is read.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    connect(browse, &QPushButton::clicked, this, &ProfileImportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ProfileImportDialog::updatePreview);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ProfileImportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ProfileImportDialog::updatePreview);
    connect(m_timeUnit, &QComboBox::activated, this, &ProfileImportDialog::mappingEdited);
    connect(m_defaultKind, &QLineEdit::editingFinished, this, &ProfileImportDialog::mappingEdited);
    connect(m_categorySeparator, &QLineEdit::editingFinished, this, &ProfileImportDialog::mappingEdited);
    connect(m_defaultConsent, &QComboBox::activated, this, &ProfileImportDialog::mappingEdited);
    connect(m_attributeColumns, &QTableWidget::itemChanged, this, [this] {
        if (!m_fillingEditor)
            mappingEdited();
    });
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ProfileImportDialog::updateCommand);
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
    request.mapping = m_chosen;
    request.mapping.timestampUnit = TimestampUnit(m_timeUnit->currentData().toInt());
    const QString kind = m_defaultKind->text().trimmed().toLower();
    if (!kind.isEmpty())
        request.mapping.defaultKind = kind;
    if (!m_categorySeparator->text().isEmpty())
        request.mapping.categorySeparator = m_categorySeparator->text();
    if (request.target == ImportTarget::Users)
        request.defaultConsent = consentFromStored(m_defaultConsent->currentData().toInt());
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

void ProfileImportDialog::mappingEdited()
{
    if (m_fillingEditor)
        return;
    const ImportTarget target = ImportTarget(m_target->currentData().toInt());
    for (const RoleEditor &role : std::as_const(m_roles)) {
        if (role.target == target)
            m_chosen.*role.field = role.combo->currentData().toString();
    }
    QStringList kept;
    QStringList personal;
    bool all = true;
    for (int row = 0; row < m_attributeColumns->rowCount(); ++row) {
        const QString column = m_attributeColumns->item(row, AttributeName)->text();
        if (m_attributeColumns->item(row, AttributeKeep)->checkState() == Qt::Checked)
            kept << column;
        else
            all = false;
        if (m_attributeColumns->item(row, AttributePersonal)->checkState() == Qt::Checked)
            personal << column;
    }
    // Every column kept is the default ("every column not mapped"): it stays right when the mapping changes.
    m_chosen.attributes = all ? QStringList() : kept;
    m_chosen.piiFields = personal;
    updatePreview();
}

void ProfileImportDialog::updatePreview()
{
    const quint64 generation = ++m_previewGeneration;
    m_previewUsable = false;
    const QString key = m_path->text().trimmed() + QLatin1Char('\n') + m_target->currentData().toString() +
                        QLatin1Char('\n') + m_format->currentData().toString();
    if (key != m_mappingKey) {
        // Another file, target or format: its columns are guessed afresh.
        m_mappingKey = key;
        m_chosen = ColumnMapping();
        m_status->clear(); // the last import's outcome is not this file's
    }
    updateButtons();
    const ImportRequest request = this->request();
    if (request.path.isEmpty()) {
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_mappingBox->hide();
        m_command->clear();
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
                m_mappingBox->hide();
                m_command->clear();
                m_previewNote->setText(preview.error().message);
                updateButtons();
                emit previewUpdated();
                return;
            }
            fillMappingEditor(preview.value());
            showPreview(preview.value());
            updateButtons();
            emit previewUpdated();
        });
}

QString ProfileImportDialog::roleOfColumn(const ImportPreview &preview, const QString &column) const
{
    const ImportTarget target = ImportTarget(m_target->currentData().toInt());
    for (const RoleEditor &role : m_roles) {
        if (role.target == target && preview.mapping.*role.field == column)
            return role.label.toLower();
    }
    if (target == ImportTarget::Interactions ||
        (!preview.mapping.attributes.isEmpty() && !preview.mapping.attributes.contains(column)))
        return tr("not imported");
    return preview.mapping.piiFields.contains(column) ? tr("personal data") : tr("attribute");
}

void ProfileImportDialog::fillMappingEditor(const ImportPreview &preview)
{
    m_fillingEditor = true;
    const ImportTarget target = ImportTarget(m_target->currentData().toInt());
    const bool fixed = hasFixedLayout(preview.format);
    m_mappingBox->show();
    m_mappingPages->setCurrentIndex(int(target));
    // Only the shown page asks for room, so the attribute table beside it is not squeezed.
    for (int page = 0; page < m_mappingPages->count(); ++page)
        m_mappingPages->widget(page)->setSizePolicy(
            page == int(target) ? QSizePolicy::Preferred : QSizePolicy::Ignored, QSizePolicy::Preferred);
    // A fixed layout is not the operator's to change: the note above says what each column holds.
    m_mappingPages->setVisible(!fixed);
    m_attributeColumns->setVisible(!fixed && target != ImportTarget::Interactions);
    m_attributeColumns->setColumnHidden(AttributePersonal, target != ImportTarget::Users);
    m_fixedMapping->setVisible(fixed);
    m_defaultConsentRow->setVisible(target == ImportTarget::Users);
    if (fixed) {
        QString note = tr("%1 files have a fixed layout, so their columns need no mapping: %2.")
                           .arg(formatName(preview.format), preview.columns.join(tr(", ")));
        if (!preview.mapping.piiFields.isEmpty())
            note += QLatin1Char(' ') + tr("Personal data (masked until revealed): %1.")
                                           .arg(preview.mapping.piiFields.join(tr(", ")));
        m_fixedMapping->setText(note);
    }

    for (const RoleEditor &role : std::as_const(m_roles)) {
        if (role.target != target)
            continue;
        const QString current = preview.mapping.*role.field;
        QComboBox *combo = role.combo;
        combo->clear();
        if (role.required)
            combo->addItem(tr("Choose a column…"), QString());
        else if (current.isEmpty())
            combo->addItem(tr("(none)"), QString());
        for (const QString &column : preview.columns)
            combo->addItem(column, column);
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            // A JSON key the first line lacks: core accepts it, as it may appear later.
            combo->addItem(current, current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(0, index));
        combo->setStyleSheet(role.required && current.isEmpty() ? missingStyle() : QString());
    }

    m_attributeColumns->setRowCount(0);
    if (!fixed && target != ImportTarget::Interactions) {
        QStringList mapped;
        for (const RoleEditor &role : std::as_const(m_roles)) {
            if (role.target == target && !(preview.mapping.*role.field).isEmpty())
                mapped << preview.mapping.*role.field;
        }
        for (const QString &column : preview.columns) {
            if (mapped.contains(column))
                continue;
            const int row = m_attributeColumns->rowCount();
            m_attributeColumns->insertRow(row);
            m_attributeColumns->setItem(row, AttributeName, new QTableWidgetItem(column));
            auto *keep = new QTableWidgetItem;
            keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            keep->setCheckState(m_chosen.attributes.isEmpty() || m_chosen.attributes.contains(column)
                                    ? Qt::Checked
                                    : Qt::Unchecked);
            m_attributeColumns->setItem(row, AttributeKeep, keep);
            auto *personal = new QTableWidgetItem;
            personal->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            personal->setCheckState(preview.mapping.piiFields.contains(column) ? Qt::Checked : Qt::Unchecked);
            m_attributeColumns->setItem(row, AttributePersonal, personal);
        }
    }

    // The defaults only apply when the file has no such column.
    m_defaultKind->setEnabled(preview.mapping.kind.isEmpty());
    m_defaultConsent->setEnabled(preview.mapping.consent.isEmpty());
    m_mappingError->setVisible(!preview.mappingError.isEmpty());
    m_mappingError->setText(preview.mappingError);
    m_fillingEditor = false;
}

void ProfileImportDialog::showPreview(const ImportPreview &preview)
{
    const bool fixed = hasFixedLayout(preview.format);
    QStringList headers;
    for (const QString &column : preview.columns)
        headers << (fixed || !preview.mappingError.isEmpty()
                        ? column
                        : tr("%1\n→ %2").arg(column, roleOfColumn(preview, column)));
    headers.append(tr("Problem"));
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(preview.fields.size()));
    int problems = 0;
    for (int row = 0; row < preview.fields.size(); ++row) {
        const QStringList &fields = preview.fields.at(row);
        for (int column = 0; column < fields.size() && column < preview.columns.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(escapeControlCharacters(fields.at(column))));
        if (row < preview.errors.size() && !preview.errors.at(row).isEmpty()) {
            ++problems;
            auto *problem = new QTableWidgetItem(preview.errors.at(row));
            problem->setForeground(AppStyle::color(AppStyle::Color::ErrorText));
            m_preview->setItem(row, int(headers.size()) - 1, problem);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount() - 1; ++column)
        m_preview->setColumnWidth(column, qMin(m_preview->columnWidth(column), 260));

    updateCommand();

    QString note = tr("Format: %1 · %2 · first %n rows", nullptr, int(preview.fields.size()))
                       .arg(formatName(preview.format), QLocale().formattedDataSize(preview.fileSize));
    if (!preview.mappingError.isEmpty()) {
        note += QLatin1Char('\n') + tr("Choose the columns above: the file cannot be imported as mapped.");
    } else {
        m_previewUsable = true;
        if (problems > 0)
            note +=
                QLatin1Char('\n') +
                tr("%n of these rows cannot be imported (see Problem): the import stops at the first bad row "
                   "unless bad rows are skipped.",
                   nullptr, problems);
    }
    m_previewNote->setText(note);
}

void ProfileImportDialog::updateCommand()
{
    if (m_path->text().trimmed().isEmpty()) {
        m_command->clear();
        return;
    }
    QStringList quoted;
    for (const QString &argument : commandArguments())
        quoted << shellQuoted(argument);
    m_command->setText(
        tr("Command line: %1").arg(QStringLiteral("tailor-cli ") + quoted.join(QLatin1Char(' '))));
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
                if (!self || !self->m_running)
                    return;
                if (step.bytesTotal > 0)
                    self->m_progress->setValue(int(1000 * step.bytesRead / step.bytesTotal));
                if (!self->m_cancel || !self->m_cancel->load())
                    self->m_status->setText(
                        tr("%1: %Ln rows", nullptr, int(qMin<qint64>(step.rows, INT_MAX))).arg(step.phase));
            },
            Qt::QueuedConnection);
    };
    runWorkspaceTask(
        m_pool, m_workspace, this,
        [request = request(), cancel = m_cancel, progress](Workspace &workspace) {
            return workspace.profileImporter().run(request, progress, cancel.get());
        },
        [this](Result<ImportReport> report) {
            const bool cancelled = m_cancel && m_cancel->load();
            m_running = false;
            m_cancel.reset();
            m_progress->hide();
            updateButtons();
            if (!report) {
                if (cancelled) {
                    // Not a failure: core rolled everything back and says so.
                    m_status->setText(report.error().message);
                } else {
                    m_status->setText(tr("Nothing was imported."));
                    ErrorBox::show(this, tr("Import failed"), report.error().message);
                }
                emit finished();
                return;
            }
            QString text = tr("Imported %1: %L2 new, %L3 updated, %L4 duplicates, %L5 rejected.")
                               .arg(QFileInfo(report->file).fileName())
                               .arg(report->inserted)
                               .arg(report->updated)
                               .arg(report->duplicates)
                               .arg(report->rejected);
            if (cancelled)
                text += QLatin1Char(' ') + tr("It had finished before the cancel took effect.");
            if (report->conflicts > 0) {
                text += QLatin1Char(' ') +
                        tr("Conflicting duplicates (other values than the row already imported, which was "
                           "kept): %L1. The first: %2.")
                            .arg(report->conflicts)
                            .arg(report->firstConflict);
                if (report->rejectsPath.isEmpty())
                    text +=
                        QLatin1Char(' ') + tr("Skip bad rows to have each of them listed in a rejects file.");
            }
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
    m_mappingPages->setEnabled(!m_running);
    m_attributeColumns->setEnabled(!m_running);
}

} // namespace tailor
