#include "settingspage.h"

#include "appstyle.h"
#include "displayformat.h"
#include "endpointspage.h"
#include "settings/settings.h"
#include "shell/errorbox.h"
#include "storage/auditlog.h"
#include "widgets/pagewidgets.h"
#include "workspacetask.h"

#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tailor {

namespace {

const QString noWorkspaceText()
{
    return SettingsPage::tr("No workspace open — use File → New workspace or Open workspace.");
}

QFrame *createSection(const QString &title, QWidget *parent, QVBoxLayout **body)
{
    auto *section = new QFrame(parent);
    section->setObjectName(QStringLiteral("section"));
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, section);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(heading);
    *body = layout;
    return section;
}

} // namespace

SettingsPage::SettingsPage(Settings &settings, QThreadPool *workspacePool, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_pool(workspacePool)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 28, 36, 16);
    layout->setSpacing(12);

    auto *header = new QVBoxLayout;
    header->setSpacing(4);
    header->addWidget(pageTitle(tr("Settings"), this));
    auto *subtitle = new QLabel(
        tr("The open workspace, who may change it, its LLM endpoints, and how Tailor looks to you."), this);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    header->addWidget(subtitle);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("settingsContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 16, 8, 12);
    contentLayout->setSpacing(16);
    contentLayout->addWidget(createWorkspaceSection());
    contentLayout->addWidget(createOperatorsSection());
    contentLayout->addWidget(createLanguageSection());
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    m_tabs->addTab(scroll, tr("Workspace"));

    m_endpointsPage = new EndpointsPage(workspacePool, m_tabs);
    m_endpointsPage->setObjectName(QStringLiteral("endpointsPage"));
    m_tabs->addTab(m_endpointsPage, tr("LLM endpoints"));
    // Endpoint changes are audited, and the Workspace tab counts the entries.
    connect(m_endpointsPage, &EndpointsPage::saved, this, &SettingsPage::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            refresh();
    });

    showNoWorkspace();
}

void SettingsPage::showEndpoints()
{
    m_tabs->setCurrentWidget(m_endpointsPage);
}

