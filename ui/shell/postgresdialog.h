// PostgresDialog asks for the parts of a PostgreSQL workspace URL and whether to create a new workspace
// there. The password is used for this one connection and never stored; PGPASSWORD or ~/.pgpass serve
// later sessions.
#pragma once

#include "storage/databaseurl.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tailor {

class PostgresDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostgresDialog(QWidget *parent = nullptr);

    // Valid after the dialog was accepted.
    DatabaseUrl url() const { return m_url; }
    bool createWorkspace() const;

    void accept() override;

private:
    Result<DatabaseUrl> buildUrl() const;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_create = nullptr;
    QLabel *m_error = nullptr;
    DatabaseUrl m_url;
};

} // namespace tailor
