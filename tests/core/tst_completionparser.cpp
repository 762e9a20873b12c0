#include "llm/completionparser.h"

#include <QTest>

using namespace tailor;

// CompletionParser: whole and streamed completions, the error shapes of each server, invalid UTF-8, answers
// that are no completion.
class TestCompletionParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesACompletionAndItsUsage()
    {
        CompletionParser parser;
        parser.parseBody(R"({"model":"m1","choices":[{"message":{"role":"assistant","content":"Hi"},
            "finish_reason":"length"}],"usage":{"prompt_tokens":12,"completion_tokens":3}})");
        QCOMPARE(parser.state(), CompletionParser::State::Complete);
        QCOMPARE(parser.content(), QStringLiteral("Hi"));
        QCOMPARE(parser.finishReason(), QStringLiteral("length"));
        QCOMPARE(parser.model(), QStringLiteral("m1"));
        QCOMPARE(parser.promptTokens(), 12);
        QCOMPARE(parser.completionTokens(), 3);
    }

    void parsesAStreamFedInPieces()
    {
        const QByteArray stream =
            "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n"
            ": keep-alive comment\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\r\n\r\n"
            "data: {\"choices\":null}\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"lo\"},\"finish_reason\":\"stop\"}]}\n\n"
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}\n\n"
            "data: [DONE]\n\n";
        CompletionParser parser;
        QString deltas;
        for (qsizetype i = 0; i < stream.size(); i += 7) {
            const qsizetype added = parser.feedStream(
                QByteArrayView(stream).sliced(i, std::min<qsizetype>(7, stream.size() - i)));
            deltas += parser.content().right(added);
        }
        parser.endStream();
        QCOMPARE(parser.state(), CompletionParser::State::Complete);
        QCOMPARE(parser.content(), QStringLiteral("Hello"));
        QCOMPARE(deltas, QStringLiteral("Hello"));
        QVERIFY(parser.sawDone());
        QCOMPARE(parser.promptTokens(), 5);
        QCOMPARE(parser.completionTokens(), 2);
    }

    void leavesAStreamWithoutFinishIncomplete()
    {
        CompletionParser parser;
        parser.feedStream("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n");
        parser.endStream();
        QCOMPARE(parser.state(), CompletionParser::State::Incomplete);
    }

    void recognisesEachErrorShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("code");
        QTest::newRow("openai")
            << QByteArray(
                   R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})")
            << QStringLiteral("You exceeded your current quota") << QStringLiteral("insufficient_quota") << 0;
        QTest::newRow("llama.cpp")
            << QByteArray(R"({"error":{"code":503,"message":"Loading model","type":"unavailable_error"}})")
            << QStringLiteral("Loading model") << QStringLiteral("unavailable_error") << 503;
        QTest::newRow("vllm")
            << QByteArray(
                   R"({"object":"error","message":"max_tokens too large","type":"BadRequestError","param":null,"code":400})")
            << QStringLiteral("max_tokens too large") << QStringLiteral("BadRequestError") << 400;
        QTest::newRow("fastapi") << QByteArray(R"({"detail":"Not Found"})") << QStringLiteral("Not Found")
                                 << QString() << 0;
        QTest::newRow("html")
            << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>")
            << QStringLiteral("502 Bad Gateway") << QString() << 0;
        QTest::newRow("text") << QByteArray("upstream connect error")
                              << QStringLiteral("upstream connect error") << QString() << 0;
    }

    void recognisesEachErrorShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, type);
        QFETCH(int, code);
        const ServerError error = ServerError::fromBody(body);
        QCOMPARE(error.message, message);
        QCOMPARE(error.type, type);
        QCOMPARE(error.code, code);
    }

    void replacesInvalidUtf8()
    {
        CompletionParser parser;
        parser.parseBody(QByteArray("{\"choices\":[{\"message\":{\"content\":\"caf\xc3 ok\"}}]}"));
        QCOMPARE(parser.state(), CompletionParser::State::Complete);
        QVERIFY(parser.invalidUtf8());
        QCOMPARE(parser.content(), QStringLiteral("caf\uFFFD ok"));
    }

    void reportsAnswersThatAreNoCompletion()
    {
        CompletionParser notJson;
        notJson.parseBody("Hello world");
        QCOMPARE(notJson.state(), CompletionParser::State::Malformed);
        QCOMPARE(notJson.problem(), QStringLiteral("something that is not JSON: \"Hello world\""));
        CompletionParser noChoices;
        noChoices.parseBody(R"({"object":"list","data":[]})");
        QCOMPARE(noChoices.problem(), QStringLiteral("JSON without choices: not a chat completion"));
    }
};

QTEST_GUILESS_MAIN(TestCompletionParser)
#include "tst_completionparser.moc"
