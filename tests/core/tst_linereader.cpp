// LineReader on files of its own: line numbers and terminators (LF, CRLF, a last line without one), the
// UTF-8 byte order mark, empty files, quoted fields that continue on the next line, lines longer than a
// chunk and longer than a line may be, old Mac line ends, encoding detection and the message for each
// encoding mix-up, a file that changes while it is read, and the UTF-8 validator.
#include "profiles/import/linereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tailor;

namespace {

struct ReadLine
{
    QByteArray text;
    qint64 number = 0;
    bool terminated = true;
    QString encodingError;
    QByteArray raw;
};

} // namespace

class TestLineReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    // Every line of the file, copied out of the reader's buffer.
    static QList<ReadLine> readAll(LineReader &reader)
    {
        QList<ReadLine> lines;
        TextLine line;
        while (reader.next(line))
            lines.append({line.text.toByteArray(), line.number, line.terminated, line.encodingError,
                          line.raw.toByteArray()});
        return lines;
    }

private slots:
    void numbersLinesAndDropsTerminators()
    {
        const QByteArray content("user,item\r\nu1,i1\n\nu2,i2");
        LineReader reader(writeFile(QStringLiteral("lines.csv"), content), TextEncoding::Auto);
        auto opened = reader.open();
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(reader.size(), content.size());
        const QList<ReadLine> lines = readAll(reader);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).text, QByteArray("user,item")); // CRLF: both dropped
        QCOMPARE(lines.at(0).raw, QByteArray("user,item"));
        QCOMPARE(lines.at(1).text, QByteArray("u1,i1"));
        QCOMPARE(lines.at(2).text, QByteArray()); // an empty line is a line
        QCOMPARE(lines.at(3).text, QByteArray("u2,i2"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(lines.at(i).number, i + 1);
        QVERIFY(lines.at(2).terminated);
        QVERIFY(!lines.at(3).terminated);
        QVERIFY(reader.readError().isEmpty());
        QCOMPARE(reader.bytesRead(), content.size());
        QCOMPARE(reader.encoding(), TextEncoding::Auto); // nothing but ASCII so far
    }

    void skipsTheByteOrderMark()
    {
        LineReader reader(writeFile(QStringLiteral("bom.csv"), "\xEF\xBB\xBFuser_id\nu1\n"),
                          TextEncoding::Auto);
        QVERIFY(reader.open());
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        const QList<ReadLine> lines = readAll(reader);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, QByteArray("user_id"));
        QCOMPARE(lines.at(0).raw, QByteArray("user_id"));
        QCOMPARE(reader.bytesRead(), 3 + 8 + 3);
    }

    void emptyFileHasNoLines()
    {
        LineReader reader(writeFile(QStringLiteral("empty.csv"), QByteArray()), TextEncoding::Auto);
        QVERIFY(reader.open());
        TextLine line;
        QVERIFY(!reader.next(line));
        QVERIFY(reader.readError().isEmpty());
        QCOMPARE(reader.bytesRead(), 0);
        QVERIFY(!reader.continueLine(line));
    }

    void missingFilesAndFolders()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
        LineReader none(missing, TextEncoding::Auto);
        auto opened = none.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NotFound);
        QCOMPARE(opened.error().message, QStringLiteral("There is no file %1.").arg(missing));

        LineReader folder(m_dir.path(), TextEncoding::Auto);
        opened = folder.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::BadInput);
        QCOMPARE(opened.error().message, QStringLiteral("%1 is a folder, not a file.").arg(m_dir.path()));
    }

    void continuesAQuotedFieldOnTheNextLine()
    {
        LineReader reader(
            writeFile(QStringLiteral("quoted.csv"), "1,\"Toy\r\nStory\",Comedy\r\n2,Heat,Crime\n"),
            TextEncoding::Auto);
        QVERIFY(reader.open());
        TextLine line;
        QVERIFY(reader.next(line));
        QCOMPARE(line.text.toByteArray(), QByteArray("1,\"Toy"));
        QVERIFY(reader.continueLine(line));
        QCOMPARE(line.text.toByteArray(), QByteArray("1,\"Toy\nStory\",Comedy"));
        QCOMPARE(line.raw.toByteArray(), QByteArray("1,\"Toy\nStory\",Comedy"));
        QCOMPARE(line.number, 1); // a record is named by its first line
        QVERIFY(reader.next(line));
        QCOMPARE(line.text.toByteArray(), QByteArray("2,Heat,Crime"));
        QCOMPARE(line.number, 3); // physical lines count on
        QVERIFY(!reader.continueLine(line));
    }

    void singleBareCarriageReturnIsLeftToTheField()
    {
        LineReader reader(writeFile(QStringLiteral("cr.csv"), "a,b\rc\nd\n"), TextEncoding::Auto);
        auto opened = reader.open();
        QVERIFY2(opened, qPrintable(opened.error().message));
        const QList<ReadLine> lines = readAll(reader);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, QByteArray("a,b\rc"));
    }

    void refusesOldMacLineEnds_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("no line feed at all") << QByteArray("a,b\rc,d\re,f\r");
        QTest::newRow("one carriage return, no line feed") << QByteArray("a,b\rc,d");
        QTest::newRow("several before the first line feed") << QByteArray("a,b\rc,d\re,f\r\n");
    }

    void refusesOldMacLineEnds()
    {
        QFETCH(QByteArray, content);
        LineReader reader(writeFile(QStringLiteral("mac.csv"), content), TextEncoding::Auto);
        auto opened = reader.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::BadInput);
        QCOMPARE(opened.error().message,
                 QStringLiteral("mac.csv ends its lines with a bare carriage return (old "
                                "Mac line ends); convert it to LF or CRLF line ends "
                                "first."));
    }

    void readsLinesAcrossChunks()
    {
        // Lines of 1000 bytes across the 4 MiB chunks, and one line longer than a chunk.
        QByteArray content;
        const QByteArray row = QByteArray(999, 'x') + '\n';
        for (int i = 0; i < 5000; ++i)
            content += row;
        const QByteArray longLine(5 * 1024 * 1024, 'y');
        content += longLine + "\nlast\n";
        LineReader reader(writeFile(QStringLiteral("chunks.csv"), content), TextEncoding::Auto);
        QVERIFY(reader.open());
        TextLine line;
        for (int i = 0; i < 5000; ++i) {
            QVERIFY(reader.next(line));
            QCOMPARE(line.text.size(), 999);
            QCOMPARE(line.number, i + 1);
        }
        QVERIFY(reader.next(line));
        QVERIFY(line.text == QByteArrayView(longLine));
        QVERIFY(reader.next(line));
        QCOMPARE(line.text.toByteArray(), QByteArray("last"));
        QCOMPARE(line.number, 5002);
        QVERIFY(!reader.next(line));
        QVERIFY2(reader.readError().isEmpty(), qPrintable(reader.readError()));
        QCOMPARE(reader.bytesRead(), content.size());
    }

    void refusesALineLongerThanALineMayBe()
    {
        // Refused once that much is buffered without a line break; the reader reads 4 MiB at a time.
        QByteArray content("id\n");
        content += QByteArray(LineReader::MaxLineBytes + 8 * 1024 * 1024, 'z');
        content += '\n';
        LineReader reader(writeFile(QStringLiteral("huge.csv"), content), TextEncoding::Auto);
        QVERIFY(reader.open());
        TextLine line;
        QVERIFY(reader.next(line));
        QVERIFY(!reader.next(line));
        QCOMPARE(
            reader.readError(),
            QStringLiteral("huge.csv, line 2: no line break in the next 16 MiB, so this is not a text file "
                           "with one record per line (is it binary, compressed, or does it end lines with a "
                           "bare carriage return?)"));
        QCOMPARE(reader.readFailure().kind, Error::Kind::BadInput);
        QCOMPARE(reader.readFailure().message, reader.readError());
    }

    void detectsLatin1AndConvertsIt()
    {
        LineReader reader(writeFile(QStringLiteral("latin1.csv"), "id,title\n1,Caf\xE9 Society\n"),
                          TextEncoding::Auto);
        QVERIFY(reader.open());
        QCOMPARE(reader.encoding(), TextEncoding::Latin1); // decided at open, for the preview
        const QList<ReadLine> lines = readAll(reader);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QString::fromUtf8(lines.at(1).text), QStringLiteral("1,Café Society"));
        QCOMPARE(lines.at(1).raw, QByteArray("1,Caf\xE9 Society"));
        QVERIFY(lines.at(1).encodingError.isEmpty());
    }

    void keepsValidUtf8()
    {
        LineReader reader(
            writeFile(QStringLiteral("utf8.csv"), "id,title\n1,Caf\xC3\xA9\n2,\xF0\x9F\x8E\xAC\n"),
            TextEncoding::Auto);
        QVERIFY(reader.open());
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        const QList<ReadLine> lines = readAll(reader);
        QCOMPARE(QString::fromUtf8(lines.at(1).text), QStringLiteral("1,Café"));
        QCOMPARE(lines.at(2).text, QByteArray("2,\xF0\x9F\x8E\xAC"));
        for (const ReadLine &line : lines)
            QVERIFY2(line.encodingError.isEmpty(), qPrintable(line.encodingError));
    }

    void namesEachEncodingMixUp_data()
    {
        QTest::addColumn<int>("declared");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("declared UTF-8, Latin-1 byte")
            << int(TextEncoding::Utf8) << QByteArray("id\nab\xE9\n")
            << QStringLiteral(
                   "byte 3 is not valid UTF-8; if the file is Latin-1, import it with the encoding "
                   "latin-1");
        QTest::newRow("UTF-8 first, Latin-1 later")
            << int(TextEncoding::Auto) << QByteArray("id\n\xC3\xA9\nx\xE9\n")
            << QStringLiteral("byte 2 is not valid UTF-8, but earlier lines were: the file mixes UTF-8 and "
                              "Latin-1 text; convert it to one encoding");
        QTest::newRow("Latin-1 first, UTF-8 later")
            << int(TextEncoding::Auto) << QByteArray("id\n\xE9\nx\xC3\xA9\n")
            << QStringLiteral(
                   "the line is UTF-8 text, but earlier lines were Latin-1: the file mixes Latin-1 "
                   "and UTF-8 text; convert it to one encoding");
    }

    void namesEachEncodingMixUp()
    {
        QFETCH(int, declared);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        LineReader reader(writeFile(QStringLiteral("mixed.csv"), content), TextEncoding(declared));
        QVERIFY(reader.open());
        const QList<ReadLine> lines = readAll(reader);
        QCOMPARE(lines.size(), declared == int(TextEncoding::Utf8) ? 2 : 3);
        QCOMPARE(lines.last().encodingError, error);
        QCOMPARE(lines.last().raw,
                 content.sliced(content.lastIndexOf('\n', content.size() - 2) + 1).chopped(1));
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines.at(i).encodingError.isEmpty(), qPrintable(lines.at(i).encodingError));
    }

    void declaredLatin1TakesEveryByteAsACharacter()
    {
        LineReader reader(writeFile(QStringLiteral("declared.csv"), "\xC3\xA9\n"), TextEncoding::Latin1);
        QVERIFY(reader.open());
        const QList<ReadLine> lines = readAll(reader);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QString::fromUtf8(lines.at(0).text), QStringLiteral("Ã©"));
        QVERIFY(lines.at(0).encodingError.isEmpty());
    }

    void noticesAFileThatGrewWhileItWasRead()
    {
        const QString path = writeFile(QStringLiteral("growing.csv"), "id\nu1\n");
        LineReader reader(path, TextEncoding::Auto);
        QVERIFY(reader.open());
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("u2\n");
        file.close();
        readAll(reader);
        QCOMPARE(reader.readError(),
                 QStringLiteral("growing.csv changed while it was being read (6 bytes when "
                                "the import began, 9 bytes now); import it again once it "
                                "is complete"));
        QCOMPARE(reader.readFailure().kind, Error::Kind::BadInput);
    }

    void findsTheFirstInvalidUtf8Byte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("ASCII") << QByteArray("plain text") << qsizetype(-1);
        QTest::newRow("two to four bytes")
            << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x8E\xAC") << qsizetype(-1);
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << qsizetype(2);
        QTest::newRow("overlong") << QByteArray("a\xC0\xAF") << qsizetype(1);
        QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << qsizetype(0);
        QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << qsizetype(1);
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
        QTest::newRow("truncated at the end") << QByteArray("ok\xE2\x82") << qsizetype(2);
        QTest::newRow("bad continuation") << QByteArray("\xC3(") << qsizetype(0);
    }

    void findsTheFirstInvalidUtf8Byte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QCOMPARE(LineReader::firstInvalidUtf8(bytes), offset);
    }
};

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
