// LocalHubConnection's configuration calls: through the hub in this process, kept by the
// window's keeper (a fleet) and saver (its ConfigStore).
#include "connection/localhubconnection.h"
#include "hub/configpatch.h"
#include "hub/hubtoken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPromise>

#include <memory>

namespace ActionDeck {

namespace {

template <typename T> QFuture<HubReply<T>> failed(const QString& error) {
    return QtFuture::makeReadyFuture(HubReply<T>{T{}, error});
}

} // namespace

void LocalHubConnection::setConfigKeeper(std::function<bool(const HubConfig&, QString*)> keeper) {
    m_keeper = std::move(keeper);
}

void LocalHubConnection::setConfigSaver(std::function<void(const HubConfig&)> saver) {
    m_saver = std::move(saver);
}

QFuture<HubReply<HubConfig>>
LocalHubConnection::changeConfig(const QJsonObject& patch,
                                 const std::optional<HostSettings>& host) {
    QString error;
    auto wanted = ConfigPatch::apply(m_hub.config(), patch, ConfigPatch::Mode::Request, &error);
    if (!wanted)
        return failed<HubConfig>(error);
    if (host && !host->applyTo(*wanted, &error))
        return failed<HubConfig>(QCoreApplication::translate(
            "ActionDeck::LocalHubConnection",
            "The listen address must be an IP address and port, such as 127.0.0.1:8080."));
    if (m_keeper && !m_keeper(*wanted, &error))
        return failed<HubConfig>(
            QCoreApplication::translate("ActionDeck::LocalHubConnection", "Not applied: %1")
                .arg(error));
    // A listen address that can not be used is still taken (the hub says why it does not
    // listen, in the snapshot); everything else applies at once.
    m_hub.reconfigure(*wanted, nullptr);
    if (m_saver)
        m_saver(*wanted);
    refreshSnapshot();
    return QtFuture::makeReadyFuture(HubReply<HubConfig>{*wanted, {}});
}

void LocalHubConnection::setLookerConnection(const LookerApiConnection& looker) {
    HubConfig config = m_hub.config();
    config.looker = looker;
    m_hub.reconfigure(config, nullptr);
    if (m_saver)
        m_saver(config);
}

const RegionConfig* LocalHubConnection::region(const QString& name) const {
    for (const RegionConfig& region : m_hub.config().regions) {
        if (region.name == name)
            return &region;
    }
    return nullptr;
}

QList<RegionTokenInfo> LocalHubConnection::regionTokens(const QString& name) const {
    QList<RegionTokenInfo> tokens;
    if (const RegionConfig* r = region(name)) {
        for (const QByteArray& token : r->tokens)
            tokens.append({QString::fromLatin1(HubToken::nonceOf(token)), token});
    }
    return tokens;
}

QStringList LocalHubConnection::revokedNonces(const QString& name) const {
    QStringList nonces;
    if (const RegionConfig* r = region(name)) {
        for (const QByteArray& nonce : r->revokedNonces)
            nonces.append(QString::fromLatin1(nonce));
    }
    nonces.sort();
    return nonces;
}

QFuture<HubReply<MadeToken>> LocalHubConnection::makeRegionToken(const QString& name) {
    const RegionConfig* r = region(name);
    if (!r)
        return failed<MadeToken>(QCoreApplication::translate("ActionDeck::LocalHubConnection",
                                                             "There is no region named %1.")
                                     .arg(name));
    QJsonObject entry;
    QByteArray secret = r->secret;
    if (secret.isEmpty()) {
        // A region of listed tokens only gets a secret of its own to sign new ones.
        secret = HubToken::newSecret();
        entry.insert(u"secret", QString::fromLatin1(secret));
    }
    const QByteArray token = HubToken::generate(secret);
    // Listed so that it can be shown, copied and revoked later; the secret alone would already
    // make the hub accept it.
    entry.insert(u"tokens", QJsonArray{QString::fromLatin1(token)});
    const QString nonce = QString::fromLatin1(HubToken::nonceOf(token));
    return changeConfig({{QStringLiteral("regions"), QJsonObject{{name, entry}}}})
        .then([token, nonce](const HubReply<HubConfig>& reply) {
            return reply.ok() ? HubReply<MadeToken>{{token, nonce}, {}}
                              : HubReply<MadeToken>{{}, reply.error};
        });
}

QFuture<HubReply<bool>> LocalHubConnection::revokeRegionToken(const QString& name,
                                                              const QString& nonce) {
    if (!region(name))
        return failed<bool>(QCoreApplication::translate("ActionDeck::LocalHubConnection",
                                                        "There is no region named %1.")
                                .arg(name));
    return changeConfig({{QStringLiteral("regions"),
                          QJsonObject{{name, QJsonObject{{QStringLiteral("revokedNonces"),
                                                          QJsonArray{nonce}}}}}}})
        .then([](const HubReply<HubConfig>& reply) {
            return HubReply<bool>{reply.ok(), reply.error};
        });
}

QFuture<HubReply<QString>> LocalHubConnection::revealWriteKey(const QString& name) {
    const SourceConfig* source = m_hub.config().source(name);
    if (!source)
        return failed<QString>(QCoreApplication::translate("ActionDeck::LocalHubConnection",
                                                           "There is no source named %1.")
                                   .arg(name));
    return QtFuture::makeReadyFuture(HubReply<QString>{source->writeKey, {}});
}

QFuture<HubReply<ConnectionProbe::Result>>
LocalHubConnection::testSource(const QString& name, const QString& dataPlaneUrl,
                               const QString& writeKey) {
    QString url = dataPlaneUrl.trimmed();
    QString key = writeKey.trimmed();
    if (const SourceConfig* source = m_hub.config().source(name)) {
        if (url.isEmpty())
            url = source->dataPlaneUrl;
        if (key.isEmpty())
            key = source->writeKey;
    }
    auto promise = std::make_shared<QPromise<HubReply<ConnectionProbe::Result>>>();
    promise->start();
    auto* probe = new ConnectionProbe(this);
    connect(probe, &ConnectionProbe::finished, this,
            [probe, promise](const ConnectionProbe::Result& result) {
                probe->deleteLater();
                promise->addResult(HubReply<ConnectionProbe::Result>{result, {}});
                promise->finish();
            });
    probe->test(url, key);
    return promise->future();
}

QFuture<HubReply<int>> LocalHubConnection::sendMessages(const QString& source,
                                                        const std::vector<std::string>& messages,
                                                        const QString& origin) {
    const int count = int(messages.size());
    return m_hub.send(source, messages, origin)
        .then(this, [count](const Outbox::AppendResult& result) {
            return result.ok ? HubReply<int>{count, {}} : HubReply<int>{0, result.error};
        });
}

} // namespace ActionDeck
