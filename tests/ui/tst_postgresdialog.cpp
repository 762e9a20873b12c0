// PostgresDialog: the URL it builds from its fields, and what it says about bad input and the password.
#include "shell/postgresdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QtTest>

using namespace tailor;

class TestPostgresDialog : public QObject
{
    Q_OBJECT

private slots:
    void buildsUrlFromFields();
    void passwordIsUsedButNeverPrinted();
    void missingDatabaseNameKeepsDialogOpen();
    void saysPasswordIsNotStored();
};

void TestPostgresDialog::buildsUrlFromFields()
{
    PostgresDialog dialog;
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("pgPort"))->value(), 5432);
    dialog.findChild<QLineEdit *>(QStringLiteral("pgHost"))->setText(QStringLiteral("db.example.org"));
    dialog.findChild<QSpinBox *>(QStringLiteral("pgPort"))->setValue(6543);
    dialog.findChild<QLineEdit *>(QStringLiteral("pgDatabase"))->setText(QStringLiteral("recs"));
    dialog.findChild<QLineEdit *>(QStringLiteral("pgUser"))->setText(QStringLiteral("alice"));
    dialog.findChild<QCheckBox *>(QStringLiteral("pgCreate"))->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.url().isPostgreSql());
    QCOMPARE(dialog.url().host(), QStringLiteral("db.example.org"));
    QCOMPARE(dialog.url().port(), 6543);
    QCOMPARE(dialog.url().database(), QStringLiteral("recs"));
    QCOMPARE(dialog.url().user(), QStringLiteral("alice"));
    QCOMPARE(dialog.url().toString(), QStringLiteral("postgresql://alice@db.example.org:6543/recs"));
    QVERIFY(dialog.createWorkspace());
}

void TestPostgresDialog::passwordIsUsedButNeverPrinted()
{
    PostgresDialog dialog;
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("pgPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    dialog.findChild<QLineEdit *>(QStringLiteral("pgDatabase"))->setText(QStringLiteral("recs"));
    dialog.findChild<QLineEdit *>(QStringLiteral("pgUser"))->setText(QStringLiteral("bob"));
    password->setText(QStringLiteral("s3cret pass"));
    dialog.accept();
    QCOMPARE(dialog.url().password(), QStringLiteral("s3cret pass"));
    QVERIFY(!dialog.url().toString().contains(QLatin1String("s3cret")));
    QVERIFY(!dialog.url().displayName().contains(QLatin1String("s3cret")));
    QVERIFY(!dialog.createWorkspace());
}

void TestPostgresDialog::missingDatabaseNameKeepsDialogOpen()
{
    PostgresDialog dialog;
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    bool explained = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        explained = explained ||
                    (label->isVisible() && label->text() == QLatin1String("Enter the name of the database."));
    QVERIFY(explained);
}

void TestPostgresDialog::saysPasswordIsNotStored()
{
    PostgresDialog dialog;
    bool said = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        said = said || (label->text().contains(QLatin1String("never stored")) &&
                        label->text().contains(QLatin1String("PGPASSWORD")) &&
                        label->text().contains(QLatin1String(".pgpass")));
    }
    QVERIFY(said);
}

QTEST_MAIN(TestPostgresDialog)
#include "tst_postgresdialog.moc"
