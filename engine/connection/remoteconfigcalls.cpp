// RemoteHubConnection's configuration calls (the admin scope's), apart from the connection's
// stream and outbox calls.
#include "admin/sourceroutes.h"
#include "connection/remotehubconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace ActionDeck {

namespace {

QString pathPart(const QString& name) {
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

template <typename T> HubReply<T> refused(const AdminAnswer& answer) {
    return HubReply<T>{T{}, answer.error};
}

} // namespace

bool RemoteHubConnection::configAvailable() const {
    return snapshot().callerScope == u"admin" && !m_maskedConfig.isEmpty();
}

QString RemoteHubConnection::configUnavailableReason() const {
    if (snapshot().callerScope.isEmpty())
        return QCoreApplication::translate("ActionDeck::RemoteHubConnection",
                                           "Waiting for %1 to answer…")
            .arg(name());
    if (snapshot().callerScope != u"admin")
        return QCoreApplication::translate(
                   "ActionDeck::RemoteHubConnection",
                   "Seeing and changing the configuration of %1 takes an admin token; this "
                   "window's token for it has the scope \"%2\". Edit the hub on the Hubs page "
                   "to give it one (actiondeck admin-token create NAME --scope admin).")
            .arg(name(), snapshot().callerScope);
    if (m_maskedConfig.isEmpty())
        return QCoreApplication::translate("ActionDeck::RemoteHubConnection",
                                           "Reading the configuration of %1…")
            .arg(name());
    return {};
}

QStringList RemoteHubConnection::fieldsSetByFlags() const {
    QStringList fields;
    for (const QJsonValue& field : m_maskedConfig.value(u"setByFlags").toArray())
        fields.append(field.toString());
    return fields;
}

QFuture<HubReply<HubConfig>>
RemoteHubConnection::changeConfig(const QJsonObject& patch,
                                  const std::optional<HostSettings>& host) {
    if (host)
        return QtFuture::makeReadyFuture(HubReply<HubConfig>{
            {},
            QCoreApplication::translate("ActionDeck::RemoteHubConnection",
                                        "Where a server's hub listens, its TLS files and its "
                                        "outbox are set on that server (its --config file and "
                                        "flags).")});
    return m_client
        .patch(QStringLiteral("/api/v1/config"),
               QJsonDocument(patch).toJson(QJsonDocument::Compact), m_configEtag)
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                // Someone else's change came first: the next edit starts from theirs.
                if (answer.status == 412)
                    fetchConfig();
                return refused<HubConfig>(answer);
            }
            // The answer is the configuration after the change, masked as GET gives it, with its
            // ETag: the next change is made against it without another GET.
            QJsonObject masked = answer.json();
            masked.insert(u"secretsIn", QStringLiteral("keychain"));
            if (auto config = HubConfig::fromJson(QJsonDocument(masked).toJson(), nullptr);
                config && !answer.etag.isEmpty()) {
                m_config = *config;
                m_maskedConfig = answer.json();
                m_configEtag = answer.etag;
                emit configChanged();
            } else {
                fetchConfig();
            }
            return HubReply<HubConfig>{m_config, {}};
        });
}

QJsonObject RemoteHubConnection::maskedRegion(const QString& region) const {
    for (const QJsonValue& entry : m_maskedConfig.value(u"regions").toArray()) {
        if (entry.toObject().value(u"name").toString() == region)
            return entry.toObject();
    }
    return {};
}

QList<RegionTokenInfo> RemoteHubConnection::regionTokens(const QString& region) const {
    QList<RegionTokenInfo> tokens;
    for (const QJsonValue& nonce : maskedRegion(region).value(u"tokenNonces").toArray())
        tokens.append({nonce.toString(), {}});
    return tokens;
}

QStringList RemoteHubConnection::revokedNonces(const QString& region) const {
    QStringList nonces;
    for (const QJsonValue& nonce : maskedRegion(region).value(u"revokedNonces").toArray())
        nonces.append(nonce.toString());
    return nonces;
}

QFuture<HubReply<MadeToken>> RemoteHubConnection::makeRegionToken(const QString& region) {
    return m_client.post(QStringLiteral("/api/v1/regions/%1/tokens").arg(pathPart(region)))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return refused<MadeToken>(answer);
            }
            fetchConfig();
            const QJsonObject made = answer.json();
            return HubReply<MadeToken>{
                {made.value(u"token").toString().toLatin1(), made.value(u"nonce").toString()}, {}};
        });
}

QFuture<HubReply<bool>> RemoteHubConnection::revokeRegionToken(const QString& region,
                                                               const QString& nonce) {
    return m_client
        .post(QStringLiteral("/api/v1/regions/%1/tokens/%2/revoke")
                  .arg(pathPart(region), pathPart(nonce)))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return refused<bool>(answer);
            }
            fetchConfig();
            return HubReply<bool>{true, {}};
        });
}

QFuture<HubReply<QString>> RemoteHubConnection::revealWriteKey(const QString& source) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("reveal"), QStringLiteral("1"));
    return m_client.get(QStringLiteral("/api/v1/sources/%1").arg(pathPart(source)), query)
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return refused<QString>(answer);
            }
            return HubReply<QString>{answer.json().value(u"writeKey").toString(), {}};
        });
}

QFuture<HubReply<ConnectionProbe::Result>>
RemoteHubConnection::testSource(const QString& source, const QString& dataPlaneUrl,
                                const QString& writeKey) {
    QJsonObject form;
    if (!dataPlaneUrl.trimmed().isEmpty())
        form.insert(u"dataPlaneUrl", dataPlaneUrl.trimmed());
    if (!writeKey.trimmed().isEmpty())
        form.insert(u"writeKey", writeKey.trimmed());
    return m_client
        .post(QStringLiteral("/api/v1/sources/%1/test").arg(pathPart(source)), {},
              form.isEmpty() ? QByteArray() : QJsonDocument(form).toJson(QJsonDocument::Compact),
              QByteArrayLiteral("application/json"))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return refused<ConnectionProbe::Result>(answer);
            }
            const QJsonObject body = answer.json();
            const int outcome = SourceRoutes::outcomeOf(body.value(u"outcome").toString());
            if (outcome < 0)
                return HubReply<ConnectionProbe::Result>{
                    {},
                    QCoreApplication::translate(
                        "ActionDeck::RemoteHubConnection",
                        "The hub's answer to the test was not understood.")};
            return HubReply<ConnectionProbe::Result>{{ConnectionProbe::Outcome(outcome),
                                                      body.value(u"status").toInt(),
                                                      body.value(u"detail").toString()},
                                                     {}};
        });
}

QFuture<HubReply<int>> RemoteHubConnection::sendMessages(const QString& source,
                                                         const std::vector<std::string>& messages,
                                                         const QString& origin) {
    QByteArray body;
    for (const std::string& message : messages) {
        body.append(message.data(), qsizetype(message.size()));
        body.append('\n');
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("origin"), origin);
    return m_client
        .post(QStringLiteral("/api/v1/sources/%1/messages").arg(pathPart(source)), query, body,
              QByteArrayLiteral("application/x-ndjson"))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return refused<int>(answer);
            }
            return HubReply<int>{answer.json().value(u"stored").toInt(), {}};
        });
}

} // namespace ActionDeck
