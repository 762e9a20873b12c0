#include "postgresdialog.h"

#include "appstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tailor {

PostgresDialog::PostgresDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to PostgreSQL"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    auto *intro = new QLabel(tr("Open a team workspace kept in a PostgreSQL database. Tailor signs in as the "
                                "database user; that user's role in the workspace decides what you may do."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setSpacing(8);
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("pgHost"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("pgPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("pgDatabase"));
    m_database->setPlaceholderText(tr("tailor"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("pgUser"));
    m_user->setPlaceholderText(tr("your database user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("pgPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);

    auto *passwordNote =
        new QLabel(tr("The password is used only for this connection and is never stored. To "
                      "reopen this workspace later without typing it, set PGPASSWORD or add "
                      "the server to ~/.pgpass."),
                   this);
    passwordNote->setObjectName(QStringLiteral("hint"));
    passwordNote->setWordWrap(true);
    layout->addWidget(passwordNote);

    m_create = new QCheckBox(tr("&Create a new workspace in this database"), this);
    m_create->setObjectName(QStringLiteral("pgCreate"));
    layout->addWidget(m_create);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(AppStyle::textStyle(AppStyle::Color::ErrorText));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PostgresDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PostgresDialog::reject);
    connect(m_create, &QCheckBox::toggled, this, [buttons](bool create) {
        buttons->button(QDialogButtonBox::Ok)->setText(create ? tr("Create") : tr("Connect"));
    });
    layout->addWidget(buttons);

    setMinimumWidth(460);
}

bool PostgresDialog::createWorkspace() const
{
    return m_create->isChecked();
}

Result<DatabaseUrl> PostgresDialog::buildUrl() const
{
    if (m_database->text().trimmed().isEmpty())
        return Error::badInput(tr("Enter the name of the database."));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const QString host = m_host->text().trimmed();
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    url.setPort(m_port->value());
    if (!m_user->text().trimmed().isEmpty())
        url.setUserName(m_user->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (!url.isValid())
        return Error::badInput(url.errorString());
    return DatabaseUrl::parse(url.toString(QUrl::FullyEncoded));
}

void PostgresDialog::accept()
{
    auto url = buildUrl();
    if (!url) {
        m_error->setText(url.error().message);
        m_error->show();
        return;
    }
    m_url = url.value();
    QDialog::accept();
}

} // namespace tailor
