#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace ActionDeck {

/// Calls `handler` with the future's result on the GUI thread, unless `receiver` is gone by then;
/// always from the event loop, never from within the call that asked (a future that is already
/// finished would otherwise run its continuation at once, and an export would recurse).
/// `context` (the hub connection) is the continuation's because it outlives the widgets: Qt 6.4
/// asserts when a context object dies before its future finishes.
template <typename T, typename Handler>
void whenReady(QFuture<T> future, QObject& context, QObject* receiver, Handler handler) {
    future.then(&context, [guard = QPointer<QObject>(receiver),
                           handler = std::move(handler)](T result) mutable {
        if (guard)
            QMetaObject::invokeMethod(
                guard.get(),
                [handler = std::move(handler), result = std::move(result)]() mutable {
                    handler(std::move(result));
                },
                Qt::QueuedConnection);
    });
}

} // namespace ActionDeck
