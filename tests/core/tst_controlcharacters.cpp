// escapeControlCharacters: what a message shows of a file's control characters.
#include "text/controlcharacters.h"

#include <QTest>

using namespace tailor;

class TestControlCharacters : public QObject
{
    Q_OBJECT

private slots:
    void escapesControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("Café Society") << QStringLiteral("Café Society");
        QTest::newRow("backslash kept") << QStringLiteral("C:\\data") << QStringLiteral("C:\\data");
        QTest::newRow("named") << QStringLiteral("a\rb\nc\td") << QStringLiteral("a\\rb\\nc\\td");
        QTest::newRow("escape and nul")
            << QString::fromUtf8("\x1b[31m\0x", 7) << QStringLiteral("\\x1B[31m\\x00x");
        QTest::newRow("DEL and C1") << (QStringLiteral("a") + QChar(0x7F) + QChar(0x85))
                                    << QStringLiteral("a\\x7F\\x85");
        QTest::newRow("line separator")
            << (QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")) << QStringLiteral("a\\u2028b");
    }

    void escapesControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(escapeControlCharacters(text), shown);
        QCOMPARE(escapeControlCharacters(QByteArrayView(text.toUtf8())), shown);
    }
};

QTEST_GUILESS_MAIN(TestControlCharacters)
#include "tst_controlcharacters.moc"
