#pragma once

#include <QJsonObject>
#include <QString>

namespace ActionDeck {

/// Why a call to Looker's API did not succeed, by kind (a window says each in its language)
/// and in words (English, for the command line). Never holds a secret.
struct LookerApiError {
    enum class Kind {
        None,
        CredentialsRefused, ///< a refused login: Looker answers 404 there
        NoApi,              ///< nothing like Looker's API 4.0 at that URL
        Forbidden,          ///< 403: the API user lacks a permission (hubs need an admin)
        NotFound,           ///< 404 elsewhere
        Invalid,            ///< 422, with each field's message
        RateLimited,        ///< 429 after the bounded retries
        Unreachable,        ///< no answer: refused, no such host, timed out
        Tls,                ///< the certificate was not trusted
        Server,             ///< any other status
    };
    Kind kind = Kind::None;
    int status = 0;
    QString message;
    /// The part of `message` that is not ours to translate: Looker's own words, the fields of a
    /// 422, the path, the network's error, whose certificate.
    QString detail = {};

    bool ok() const { return kind == Kind::None; }
    /// The error of an HTTP answer (`status` ≥ 400) to `path`, from Looker's error body
    /// ({message, documentation_url}; 422: errors[] with field and message).
    static LookerApiError fromAnswer(const QString& path, int status, const QJsonObject& body,
                                     bool lookerShaped);
};

} // namespace ActionDeck
