#include "rudder/dataplaneurl.h"

namespace ActionDeck {

QUrl batchEndpoint(const QString& dataPlaneUrl, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return QUrl();
    };
    QUrl url(dataPlaneUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QStringLiteral("the data plane URL is not a valid URL with a host"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QStringLiteral("http") && scheme != QStringLiteral("https"))
        return fail(QStringLiteral("the data plane URL must start with http:// or https://"));
    if (!url.userInfo().isEmpty())
        return fail(QStringLiteral("the data plane URL must not carry a user or password"));

    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString suffix = QStringLiteral("/v1/batch");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace ActionDeck
