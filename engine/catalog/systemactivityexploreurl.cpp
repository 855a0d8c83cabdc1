#include "catalog/systemactivityexploreurl.h"

#include <QUrl>

namespace ActionDeck {

const QStringList& SystemActivityExploreUrl::fields() {
    static const QStringList kFields{QStringLiteral("event.id"),
                                     QStringLiteral("event.name"),
                                     QStringLiteral("event.category"),
                                     QStringLiteral("event.created_time"),
                                     QStringLiteral("event.user_id"),
                                     QStringLiteral("event.sudo_user_id"),
                                     QStringLiteral("event.is_admin"),
                                     QStringLiteral("event.is_api_call"),
                                     QStringLiteral("event.is_looker_employee"),
                                     QStringLiteral("user.email"),
                                     QStringLiteral("user.name"),
                                     QStringLiteral("event_attribute.name"),
                                     QStringLiteral("event_attribute.value")};
    return kFields;
}

QString SystemActivityExploreUrl::build(const QString& host, const QStringList& eventNames) {
    QString given = host.trimmed();
    if (given.isEmpty())
        return {};
    if (!given.contains(QStringLiteral("://")))
        given.prepend(QStringLiteral("https://"));
    const QUrl url(given, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    QString out = url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded);
    if (url.port() != -1)
        out += u':' + QString::number(url.port());
    out +=
        QStringLiteral("/explore/system__activity/event_attribute?fields=") + fields().join(u',');
    if (!eventNames.isEmpty()) {
        // Looker's filter syntax: one value or several separated by commas.
        out += QStringLiteral("&f[event.name]=") +
               QString::fromLatin1(QUrl::toPercentEncoding(eventNames.join(u','), ","));
    }
    return out + QStringLiteral("&sorts=event.id");
}

} // namespace ActionDeck
