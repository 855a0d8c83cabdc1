#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace ActionDeck {

/// Waits for `future` in an event loop of its own: the commands are sequential.
template <typename T> T waitFor(QFuture<T> future) {
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace ActionDeck
