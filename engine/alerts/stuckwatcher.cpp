#include "alerts/stuckwatcher.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

namespace ActionDeck {

QList<AlertNotice> StuckWatcher::observe(const QHash<QString, qint64>& oldestPendingMs,
                                         qint64 nowMs) {
    QList<AlertNotice> notices;
    QStringList sources = oldestPendingMs.keys();
    for (const QString& source : std::as_const(m_stuck)) {
        if (!sources.contains(source))
            sources.append(source);
    }
    std::sort(sources.begin(), sources.end());
    for (const QString& source : sources) {
        const auto pending = oldestPendingMs.constFind(source);
        const qint64 waitedMs = pending == oldestPendingMs.constEnd() ? 0 : nowMs - *pending;
        const bool stuck = waitedMs > m_stuckMs;
        if (stuck == m_stuck.contains(source))
            continue;
        AlertNotice notice;
        notice.json = {{QStringLiteral("source"), source}};
        if (stuck) {
            m_stuck.insert(source);
            notice.kind = AlertNotice::Kind::SourceStuck;
            const qint64 minutes = waitedMs / 60'000;
            notice.text = QStringLiteral("ActionDeck: delivery to source %1 is stuck: its oldest "
                                         "pending batch has waited %2 minutes.")
                              .arg(source)
                              .arg(minutes);
            notice.json.insert(u"oldestPendingMs", *pending);
            notice.json.insert(u"waitedMinutes", minutes);
        } else {
            m_stuck.remove(source);
            notice.kind = AlertNotice::Kind::SourceRecovered;
            notice.text =
                QStringLiteral("ActionDeck: delivery to source %1 has recovered.").arg(source);
        }
        notices.append(notice);
    }
    return notices;
}

} // namespace ActionDeck
