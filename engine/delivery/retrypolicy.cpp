#include "delivery/retrypolicy.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace ActionDeck {

RetryPolicy::RetryPolicy(Settings settings)
    : m_settings(settings) {}

qint64 RetryPolicy::ceilingMs(int attempt) const {
    const int doublings = std::clamp(attempt - 1, 0, 40);
    const double ceiling =
        double(m_settings.initialDelayMs) * double(1ll << std::min(doublings, 30));
    return qint64(std::min(ceiling, double(m_settings.maxDelayMs)));
}

qint64 RetryPolicy::delayMs(int attempt, double random01,
                            std::optional<qint64> retryAfterMs) const {
    const qint64 ceiling = ceilingMs(attempt);
    // Half fixed, half random: spreads clients out without ever retrying at once.
    const qint64 backoff =
        ceiling / 2 + qint64(double(ceiling / 2) * std::clamp(random01, 0.0, 1.0));
    if (retryAfterMs)
        return std::max(backoff, std::min(*retryAfterMs, m_settings.maxRetryAfterMs));
    return backoff;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& value, qint64 nowMs) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime date = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowMs);
}

bool RetryPolicy::isRetryable(int httpStatus) {
    return httpStatus == 0 || httpStatus == 429 || httpStatus == 408 || httpStatus >= 500;
}

} // namespace ActionDeck