QLabel *SettingsPage::addField(QGridLayout *grid, int row, int column, const QString &name)
{
    auto *nameLabel = new QLabel(name, grid->parentWidget());
    nameLabel->setObjectName(QStringLiteral("fieldName"));
    auto *value = new QLabel(grid->parentWidget());
    value->setObjectName(QStringLiteral("fieldValue"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(nameLabel, row, column * 2, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, column * 2 + 1, Qt::AlignLeft | Qt::AlignTop);
    return value;
}

QWidget *SettingsPage::createWorkspaceSection()
{
    QVBoxLayout *body = nullptr;
    QFrame *section = createSection(tr("Workspace"), this, &body);

    m_workspaceNote = createNote(noWorkspaceText(), section);
    body->addWidget(m_workspaceNote);

    m_workspaceDetails = new QWidget(section);
    auto *details = new QVBoxLayout(m_workspaceDetails);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(12);

    auto *gridHost = new QWidget(m_workspaceDetails);
    auto *grid = new QGridLayout(gridHost);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(7);
    m_url = addField(grid, 0, 0, tr("Location"));
    grid->addWidget(m_url, 0, 1, 1, 3, Qt::AlignLeft | Qt::AlignTop);
    m_url->setObjectName(QStringLiteral("workspaceUrl"));
    m_dialect = addField(grid, 1, 0, tr("Database"));
    m_serverVersion = addField(grid, 1, 1, tr("Server version"));
    m_schema = addField(grid, 2, 0, tr("Schema version"));
    m_workspaceId = addField(grid, 2, 1, tr("Workspace ID"));
    m_created = addField(grid, 3, 0, tr("Created"));
    m_fileSize = addField(grid, 3, 1, tr("File size"));
    m_fileSizeName = qobject_cast<QLabel *>(grid->itemAtPosition(3, 2)->widget());
    m_operator = addField(grid, 4, 0, tr("Operator"));
    m_operator->setObjectName(QStringLiteral("workspaceOperator"));
    m_role = addField(grid, 4, 1, tr("Role"));
    m_role->setObjectName(QStringLiteral("workspaceRole"));
    m_auditCount = addField(grid, 5, 0, tr("Audit entries"));
    m_auditCount->setObjectName(QStringLiteral("workspaceAuditCount"));
    m_operatorCount = addField(grid, 5, 1, tr("Operators"));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(1, 240);
    details->addWidget(gridHost);

    auto *auditHeader = new QHBoxLayout;
    auditHeader->setSpacing(8);
    auto *auditTitle = new QLabel(tr("Audit log"), m_workspaceDetails);
    auditTitle->setObjectName(QStringLiteral("sectionTitle"));
    auditHeader->addWidget(auditTitle);
    auditHeader->addStretch(1);
    m_copyAnchor = new QPushButton(tr("&Copy anchor"), m_workspaceDetails);
    m_copyAnchor->setObjectName(QStringLiteral("copyAnchorButton"));
    m_copyAnchor->setToolTip(tr("Verify the log and copy its head (SEQ:HASH) to the clipboard, to keep "
                                "outside the workspace."));
    connect(m_copyAnchor, &QPushButton::clicked, this, &SettingsPage::copyAnchor);
    auditHeader->addWidget(m_copyAnchor);
    m_verify = new QPushButton(tr("&Verify audit log"), m_workspaceDetails);
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    m_verify->setToolTip(tr("Recompute the hash chain, check the anchors given, and report the first edited, "
                            "deleted, reordered or added entry."));
    connect(m_verify, &QPushButton::clicked, this, &SettingsPage::verifyAudit);
    auditHeader->addWidget(m_verify);
    details->addSpacing(4);
    details->addLayout(auditHeader);

    auto *anchorsRow = new QHBoxLayout;
    anchorsRow->setSpacing(10);
    auto *anchorsName = new QLabel(tr("Anchors to check"), m_workspaceDetails);
    anchorsName->setObjectName(QStringLiteral("fieldName"));
    anchorsRow->addWidget(anchorsName);
    m_anchors = new QLineEdit(m_workspaceDetails);
    m_anchors->setObjectName(QStringLiteral("anchorsInput"));
    m_anchors->setPlaceholderText(tr("Optional: anchors you kept, e.g. 128:5f3a…, separated by spaces"));
    m_anchors->setClearButtonEnabled(true);
    connect(m_anchors, &QLineEdit::returnPressed, this, &SettingsPage::verifyAudit);
    anchorsRow->addWidget(m_anchors, 1);
    details->addLayout(anchorsRow);
    details->addWidget(createNote(
        tr("A hash chain shows edits, deletions and reordering, but whoever can write the workspace (on "
           "SQLite, "
           "its file) can rewrite the whole chain so that it still verifies. An anchor kept outside the "
           "workspace (a ticket, an email, a release note) catches that: Verify fails when the log no longer "
           "holds the anchored entry with its hash."),
        m_workspaceDetails));

    m_verifyResult = new QLabel(m_workspaceDetails);
    m_verifyResult->setObjectName(QStringLiteral("auditResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::RichText);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();
    details->addWidget(m_verifyResult);

    details->addWidget(createNote(
        tr("The %n most recent entries, newest first.", nullptr, WorkspaceSnapshot::recentAuditEntries),
        m_workspaceDetails));
    m_auditTable = createTable({tr("Time"), tr("Operator"), tr("Action"), tr("Entity")},
                               QStringLiteral("auditTable"), m_workspaceDetails);
    m_auditTable->setMinimumHeight(200);
    m_auditTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_auditTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_auditTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    details->addWidget(m_auditTable);

    body->addWidget(m_workspaceDetails);
    return section;
}

QWidget *SettingsPage::createOperatorsSection()
{
    QVBoxLayout *body = nullptr;
    QFrame *section = createSection(tr("Operators"), this, &body);

    m_operatorsNote = createNote(noWorkspaceText(), section);
    body->addWidget(m_operatorsNote);

    m_operatorsDetails = new QWidget(section);
    auto *details = new QVBoxLayout(m_operatorsDetails);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(10);
    details->addWidget(createNote(tr("Anyone not listed here may view the workspace and nothing more."),
                                  m_operatorsDetails));

    m_operatorsTable = createTable({tr("Name"), tr("Role"), tr("Granted by"), tr("Granted at")},
                                   QStringLiteral("operatorsTable"), m_operatorsDetails);
    m_operatorsTable->setMinimumHeight(130);
    for (int column = 0; column < 3; ++column)
        m_operatorsTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_operatorsTable, &QTableWidget::itemSelectionChanged, this, &SettingsPage::updateRevokeButton);
    details->addWidget(m_operatorsTable);

    m_adminControls = new QWidget(m_operatorsDetails);
    auto *controls = new QHBoxLayout(m_adminControls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(8);
    m_grantName = new QLineEdit(m_adminControls);
    m_grantName->setObjectName(QStringLiteral("grantName"));
    m_grantName->setPlaceholderText(tr("Operator name"));
    m_grantName->setMinimumWidth(200);
    m_grantRole = new QComboBox(m_adminControls);
    m_grantRole->setObjectName(QStringLiteral("grantRole"));
    for (Role role : allRoles())
        m_grantRole->addItem(roleDisplayName(role), roleId(role));
    m_grant = new QPushButton(tr("&Grant role"), m_adminControls);
    m_grant->setObjectName(QStringLiteral("grantButton"));
    m_grant->setEnabled(false);
    m_revoke = new QPushButton(tr("&Revoke selected"), m_adminControls);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setEnabled(false);
    connect(m_grantName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_grant->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_grantName, &QLineEdit::returnPressed, this, &SettingsPage::grantRole);
    connect(m_grant, &QPushButton::clicked, this, &SettingsPage::grantRole);
    connect(m_revoke, &QPushButton::clicked, this, &SettingsPage::revokeRole);
    controls->addWidget(m_grantName);
    controls->addWidget(m_grantRole);
    controls->addWidget(m_grant);
    controls->addStretch();
    controls->addWidget(m_revoke);
    details->addWidget(m_adminControls);

    m_readOnlyNote = createNote(QString(), m_operatorsDetails);
    m_readOnlyNote->setObjectName(QStringLiteral("operatorsReadOnly"));
    details->addWidget(m_readOnlyNote);

    body->addWidget(m_operatorsDetails);
    return section;
}

QWidget *SettingsPage::createLanguageSection()
{
    QVBoxLayout *body = nullptr;
    QFrame *section = createSection(tr("Language"), this, &body);

    m_language = new QComboBox(section);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so people find theirs whatever language is showing.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int current = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_settings.setLanguage(m_language->itemData(index).toString());
        m_settings.sync();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_language);
    row->addStretch();
    body->addLayout(row);
    body->addWidget(createNote(tr("A new language takes effect after you restart Tailor."), section));
    body->addStretch();
    return section;
}

void SettingsPage::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_auditTable->setRowCount(0);
    m_operatorsTable->setRowCount(0);
    m_verifyResult->clear();
    m_verifyResult->hide();
    m_anchors->clear();
    m_verify->setEnabled(true);
    m_copyAnchor->setEnabled(true);
    m_endpointsPage->setWorkspace(m_workspace);
    if (!m_workspace) {
        showNoWorkspace();
        return;
    }
    refresh();
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void SettingsPage::showNoWorkspace()
{
    m_workspaceNote->setText(noWorkspaceText());
    m_workspaceNote->show();
    m_workspaceDetails->hide();
    m_operatorsNote->show();
    m_operatorsDetails->hide();
}

void SettingsPage::refresh()
{
    if (!m_workspace)
        return;
    auto workspace = m_workspace;
    runWorkspaceTask(
        m_pool, workspace, this, [](Workspace &workspace) { return WorkspaceSnapshot::load(workspace); },
        [this, workspace](Result<WorkspaceSnapshot> snapshot) {
            if (workspace != m_workspace)
                return;
            if (!snapshot) {
                m_workspaceNote->setText(tr("Cannot read this workspace: %1").arg(snapshot.error().message));
                m_workspaceNote->show();
                return;
            }
            showSnapshot(snapshot.value());
            emit refreshed(snapshot.value().info);
        });
}

void SettingsPage::showSnapshot(const WorkspaceSnapshot &snapshot)
{
    const WorkspaceInfo &info = snapshot.info;
    const QLocale locale;
    m_workspaceNote->hide();
    m_workspaceDetails->show();
    m_operatorsNote->hide();
    m_operatorsDetails->show();

    m_url->setText(info.url);
    m_dialect->setText(info.dialect);
    m_serverVersion->setText(info.serverVersion);
    m_schema->setText(
        info.schemaVersion == info.latestSchemaVersion
            ? tr("%1 (latest)").arg(info.schemaVersion)
            : tr("%1 (this Tailor knows up to %2)").arg(info.schemaVersion).arg(info.latestSchemaVersion));
    m_workspaceId->setText(info.workspaceId);
    m_created->setText(tr("%1 by %2").arg(displayTime(info.createdAt), info.createdBy));
    m_fileSizeName->setVisible(info.fileSize >= 0);
    m_fileSize->setVisible(info.fileSize >= 0);
    m_fileSize->setText(locale.formattedDataSize(info.fileSize));
    m_operator->setText(tr("%1 (%2)").arg(info.operatorName, info.operatorSource));
    m_role->setText(roleDisplayName(info.role));
    m_auditCount->setText(locale.toString(info.auditEntries));
    m_operatorCount->setText(locale.toString(info.operatorCount));

    m_auditTable->setRowCount(int(snapshot.recentAudit.size()));
    for (int row = 0; row < snapshot.recentAudit.size(); ++row) {
        const AuditEntry &entry = snapshot.recentAudit.at(row);
        setRow(m_auditTable, row,
               {displayTime(entry.at), entry.operatorName, AuditLog::actionName(entry.action), entry.entity});
        m_auditTable->item(row, 2)->setToolTip(entry.action); // the id, as the CLI and exports show it
        m_auditTable->item(row, 0)->setToolTip(tr("Entry %1, %2 UTC").arg(entry.seq).arg(entry.at));
        m_auditTable->item(row, 3)->setToolTip(entry.payload);
    }

    m_operatorsTable->setRowCount(int(snapshot.operators.size()));
    for (int row = 0; row < snapshot.operators.size(); ++row) {
        const OperatorRecord &record = snapshot.operators.at(row);
        setRow(m_operatorsTable, row,
               {record.name, roleDisplayName(record.role), record.grantedBy, displayTime(record.grantedAt)});
    }
    m_adminControls->setVisible(snapshot.canManageOperators);
    m_readOnlyNote->setVisible(!snapshot.canManageOperators);
    m_readOnlyNote->setText(
        tr("You are %1 here; only an admin can grant or revoke roles.").arg(roleDisplayName(info.role)));
    updateRevokeButton();
}

void SettingsPage::showAuditMessage(const QString &text, const QString &style)
{
    showAuditLines({{text, style}});
}

void SettingsPage::showAuditLines(const QList<std::pair<QString, QString>> &lines)
{
    // Rich text so that each line has its own colour: a matching anchor next to a broken one is good news.
    QString html;
    for (const auto &[text, style] : lines)
        html += QStringLiteral("<div style=\"%1\">%2</div>").arg(style, text.toHtmlEscaped());
    m_verifyResult->setText(html);
    m_verifyResult->setVisible(!lines.isEmpty() && !lines.first().first.isEmpty());
}

namespace {

const QString okStyle = AppStyle::textStyle(AppStyle::Color::SuccessText);
const QString errorStyle = AppStyle::textStyle(AppStyle::Color::ErrorText);
const QString brokenStyle = errorStyle + QStringLiteral(" font-weight: 600;");

// An anchor for reading: the sequence number and the start of the hash.
QString shortAnchor(const AuditAnchor &anchor)
{
    return QStringLiteral("%1:%2…").arg(anchor.seq).arg(anchor.hash.left(12));
}

} // namespace

void SettingsPage::verifyAudit()
{
    if (!m_workspace)
        return;
    auto anchors = AuditAnchor::parseList(m_anchors->text());
    if (!anchors) {
        showAuditMessage(tr("Cannot check the anchors: %1").arg(anchors.error().message), errorStyle);
        return;
    }
    auto workspace = m_workspace;
    m_verify->setEnabled(false);
    showAuditMessage(tr("Verifying…"), QString());
    runWorkspaceTask(
        m_pool, workspace, this,
        [anchors = anchors.value()](Workspace &workspace) { return workspace.audit().verify(anchors); },
        [this, workspace](Result<AuditVerification> verification) {
            if (workspace != m_workspace)
                return;
            m_verify->setEnabled(true);
            if (!verification) {
                showAuditMessage(tr("Cannot verify: %1").arg(verification.error().message), errorStyle);
                return;
            }
            showVerification(verification.value());
            refresh(); // the count beside it should be the one just checked
        });
}

void SettingsPage::showVerification(const AuditVerification &result)
{
    if (result.intact) {
        QString text = tr("The audit log is intact; entries checked: %1.").arg(result.entries);
        if (!result.anchors.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Every anchor matches (%n checked).", nullptr, int(result.anchors.size()));
        showAuditMessage(text, okStyle);
        return;
    }
    QList<std::pair<QString, QString>> lines;
    if (!result.chainIntact())
        lines.append(
            {tr("The audit log is broken at entry %1: %2").arg(result.firstBadSeq).arg(result.problem),
             brokenStyle});
    else
        lines.append({tr("The hash chain is consistent (entries checked: %1), but it is not the log that was "
                         "anchored:")
                          .arg(result.entries),
                      brokenStyle});
    for (const AuditAnchorCheck &check : result.anchors)
        lines.append(
            check.matches
                ? std::pair{tr("Anchor %1 matches.").arg(shortAnchor(check.anchor)), okStyle}
                : std::pair{tr("Anchor %1 does not match: %2").arg(shortAnchor(check.anchor), check.problem),
                            errorStyle});
    showAuditLines(lines);
}

void SettingsPage::copyAnchor()
{
    if (!m_workspace)
        return;
    auto workspace = m_workspace;
    m_copyAnchor->setEnabled(false);
    showAuditMessage(tr("Verifying…"), QString());
    runWorkspaceTask(
        m_pool, workspace, this, [](Workspace &workspace) { return workspace.audit().anchor(); },
        [this, workspace](Result<AuditAnchor> anchor) {
            if (workspace != m_workspace)
                return;
            m_copyAnchor->setEnabled(true);
            if (!anchor) {
                showAuditMessage(tr("No anchor copied: %1").arg(anchor.error().message), errorStyle);
                return;
            }
            QGuiApplication::clipboard()->setText(anchor->toString());
            showAuditMessage(tr("Copied anchor %1 (entry %2, %3) to the clipboard. Keep it outside the "
                                "workspace; pasted into Anchors to check later, it shows whether the log was "
                                "rewritten since.")
                                 .arg(shortAnchor(anchor.value()))
                                 .arg(anchor->seq)
                                 .arg(displayTime(anchor->at)),
                             okStyle);
            refresh();
        });
}

void SettingsPage::grantRole()
{
    const QString name = m_grantName->text().trimmed();
    if (!m_workspace || name.isEmpty())
        return;
    const std::optional<Role> role = parseRole(m_grantRole->currentData().toString());
    if (!role)
        return;
    auto workspace = m_workspace;
    m_grant->setEnabled(false);
    runWorkspaceTask(
        m_pool, workspace, this,
        [name, role = *role](Workspace &workspace) { return workspace.operators().grant(name, role); },
        [this, workspace, name](Result<void> granted) {
            if (workspace != m_workspace)
                return;
            m_grant->setEnabled(!m_grantName->text().trimmed().isEmpty());
            if (!granted) {
                ErrorBox::show(this, tr("Cannot grant a role to %1").arg(name), granted.error().message);
                return;
            }
            m_grantName->clear();
            refresh();
        });
}

void SettingsPage::revokeRole()
{
    const QList<QTableWidgetItem *> selected = m_operatorsTable->selectedItems();
    if (!m_workspace || selected.isEmpty())
        return;
    const QString name = m_operatorsTable->item(selected.first()->row(), 0)->text();
    auto workspace = m_workspace;
    m_revoke->setEnabled(false);
    runWorkspaceTask(
        m_pool, workspace, this, [name](Workspace &workspace) { return workspace.operators().revoke(name); },
        [this, workspace, name](Result<void> revoked) {
            if (workspace != m_workspace)
                return;
            updateRevokeButton();
            if (!revoked) {
                ErrorBox::show(this, tr("Cannot revoke the role of %1").arg(name), revoked.error().message);
                return;
            }
            refresh();
        });
}

void SettingsPage::updateRevokeButton()
{
    m_revoke->setEnabled(!m_operatorsTable->selectedItems().isEmpty());
}

} // namespace tailor
