#include "lookerapi/lookerapierror.h"

#include <QJsonArray>

namespace ActionDeck {

LookerApiError LookerApiError::fromAnswer(const QString& path, int status, const QJsonObject& body,
                                          bool lookerShaped) {
    const QString said = body.value(u"message").toString();
    const auto error = [status](Kind what, const QString& words, const QString& theirs = {}) {
        return LookerApiError{what, status, words, theirs};
    };
    if (path == u"/login" && status == 404)
        return lookerShaped
                   ? error(Kind::CredentialsRefused,
                           QStringLiteral("Looker refused the API credentials: check the client "
                                          "id and secret (Admin → Users → Edit keys)."))
                   : error(Kind::NoApi,
                           QStringLiteral("There is no Looker API 4.0 at this URL. Give the "
                                          "instance's URL, e.g. https://acme.looker.com (older "
                                          "instances serve the API on port 19999)."));
    switch (status) {
    case 403:
        return error(Kind::Forbidden,
                     QStringLiteral("The Looker API user may not do this (%1): adding Action Hubs "
                                    "and enabling actions needs a Looker admin.")
                         .arg(said.isEmpty() ? QStringLiteral("HTTP 403") : said),
                     said);
    case 404:
        return error(Kind::NotFound, QStringLiteral("Not found in Looker: %1.").arg(path), path);
    case 422: {
        QStringList fields;
        for (const QJsonValue& entry : body.value(u"errors").toArray()) {
            const QJsonObject e = entry.toObject();
            fields.append(QStringLiteral("%1: %2").arg(e.value(u"field").toString(),
                                                       e.value(u"message").toString()));
        }
        const QString detail = fields.isEmpty() ? said : fields.join(QStringLiteral("; "));
        return error(Kind::Invalid, QStringLiteral("Looker refused the values (%1).").arg(detail),
                     detail);
    }
    case 429:
        return error(Kind::RateLimited,
                     QStringLiteral("Looker is limiting the API's rate: try again in a minute."));
    default:
        return error(Kind::Server,
                     QStringLiteral("Looker answered HTTP %1%2.")
                         .arg(status)
                         .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said),
                     said);
    }
}

} // namespace ActionDeck
