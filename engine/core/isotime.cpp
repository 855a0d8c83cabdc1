#include "core/isotime.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace ActionDeck {

void IsoTime::append(qint64 msSinceEpoch, std::string& out) {
    if (msSinceEpoch != m_cachedMs) {
        m_cachedMs = msSinceEpoch;
        m_cachedText = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
                           .toString(Qt::ISODateWithMs)
                           .toStdString();
    }
    out += m_cachedText;
}

std::optional<qint64> IsoTime::parse(std::string_view text) {
    const QString s = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
    QDateTime parsed = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (parsed.isValid())
            parsed.setTimeZone(QTimeZone::utc());
    }
    if (!parsed.isValid())
        return std::nullopt;
    // A time without an offset is read as UTC, not as the machine's local time.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toMSecsSinceEpoch();
}

} // namespace ActionDeck
