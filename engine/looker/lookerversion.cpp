#include "looker/lookerversion.h"

#include <QList>

namespace ActionDeck {

std::optional<LookerVersion> LookerVersion::fromUserAgent(const QByteArray& userAgent) {
    static const QByteArray prefix = QByteArrayLiteral("LookerOutgoingWebhook/");
    const qsizetype at = userAgent.indexOf(prefix);
    if (at < 0)
        return std::nullopt;
    QByteArray text = userAgent.mid(at + prefix.size());
    const qsizetype end = text.indexOf(' ');
    if (end >= 0)
        text.truncate(end);
    const QList<QByteArray> pieces = text.split('.');
    if (pieces.size() < 2 || pieces.size() > 3)
        return std::nullopt;
    LookerVersion version;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        // Pre-release suffixes ("7.20.0-beta") count as their release.
        QByteArray digits = pieces[i];
        const qsizetype dash = digits.indexOf('-');
        if (dash >= 0)
            digits.truncate(dash);
        bool ok = false;
        version.parts[std::size_t(i)] = digits.toInt(&ok);
        if (!ok || version.parts[std::size_t(i)] < 0)
            return std::nullopt;
    }
    return version;
}

} // namespace ActionDeck
