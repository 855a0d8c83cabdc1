#pragma once

#include <QtGlobal>

namespace ActionDeck {

/// The source of "now", injected so that tests get exact timestamps.
class Clock {
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

/// The wall clock.
class SystemClock : public Clock {
public:
    qint64 nowMs() const override;
};

} // namespace ActionDeck
