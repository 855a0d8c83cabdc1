#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace ActionDeck::TestSupport {

/// Runs the event loop until `condition` holds or `timeoutMs` passes; returns the condition.
template <typename Condition> bool waitUntil(Condition condition, int timeoutMs = 10000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

/// Runs the event loop for `ms` (what should not happen gets its chance to).
inline void processEventsFor(int ms) {
    waitUntil([] { return false; }, ms);
}

} // namespace ActionDeck::TestSupport
