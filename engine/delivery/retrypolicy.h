#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace ActionDeck {

/// When to try a batch again: exponential backoff with full jitter, capped, without a limit on
/// the number of attempts; a data plane's `Retry-After` wins when it asks for longer.
class RetryPolicy {
public:
    struct Settings {
        qint64 initialDelayMs = 1000;
        qint64 maxDelayMs = 5 * 60 * 1000;
        /// A data plane asking for longer than this is waited for this long.
        qint64 maxRetryAfterMs = 60 * 60 * 1000;
    };

    RetryPolicy() = default;
    explicit RetryPolicy(Settings settings);

    /// The backoff ceiling before attempt `attempt + 1` (attempt counts from 1).
    qint64 ceilingMs(int attempt) const;
    /// The delay before the next attempt. `random01` is uniform in [0, 1).
    qint64 delayMs(int attempt, double random01, std::optional<qint64> retryAfterMs) const;

    /// Parses `Retry-After` (delay-seconds or an HTTP date) relative to `nowMs`.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, qint64 nowMs);
    /// Whether an HTTP status (0 for a network error or timeout) is worth retrying.
    static bool isRetryable(int httpStatus);

private:
    Settings m_settings;
};

} // namespace ActionDeck
