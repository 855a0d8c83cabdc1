#include "lookerapi/lookerapisettings.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>

namespace ActionDeck {

namespace {

bool yes(const QString& value) {
    const QString v = value.trimmed().toLower();
    return !(v == u"false" || v == u"0" || v == u"no" || v == u"off");
}

QUrl baseOf(const QString& text) {
    QUrl url(text.trimmed(), QUrl::StrictMode);
    // A base URL given with the API's path is the same Looker.
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/4.0")))
        path.chop(8);
    url.setPath(path);
    return url;
}

} // namespace

std::optional<LookerApiSettings>
LookerApiSettings::fromEnvironment(const QProcessEnvironment& environment) {
    const QString base = environment.value(QStringLiteral("LOOKERSDK_BASE_URL"));
    if (base.trimmed().isEmpty())
        return std::nullopt;
    LookerApiSettings settings;
    settings.baseUrl = baseOf(base);
    settings.clientId = environment.value(QStringLiteral("LOOKERSDK_CLIENT_ID")).trimmed();
    settings.clientSecret =
        environment.value(QStringLiteral("LOOKERSDK_CLIENT_SECRET")).trimmed().toUtf8();
    settings.verifySsl =
        yes(environment.value(QStringLiteral("LOOKERSDK_VERIFY_SSL"), QStringLiteral("true")));
    return settings;
}

std::optional<LookerApiSettings>
LookerApiSettings::fromIni(const QString& path, const QString& section, QString* error) {
    if (!QFileInfo(path).isReadable()) {
        if (error)
            *error = QStringLiteral("%1 can not be read.").arg(path);
        return std::nullopt;
    }
    QSettings ini(path, QSettings::IniFormat);
    const QString name = section.isEmpty() ? QStringLiteral("Looker") : section;
    if (!ini.childGroups().contains(name)) {
        if (error)
            *error = QStringLiteral("%1 has no [%2] section.").arg(path, name);
        return std::nullopt;
    }
    ini.beginGroup(name);
    LookerApiSettings settings;
    settings.baseUrl = baseOf(ini.value(QStringLiteral("base_url")).toString());
    settings.clientId = ini.value(QStringLiteral("client_id")).toString().trimmed();
    settings.clientSecret =
        ini.value(QStringLiteral("client_secret")).toString().trimmed().toUtf8();
    settings.verifySsl =
        yes(ini.value(QStringLiteral("verify_ssl"), QStringLiteral("true")).toString());
    return settings;
}

QString LookerApiSettings::problem() const {
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (baseUrl.scheme() != u"https" && baseUrl.scheme() != u"http"))
        return QStringLiteral("Looker's URL must be an https URL such as https://acme.looker.com.");
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return QStringLiteral("Signing in to Looker's API takes an API client id and secret "
                              "(Looker: Admin → Users → Edit keys).");
    return {};
}

QUrl LookerApiSettings::apiUrl(const QString& path, const QUrlQuery& query) const {
    QUrl url = baseUrl;
    url.setPath(baseUrl.path() + (path.startsWith(QLatin1String("/api/"))
                                      ? path
                                      : QStringLiteral("/api/4.0") + path),
                QUrl::TolerantMode);
    url.setQuery(query);
    return url;
}

} // namespace ActionDeck
