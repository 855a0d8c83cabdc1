#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QProcessEnvironment;

namespace ActionDeck {

/// Where Looker's API is and who signs in: a base URL (https://acme.looker.com, or with :19999
/// as older instances serve the API), an API client id and secret, and whether the certificate
/// is verified (it is, unless the user says otherwise). Read from the window's configuration,
/// flags, or the Looker SDK's own conventions: LOOKERSDK_* variables and looker.ini.
struct LookerApiSettings {
    QUrl baseUrl;
    QString clientId;
    QByteArray clientSecret; ///< never in argv, logs or messages
    bool verifySsl = true;

    /// LOOKERSDK_BASE_URL, LOOKERSDK_CLIENT_ID, LOOKERSDK_CLIENT_SECRET, LOOKERSDK_VERIFY_SSL;
    /// nullopt without LOOKERSDK_BASE_URL.
    static std::optional<LookerApiSettings> fromEnvironment(const QProcessEnvironment& environment);
    /// A looker.ini's section (base_url, client_id, client_secret, verify_ssl); nullopt with
    /// `error` when the file or the section is missing.
    static std::optional<LookerApiSettings> fromIni(const QString& path, const QString& section,
                                                    QString* error);
    /// Empty when they can be used; else what is missing, in words.
    QString problem() const;
    /// The URL of `path` under /api/4.0 ("/login"), or outside it when it starts with "/api/".
    QUrl apiUrl(const QString& path, const QUrlQuery& query = {}) const;
};

} // namespace ActionDeck
