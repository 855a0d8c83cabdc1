#pragma once

#include "sanitizerscale.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace ActionDeck::TestSupport {

/// Runs the event loop until `condition` holds or `timeoutMs` passes (as long as `timeoutMs`
/// exactly); returns the condition.
template <typename Condition> bool waitUntilFor(Condition condition, qint64 timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

/// Runs the event loop until `condition` holds or `timeoutMs` passes; returns the condition.
/// The patience is scaled in a sanitizer build, where everything runs several times slower.
template <typename Condition> bool waitUntil(Condition condition, int timeoutMs = 10000) {
    return waitUntilFor(condition, scaledMs(timeoutMs));
}

/// Runs the event loop for `ms` (what should not happen gets its chance to).
inline void processEventsFor(int ms) {
    waitUntilFor([] { return false; }, ms);
}

} // namespace ActionDeck::TestSupport
