#include "lookerlink/lookersetup.h"

#include <QHostAddress>

namespace ActionDeck {

QStringList LookerSetup::defaultActions() {
    return {QStringLiteral("rudder_event"), QStringLiteral("rudder_track"),
            QStringLiteral("rudder_group")};
}

QString LookerSetup::systemActivityAction() {
    return QStringLiteral("rudder_system_activity");
}

LookerSetup::LookerSetup(HubConnection& hub, const LookerApiSettings& settings, QObject* parent)
    : QObject(parent)
    , m_hub(&hub)
    , m_api(settings)
    , m_link(m_api)
    , m_integrations(m_api) {}

QUrl LookerSetup::hubUrl() const {
    return m_hub ? QUrl(m_hub->snapshot().url) : QUrl();
}

bool LookerSetup::unreachableFromTheCloud(const QUrl& url) {
    const QHostAddress host(url.host());
    if (url.host() == u"localhost" || host.isLoopback() || host.isLinkLocal())
        return true;
    for (const char* subnet : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"}) {
        if (host.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet))))
            return true;
    }
    return false;
}

QFuture<LookerSetup::SignIn> LookerSetup::signIn() {
    return m_api.get(QStringLiteral("/user"))
        .then(this,
              [this](const LookerApiClient::Answer& user) {
                  SignIn done{user.json.object().value(u"display_name").toString(), std::nullopt,
                              user.error};
                  if (!user.ok())
                      return QtFuture::makeReadyFuture(done);
                  return m_api.version().then(this, [done](const std::optional<QString>& version) {
                      SignIn known = done;
                      known.version = version;
                      return known;
                  });
              })
        .unwrap();
}

QFuture<LookerSetup::State> LookerSetup::failed(const QString& hubError) const {
    State state;
    state.hubError = hubError;
    return QtFuture::makeReadyFuture(state);
}

QFuture<LookerSetup::State>
LookerSetup::withHub(std::function<QFuture<State>(const LookerHubEntry&)> next) {
    const QUrl url = hubUrl();
    if (url.isEmpty())
        return failed(tr("The hub has not said where Looker reaches it yet."));
    return m_link.find(url)
        .then(this,
              [next](const LookerHubLink::Result& found) {
                  if (!found.ok() || !found.hub)
                      return QtFuture::makeReadyFuture(State{std::nullopt, {}, found.error});
                  return next(*found.hub);
              })
        .unwrap();
}

QFuture<LookerSetup::State> LookerSetup::state(bool test) {
    return withHub([this, test](const LookerHubEntry& hub) {
        return m_integrations.status(hub.id, test)
            .then(this, [hub](const LookerIntegrations::Result& read) {
                return State{hub, read.actions, read.error};
            });
    });
}

QFuture<HubReply<MadeToken>> LookerSetup::tokenOf(const QString& region) {
    if (!m_hub)
        return QtFuture::makeReadyFuture(HubReply<MadeToken>{{}, tr("The hub is gone.")});
    // One the hub shows again (this computer's) is reused, so adding twice lists no second.
    const QStringList revoked = m_hub->revokedNonces(region);
    for (const RegionTokenInfo& token : m_hub->regionTokens(region)) {
        if (!token.token.isEmpty() && !revoked.contains(token.nonce))
            return QtFuture::makeReadyFuture(HubReply<MadeToken>{{token.token, token.nonce}, {}});
    }
    return m_hub->makeRegionToken(region);
}

