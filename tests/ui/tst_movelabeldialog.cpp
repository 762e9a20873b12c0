// MoveLabelDialog: its validation hint is shown whole and the fields keep their height when it appears,
// whatever the message's length and the language.
#include "appstyle.h"
#include "prompts/movelabeldialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace tailor;

class TestMoveLabelDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hintIsShownWholeAndFieldsKeepTheirHeight_data();
    void hintIsShownWholeAndFieldsKeepTheirHeight();
};

void TestMoveLabelDialog::initTestCase()
{
    AppStyle::apply(*qApp);
}

void TestMoveLabelDialog::hintIsShownWholeAndFieldsKeepTheirHeight_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("hintContains");
    QTest::addColumn<bool>("canMove");
    QTest::newRow("invalid") << QStringLiteral("Bad Label!") << QStringLiteral("is not a valid label")
                             << false;
    QTest::newRow("latest") << QStringLiteral("latest") << QStringLiteral("is implicit") << false;
    QTest::newRow("protected") << QStringLiteral("production") << QStringLiteral("is protected") << true;
}

void TestMoveLabelDialog::hintIsShownWholeAndFieldsKeepTheirHeight()
{
    QFETCH(QString, label);
    QFETCH(QString, hintContains);
    QFETCH(bool, canMove);
    MoveLabelDialog dialog(QStringLiteral("candidate-ranking-with-a-long-name"), 12,
                           {QStringLiteral("production"), QStringLiteral("candidate")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QComboBox *>(QStringLiteral("labelName"));
    auto *note = dialog.findChild<QLineEdit *>(QStringLiteral("labelNote"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("labelHint"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(name && note && hint && ok);
    QVERIFY(!hint->isVisible());
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(name->lineEdit(), label);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(hintContains), qPrintable(hint->text()));
    QCOMPARE(ok->isEnabled(), canMove);
    // The whole message: the label is as tall as its wrapped text needs, and inside the dialog.
    QTRY_VERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                 qPrintable(QStringLiteral("hint %1 px high, needs %2")
                                .arg(hint->height())
                                .arg(hint->heightForWidth(hint->width()))));
    QVERIFY(hint->geometry().bottom() < ok->mapTo(&dialog, QPoint(0, 0)).y());
    // The fields are not squashed to make room for it.
    QVERIFY2(name->height() >= name->sizeHint().height(), qPrintable(QString::number(name->height())));
    QVERIFY2(note->height() >= note->sizeHint().height(), qPrintable(QString::number(note->height())));
    QVERIFY(dialog.height() >= dialog.minimumSizeHint().height());
}

QTEST_MAIN(TestMoveLabelDialog)
#include "tst_movelabeldialog.moc"
