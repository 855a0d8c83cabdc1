#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>

namespace ActionDeck {

/// Timestamps in the form RudderStack's SDKs send: UTC, milliseconds, `Z`.
class IsoTime {
public:
    /// Appends e.g. `2017-07-28T02:25:19.000Z`.
    void append(qint64 msSinceEpoch, std::string& out);
    /// Parses Looker's `ran_at` (ISO 8601 with an offset, or `YYYY-MM-DD HH:MM:SS`, as UTC).
    static std::optional<qint64> parse(std::string_view text);

private:
    // Messages are built thousands per millisecond: format each millisecond once.
    qint64 m_cachedMs = -1;
    std::string m_cachedText;
};

} // namespace ActionDeck
