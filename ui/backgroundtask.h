// runInBackground() runs work off the GUI thread and hands its plain-value result back to the GUI thread.
// Pages use it for everything that touches a database, so the window stays responsive while PostgreSQL
// takes its time. The continuation runs only while `context` lives: closing a page drops late results.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace tailor {

template<typename Work, typename Done>
void runInBackground(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->future().takeResult());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

} // namespace tailor
