// runWorkspaceTask() is how a page asks the open workspace something without blocking the GUI: `work` gets
// the workspace on a thread of the workspace pool, the thread gives back what it held of the workspace
// (its database connection) as soon as `work` returns, and `done` gets the plain-value result on the GUI
// thread — only while `context` lives, and, with a TaskGeneration, only if nothing made the task stale
// meanwhile (another workspace, another prompt, a newer query). Pages never name the database: this and
// the core services are all they use.
#pragma once

#include "backgroundtask.h"
#include "workspace/workspace.h"

#include <QtGlobal>

#include <memory>
#include <type_traits>
#include <utility>

namespace tailor {

// A counter a page advances when what its running tasks were for is gone; their results are then dropped.
// It must live as long as the context of the tasks it guards (make it a member of that context).
class TaskGeneration
{
public:
    void advance() { ++m_value; }
    quint64 value() const { return m_value; }

private:
    quint64 m_value = 0;
};

template<typename Work, typename Done>
void runWorkspaceTask(QThreadPool *pool, std::shared_ptr<Workspace> workspace, QObject *context, Work work,
                      Done done)
{
    static_assert(std::is_invocable_v<Work, Workspace &>, "work takes the workspace: (Workspace &) -> T");
    if (!workspace)
        return;
    runInBackground(
        pool, context,
        [workspace = std::move(workspace), work = std::move(work)]() mutable {
            auto result = work(*workspace);
            workspace->releaseThreadResources();
            return result;
        },
        std::move(done));
}

// As above, and `done` runs only if `generation` was not advanced since the task started.
template<typename Work, typename Done>
void runWorkspaceTask(QThreadPool *pool, std::shared_ptr<Workspace> workspace, QObject *context,
                      const TaskGeneration &generation, Work work, Done done)
{
    runWorkspaceTask(
        pool, std::move(workspace), context, std::move(work),
        [&generation, started = generation.value(), done = std::move(done)](auto result) mutable {
            if (generation.value() == started)
                done(std::move(result));
        });
}

} // namespace tailor
