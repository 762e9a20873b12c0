// AuditAnchor: the SEQ:HASH text an operator keeps outside the workspace, and the anchors files that hold
// many of them. Checking anchors against a log is tst_auditlog's.
#include "storage/auditanchor.h"
#include "testworkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tailor;

namespace {

const QString kHash = QStringLiteral("5f3a9c1b2d4e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8");

} // namespace

class TestAuditAnchor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return test::writeTestFile(m_dir.filePath(name), content);
    }

private slots:
    void readsSeqColonHash()
    {
        auto anchor = AuditAnchor::parse(QStringLiteral("  128:") + kHash.toUpper() + QStringLiteral("\t"));
        QVERIFY2(anchor.ok(), qPrintable(anchor.error().message));
        QCOMPARE(anchor->seq, qint64(128));
        QCOMPARE(anchor->hash, kHash);
        QCOMPARE(anchor->toString(), QStringLiteral("128:") + kHash);
        QCOMPARE(AuditAnchor::parse(anchor->toString())->toString(), anchor->toString());
    }

    void jsonCarriesContextWhenKnown()
    {
        AuditAnchor anchor{7, kHash, QStringLiteral("2026-11-22T08:30:00.000Z"), QStringLiteral("ws-1")};
        const QJsonObject json = anchor.toJson();
        QCOMPARE(json.value(QStringLiteral("anchor")).toString(), QStringLiteral("7:") + kHash);
        QCOMPARE(json.value(QStringLiteral("seq")).toInteger(), 7);
        QCOMPARE(json.value(QStringLiteral("hash")).toString(), kHash);
        QCOMPARE(json.value(QStringLiteral("at")).toString(), anchor.at);
        QCOMPARE(json.value(QStringLiteral("workspace_id")).toString(), QStringLiteral("ws-1"));
        const AuditAnchor bare{7, kHash, {}, {}};
        QVERIFY(!bare.toJson().contains(QStringLiteral("at")));
    }

    void refusesMalformedAnchors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        const QString noColon = QStringLiteral("no ':' between sequence and hash");
        const QString badSeq = QStringLiteral("the sequence number must be a whole number from 1");
        const QString badHash = QStringLiteral("the hash must be 64 hexadecimal digits");
        QTest::newRow("empty") << QString() << noColon;
        QTest::newRow("sequence only") << QStringLiteral("12") << noColon;
        QTest::newRow("hash only") << kHash << noColon;
        QTest::newRow("no sequence") << QStringLiteral(":") + kHash << badSeq;
        QTest::newRow("word sequence") << QStringLiteral("twelve:") + kHash << badSeq;
        QTest::newRow("zero") << QStringLiteral("0:") + kHash << badSeq;
        QTest::newRow("negative") << QStringLiteral("-3:") + kHash << badSeq;
        QTest::newRow("plus sign") << QStringLiteral("+3:") + kHash << badSeq;
        QTest::newRow("too large") << QStringLiteral("99999999999999999999:") + kHash << badSeq;
        QTest::newRow("no hash") << QStringLiteral("12:") << badHash;
        QTest::newRow("short hash") << QStringLiteral("12:") + kHash.left(63) << badHash;
        QTest::newRow("long hash") << QStringLiteral("12:") + kHash + QStringLiteral("0") << badHash;
        QTest::newRow("not hex") << QStringLiteral("12:") + kHash.left(63) + QStringLiteral("g") << badHash;
        QTest::newRow("space inside") << QStringLiteral("12: ") + kHash << badHash;
        QTest::newRow("two anchors") << QStringLiteral("12:") + kHash + QStringLiteral(" 13:") + kHash
                                     << badHash;
        QTest::newRow("non-ASCII digits") << QStringLiteral("١٢:") + kHash << badSeq;
    }

    void refusesMalformedAnchors()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        auto anchor = AuditAnchor::parse(text);
        QVERIFY(!anchor.ok());
        QCOMPARE(anchor.error().kind, Error::Kind::BadInput);
        QVERIFY2(anchor.error().message.contains(QStringLiteral("is not an audit anchor (") + reason +
                                                 QLatin1Char(')')),
                 qPrintable(anchor.error().message));
        QVERIFY2(anchor.error().message.contains(QStringLiteral("SEQ:HASH")),
                 qPrintable(anchor.error().message));
    }

    void quotesHugeInputShort()
    {
        const QString huge(1'000'000, QLatin1Char('7'));
        auto anchor = AuditAnchor::parse(huge);
        QVERIFY(!anchor.ok());
        QVERIFY2(anchor.error().message.size() < 300, qPrintable(anchor.error().message.left(400)));
        QVERIFY(anchor.error().message.contains(QStringLiteral("…'")));
    }

    void listSplitsOnSpacesCommasAndLines()
    {
        auto anchors = AuditAnchor::parseList(QStringLiteral(" 1:%1, 2:%1\n3:%1 ").arg(kHash));
        QVERIFY2(anchors.ok(), qPrintable(anchors.error().message));
        QCOMPARE(anchors->size(), 3);
        QCOMPARE(anchors->at(2).seq, qint64(3));
        QVERIFY(AuditAnchor::parseList(QStringLiteral("  ")).value().isEmpty());
        auto bad = AuditAnchor::parseList(QStringLiteral("1:%1 2:nope").arg(kHash));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("'2:nope' is not an audit anchor")),
                 qPrintable(bad.error().message));
    }

    void fileSkipsBlankLinesAndComments()
    {
        const QString path =
            writeFile(QStringLiteral("anchors.txt"),
                      QStringLiteral("# release 1.2, kept by the lead\n\n  4:%1  \r\n# Müller's copy\n9:%1\n")
                          .arg(kHash)
                          .toUtf8());
        QVERIFY(!path.isEmpty());
        auto anchors = AuditAnchor::readFile(path);
        QVERIFY2(anchors.ok(), qPrintable(anchors.error().message));
        QCOMPARE(anchors->size(), 2);
        QCOMPARE(anchors->at(0).seq, qint64(4));
        QCOMPARE(anchors->at(1).seq, qint64(9));
        QCOMPARE(anchors->at(1).hash, kHash);
    }

    void fileErrorNamesFileAndLine()
    {
        const QString path =
            writeFile(QStringLiteral("bad.txt"), QStringLiteral("# ok\n4:%1\n4-%1\n").arg(kHash).toUtf8());
        auto anchors = AuditAnchor::readFile(path);
        QVERIFY(!anchors.ok());
        QCOMPARE(anchors.error().kind, Error::Kind::BadInput);
        QVERIFY2(anchors.error().message.startsWith(path + QStringLiteral(":3: '4-")),
                 qPrintable(anchors.error().message));
        QVERIFY2(anchors.error().message.contains(QStringLiteral("is not an audit anchor")),
                 qPrintable(anchors.error().message));
    }

    void invalidUtf8InAnchorIsBadLine()
    {
        QByteArray content = QStringLiteral("4:%1\n").arg(kHash).toUtf8();
        content += QByteArray("7:") + kHash.left(60).toLatin1() + QByteArray("\xff\xfe\x80\x81") + '\n';
        auto anchors = AuditAnchor::readFile(writeFile(QStringLiteral("latin.txt"), content));
        QVERIFY(!anchors.ok());
        QVERIFY2(anchors.error().message.contains(QStringLiteral(":2: ")),
                 qPrintable(anchors.error().message));
        QVERIFY2(anchors.error().message.contains(QStringLiteral("64 hexadecimal digits")),
                 qPrintable(anchors.error().message));
    }

    void fileWithoutAnchorsIsRefused()
    {
        const QString path = writeFile(QStringLiteral("empty.txt"), QByteArray("# nothing yet\n\n"));
        auto anchors = AuditAnchor::readFile(path);
        QVERIFY(!anchors.ok());
        QVERIFY2(anchors.error().message.contains(path + QStringLiteral(" holds no audit anchor")),
                 qPrintable(anchors.error().message));
    }

    void missingOrUnreadableFileIsBadInput()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        auto anchors = AuditAnchor::readFile(missing);
        QVERIFY(!anchors.ok());
        QCOMPARE(anchors.error().kind, Error::Kind::BadInput);
        QVERIFY2(anchors.error().message.contains(QStringLiteral("Cannot read the anchors file ") + missing),
                 qPrintable(anchors.error().message));
        auto directory = AuditAnchor::readFile(m_dir.path());
        QVERIFY(!directory.ok());
        QVERIFY2(directory.error().message.contains(QStringLiteral("Cannot read the anchors file")),
                 qPrintable(directory.error().message));
    }

    void oversizedFileIsRefused()
    {
        const QString path = writeFile(QStringLiteral("huge.txt"), QByteArray(16 * 1024 * 1024 + 1, '\n'));
        QVERIFY(!path.isEmpty());
        auto anchors = AuditAnchor::readFile(path);
        QVERIFY(!anchors.ok());
        QVERIFY2(anchors.error().message.contains(QStringLiteral("larger than 16 MiB")),
                 qPrintable(anchors.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "tst_auditanchor.moc"
