// runWorkspaceTask: work runs on the pool with the workspace, its thread's connection is given back when it
// ends, and the result reaches the GUI thread only while the context lives and the task's generation is
// current — against a temporary SQLite workspace.
#include "storage/databaseurl.h"
#include "workspace/workspace.h"
#include "workspacetask.h"

#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace tailor;

class TestWorkspaceTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deliversTheResultOnTheGuiThread();
    void givesBackTheWorkerThreadsConnection();
    void dropsTheResultWhenTheContextIsGone();
    void dropsTheResultOfAStaleGeneration();
    void runsNothingWithoutAWorkspace();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Workspace> m_workspace;
    QThreadPool m_pool;
};

void TestWorkspaceTask::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_pool.setMaxThreadCount(1);
}

void TestWorkspaceTask::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Workspace::init(DatabaseUrl::sqliteFile(m_dir->filePath(QStringLiteral("w.tailor"))),
                                   QStringLiteral("alice"));
    QVERIFY2(created, qPrintable(created.error().message));
    m_workspace = created.value();
}

void TestWorkspaceTask::cleanup()
{
    m_pool.waitForDone();
    m_workspace.reset();
    m_dir.reset();
}

void TestWorkspaceTask::deliversTheResultOnTheGuiThread()
{
    QObject context;
    QThread *worker = nullptr;
    QThread *deliveredOn = nullptr;
    int prompts = -1;
    runWorkspaceTask(
        &m_pool, m_workspace, &context,
        [&worker](Workspace &workspace) {
            worker = QThread::currentThread();
            return workspace.prompts().list();
        },
        [&](Result<QList<PromptSummary>> listed) {
            deliveredOn = QThread::currentThread();
            prompts = listed ? int(listed->size()) : -1;
        });
    QTRY_VERIFY(deliveredOn != nullptr);
    QCOMPARE(deliveredOn, QCoreApplication::instance()->thread());
    QVERIFY(worker != nullptr);
    QVERIFY(worker != deliveredOn);
    QVERIFY(prompts > 0);
}

void TestWorkspaceTask::givesBackTheWorkerThreadsConnection()
{
    // The GUI thread holds the connection it opened the workspace with.
    const int before = m_workspace->database().connectionCount();
    QVERIFY(before >= 1);
    std::atomic<int> during = -1;
    QObject context;
    bool delivered = false;
    runWorkspaceTask(
        &m_pool, m_workspace, &context,
        [&during](Workspace &workspace) {
            auto listed = workspace.prompts().list();
            during = workspace.database().connectionCount();
            return listed;
        },
        [&delivered](Result<QList<PromptSummary>> listed) { delivered = listed.ok(); });
    QTRY_VERIFY(delivered);
    QCOMPARE(during.load(), before + 1);                         // the work had a connection of its own…
    QCOMPARE(m_workspace->database().connectionCount(), before); // …and its thread gave it back
}

void TestWorkspaceTask::dropsTheResultWhenTheContextIsGone()
{
    QSemaphore started;
    QSemaphore proceed;
    auto *context = new QObject;
    bool delivered = false;
    runWorkspaceTask(
        &m_pool, m_workspace, context,
        [&](Workspace &workspace) {
            started.release();
            proceed.acquire();
            return workspace.prompts().list();
        },
        [&delivered](Result<QList<PromptSummary>>) { delivered = true; });
    started.acquire();
    delete context;
    proceed.release();
    QVERIFY(m_pool.waitForDone(10000));
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

void TestWorkspaceTask::dropsTheResultOfAStaleGeneration()
{
    QObject context;
    TaskGeneration generation;
    QSemaphore proceed;
    bool staleDelivered = false;
    bool currentDelivered = false;
    runWorkspaceTask(
        &m_pool, m_workspace, &context, generation,
        [&proceed](Workspace &workspace) {
            proceed.acquire();
            return workspace.prompts().list();
        },
        [&staleDelivered](Result<QList<PromptSummary>>) { staleDelivered = true; });
    generation.advance(); // what the first task was for is gone
    runWorkspaceTask(
        &m_pool, m_workspace, &context, generation,
        [](Workspace &workspace) { return workspace.prompts().list(); },
        [&currentDelivered](Result<QList<PromptSummary>> listed) { currentDelivered = listed.ok(); });
    proceed.release();
    // The pool runs one task at a time, in order: once the second is delivered the first has finished.
    QTRY_VERIFY(currentDelivered);
    QTest::qWait(50);
    QVERIFY(!staleDelivered);
}

void TestWorkspaceTask::runsNothingWithoutAWorkspace()
{
    QObject context;
    bool ran = false;
    bool delivered = false;
    runWorkspaceTask(
        &m_pool, std::shared_ptr<Workspace>(), &context,
        [&ran](Workspace &) {
            ran = true;
            return 1;
        },
        [&delivered](int) { delivered = true; });
    QVERIFY(m_pool.waitForDone(10000));
    QCoreApplication::processEvents();
    QVERIFY(!ran);
    QVERIFY(!delivered);
}

QTEST_MAIN(TestWorkspaceTask)
#include "tst_workspacetask.moc"
