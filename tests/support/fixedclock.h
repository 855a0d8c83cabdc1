#pragma once

#include "core/clock.h"

namespace ActionDeck::TestSupport {

/// A clock that says what the test sets; `step` advances it on every reading.
class FixedClock : public Clock {
public:
    explicit FixedClock(qint64 ms, qint64 step = 0)
        : m_ms(ms)
        , m_step(step) {}
    qint64 nowMs() const override {
        const qint64 now = m_ms;
        m_ms += m_step;
        return now;
    }
    void set(qint64 ms) { m_ms = ms; }

private:
    mutable qint64 m_ms;
    qint64 m_step;
};

} // namespace ActionDeck::TestSupport
