#pragma once

// Limits of time and memory that tests assert, scaled in a sanitizer build
// (ACTIONDECK_SANITIZER_BUILD, set by cmake/Sanitizers.cmake): instrumented code runs several
// times slower, and ASan's shadow memory and freed-memory quarantine add to a process's RSS.

#include <QtGlobal>

namespace ActionDeck::TestSupport {

#ifdef ACTIONDECK_SANITIZER_BUILD
inline constexpr qint64 kSanitizerTimeFactor = 5;
inline constexpr qint64 kSanitizerMemoryFactor = 4;
#else
inline constexpr qint64 kSanitizerTimeFactor = 1;
inline constexpr qint64 kSanitizerMemoryFactor = 1;
#endif

/// A time limit in ms, as the tests state it for an ordinary build.
constexpr qint64 scaledMs(qint64 ms) {
    return ms * kSanitizerTimeFactor;
}

/// A memory limit in MB, as the tests state it for an ordinary build.
constexpr qint64 scaledMb(qint64 mb) {
    return mb * kSanitizerMemoryFactor;
}

} // namespace ActionDeck::TestSupport
