#include "lookerapi/lookerhublink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace ActionDeck {

namespace {

QString trimmed(QString url) {
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace

LookerHubEntry LookerHubEntry::fromJson(const QJsonObject& hub) {
    LookerHubEntry entry;
    // Looker's ids are strings in API 4.0; older answers had numbers.
    const QJsonValue id = hub.value(u"id");
    entry.id = id.isString() ? id.toString() : QString::number(id.toInteger());
    entry.url = hub.value(u"url").toString();
    entry.fetchError = hub.value(u"fetch_error_message").toString();
    entry.hasToken = hub.value(u"has_authorization_token").toBool();
    return entry;
}

LookerHubEntry::FetchProblem LookerHubEntry::fetchProblem() const {
    if (fetchError.isEmpty())
        return FetchProblem::None;
    // Looker's words, in English: "Integration Hub responded with HTTP 403", "SSL_connect …
    // certificate verify failed", "Could not connect …", "execution expired".
    const QString said = fetchError.toLower();
    const auto has = [&said](const char* word) { return said.contains(QLatin1String(word)); };
    if (has("403") || has("401") || has("authoriz"))
        return FetchProblem::TokenRefused;
    if (has("certificate") || has("ssl") || has("tls"))
        return FetchProblem::Certificate;
    if (has("connect") || has("refused") || has("timed out") || has("timeout") || has("expired") ||
        has("resolve") || has("unreachable"))
        return FetchProblem::Unreachable;
    return FetchProblem::Other;
}

LookerHubLink::LookerHubLink(LookerApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api) {}

bool LookerHubLink::sameUrl(const QString& a, const QUrl& b) {
    return trimmed(a).compare(trimmed(b.toString()), Qt::CaseInsensitive) == 0;
}

QFuture<LookerHubLink::Result> LookerHubLink::find(const QUrl& hubUrl) {
    return m_api.get(QStringLiteral("/integration_hubs"))
        .then(this, [hubUrl](const LookerApiClient::Answer& answer) {
            if (!answer.ok())
                return Result{std::nullopt, answer.error};
            for (const QJsonValue& hub : answer.json.array()) {
                if (sameUrl(hub.toObject().value(u"url").toString(), hubUrl))
                    return Result{LookerHubEntry::fromJson(hub.toObject()), {}};
            }
            return Result{std::nullopt, {}};
        });
}

QFuture<LookerHubLink::Result> LookerHubLink::registerHub(const QUrl& hubUrl,
                                                          const QByteArray& token) {
    return find(hubUrl)
        .then(this,
              [this, hubUrl, token](const Result& found) -> QFuture<Result> {
                  if (!found.ok())
                      return QtFuture::makeReadyFuture(found);
                  const QString secret = QString::fromLatin1(token);
                  if (found.hub)
                      return m_api
                          .patch(QStringLiteral("/integration_hubs/%1").arg(found.hub->id),
                                 QJsonDocument(
                                     QJsonObject{{QStringLiteral("authorization_token"), secret}}))
                          .then(this,
                                [this, id = found.hub->id](const LookerApiClient::Answer& a) {
                                    return a.ok() ? verdict(id)
                                                  : QtFuture::makeReadyFuture(
                                                        Result{std::nullopt, a.error});
                                })
                          .unwrap();
                  return m_api
                      .post(QStringLiteral("/integration_hubs"),
                            QJsonDocument(
                                QJsonObject{{QStringLiteral("url"), hubUrl.toString()},
                                            {QStringLiteral("authorization_token"), secret}}))
                      .then(this,
                            [this, hubUrl, token](const LookerApiClient::Answer& a) {
                                // Added meanwhile by someone else: that one gets the token.
                                if (a.status == 409)
                                    return registerHub(hubUrl, token);
                                if (!a.ok())
                                    return QtFuture::makeReadyFuture(Result{std::nullopt, a.error});
                                return verdict(LookerHubEntry::fromJson(a.json.object()).id);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<LookerHubLink::Result> LookerHubLink::verdict(const QString& id) {
    return m_api.get(QStringLiteral("/integration_hubs/%1").arg(id))
        .then(this,
              [this, id](const LookerApiClient::Answer& hubAnswer) -> QFuture<Result> {
                  if (!hubAnswer.ok())
                      return QtFuture::makeReadyFuture(Result{std::nullopt, hubAnswer.error});
                  LookerHubEntry entry = LookerHubEntry::fromJson(hubAnswer.json.object());
                  QUrlQuery query;
                  query.addQueryItem(QStringLiteral("integration_hub_id"), id);
                  return m_api.get(QStringLiteral("/integrations"), query)
                      .then(this,
                            [this, entry, id](const LookerApiClient::Answer& list) mutable {
                                if (list.ok())
                                    entry.actionsRead = int(list.json.array().size());
                                return m_api
                                    .get(QStringLiteral("/integration_hubs/%1/health").arg(id))
                                    .then(this, [entry](const LookerApiClient::Answer& health) {
                                        LookerHubEntry checked = entry;
                                        if (health.ok()) {
                                            const QJsonObject h = health.json.object();
                                            checked.healthy = h.value(u"success").toBool();
                                            checked.healthMessage = h.value(u"message").toString();
                                        }
                                        return Result{checked, {}};
                                    });
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<LookerHubLink::Result> LookerHubLink::unregister(const QUrl& hubUrl) {
    return find(hubUrl)
        .then(this,
              [this](const Result& found) -> QFuture<Result> {
                  if (!found.ok() || !found.hub)
                      return QtFuture::makeReadyFuture(Result{std::nullopt, found.error});
                  return m_api.remove(QStringLiteral("/integration_hubs/%1").arg(found.hub->id))
                      .then([](const LookerApiClient::Answer& a) {
                          return Result{std::nullopt, a.error};
                      });
              })
        .unwrap();
}

} // namespace ActionDeck