QFuture<LookerSetup::State> LookerSetup::addToLooker(const QString& region) {
    const QUrl url = hubUrl();
    if (url.isEmpty())
        return failed(tr("The hub has not said where Looker reaches it yet."));
    return tokenOf(region)
        .then(this,
              [this, url, region](const HubReply<MadeToken>& token) {
                  if (!token.ok())
                      return failed(tr("No token of region %1: %2").arg(region, token.error));
                  return m_link.registerHub(url, token.value.token)
                      .then(this,
                            [this, region,
                             nonce = token.value.nonce](const LookerHubLink::Result& added) {
                                State state{added.hub, {}, added.error};
                                state.tokenRegion = region;
                                state.tokenNonce = nonce;
                                if (!added.ok() || !added.hub)
                                    return QtFuture::makeReadyFuture(state);
                                return m_integrations.status(added.hub->id, false)
                                    .then(this, [state](const LookerIntegrations::Result& read) {
                                        State known = state;
                                        known.actions = read.actions;
                                        known.error = read.error;
                                        return known;
                                    });
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<LookerSetup::State> LookerSetup::enable(const QStringList& actions,
                                                const std::optional<QString>& source) {
    if (!m_hub)
        return failed(tr("The hub is gone."));
    if (!source)
        return withHub([this, actions](const LookerHubEntry& hub) {
            return m_integrations.enable(hub.id, actions, std::nullopt)
                .then(this,
                      [this, hub](const LookerIntegrations::Result& done) {
                          return withAllActions(hub, done);
                      })
                .unwrap();
        });
    const HubConfig config = m_hub->config();
    const SourceConfig* configured = config.source(*source);
    if (!configured)
        return failed(tr("The hub has no source named %1.").arg(*source));
    const QString dataPlaneUrl = configured->dataPlaneUrl;
    // The write key goes from the hub to Looker only: a server's hub reveals it to an admin.
    return m_hub->revealWriteKey(*source)
        .then(this,
              [this, actions, source, dataPlaneUrl](const HubReply<QString>& key) {
                  if (!key.ok())
                      return failed(
                          tr("The write key of %1 could not be read: %2").arg(*source, key.error));
                  const LookerIntegrations::Params params{key.value, dataPlaneUrl};
                  return withHub([this, actions, params](const LookerHubEntry& hub) {
                      return m_integrations.enable(hub.id, actions, params)
                          .then(this,
                                [this, hub](const LookerIntegrations::Result& done) {
                                    return withAllActions(hub, done);
                                })
                          .unwrap();
                  });
              })
        .unwrap();
}

QFuture<LookerSetup::State> LookerSetup::withAllActions(const LookerHubEntry& hub,
                                                        const LookerIntegrations::Result& done) {
    if (!done.ok())
        return QtFuture::makeReadyFuture(State{hub, done.actions, done.error});
    return m_integrations.status(hub.id, false)
        .then(this, [hub, done](const LookerIntegrations::Result& all) {
            // Every action of the hub, the ones just enabled with their test.
            State state{hub, all.actions, all.error};
            if (!all.ok())
                state.actions = done.actions;
            for (LookerIntegration& action : state.actions) {
                for (const LookerIntegration& tested : done.actions) {
                    if (tested.id == action.id)
                        action = tested;
                }
            }
            return state;
        });
}

QFuture<LookerSetup::State> LookerSetup::addAndEnable(const QString& region,
                                                      const std::optional<QString>& source) {
    return addToLooker(region)
        .then(this,
              [this, source](const State& added) {
                  if (!added.ok() || !added.usable())
                      return QtFuture::makeReadyFuture(added);
                  return enable(defaultActions(), source).then(this, [added](const State& done) {
                      State both = done;
                      both.tokenRegion = added.tokenRegion;
                      both.tokenNonce = added.tokenNonce;
                      return both;
                  });
              })
        .unwrap();
}

QFuture<LookerSetup::State> LookerSetup::remove() {
    const QUrl url = hubUrl();
    if (url.isEmpty())
        return failed(tr("The hub has not said where Looker reaches it yet."));
    return m_link.unregister(url).then(this, [](const LookerHubLink::Result& removed) {
        return State{std::nullopt, {}, removed.error};
    });
}

QFuture<void> LookerSetup::signOut() {
    if (!m_api.signedIn())
        return QtFuture::makeReadyFuture();
    return m_api.logout().then([](const LookerApiClient::Answer&) {});
}

} // namespace ActionDeck
