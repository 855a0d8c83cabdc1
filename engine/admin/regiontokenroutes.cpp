#include "admin/regiontokenroutes.h"

#include "admin/jsonanswer.h"
#include "http/httpexchange.h"
#include "hub/configlayers.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace ActionDeck {

namespace {

const QRegularExpression& tokenPath() {
    static const QRegularExpression path(
        QStringLiteral("^/api/v1/regions/([^/]+)/tokens(?:/([^/]+)/revoke)?$"));
    return path;
}

RegionConfig* regionNamed(HubConfig& config, const QString& name) {
    for (RegionConfig& region : config.regions) {
        if (region.name == name)
            return &region;
    }
    return nullptr;
}

} // namespace

RegionTokenRoutes::RegionTokenRoutes(Hub& hub, ConfigLayers& layers, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_layers(layers) {}

bool RegionTokenRoutes::handles(const QString& path) {
    return tokenPath().match(path).hasMatch();
}

void RegionTokenRoutes::handle(HttpExchange* exchange, const QString& callerName,
                               const QElapsedTimer& timer) {
    if (exchange->head().method != "POST")
        return answerJson(exchange, 405,
                          errorBody(QStringLiteral("%1 takes POST.").arg(exchange->head().path)),
                          timer, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")}});
    const auto match = tokenPath().match(exchange->head().path);
    const QString region = match.captured(1);
    HubConfig config = m_hub.config();
    if (!regionNamed(config, region))
        return answerJson(exchange, 404,
                          errorBody(QStringLiteral("No region named \"%1\".").arg(region)), timer);
    if (match.captured(2).isEmpty())
        return create(exchange, region, callerName, timer);
    revoke(exchange, region, match.captured(2), callerName, timer);
}

void RegionTokenRoutes::create(HttpExchange* exchange, const QString& regionName,
                               const QString& callerName, const QElapsedTimer& timer) {
    HubConfig wanted = m_hub.config();
    RegionConfig* region = regionNamed(wanted, regionName);
    if (region->secret.isEmpty())
        region->secret = HubToken::newSecret();
    const QByteArray token = HubToken::generate(region->secret);
    // Listed, as the Connections page lists its tokens, so that it is shown by nonce and can be
    // revoked; the secret alone would already have the hub accept it.
    region->tokens.append(token);
    QString why;
    bool conflicted = false;
    if (!m_layers.keep(wanted, &why, &conflicted))
        return answerJson(
            exchange, conflicted ? 409 : 500,
            errorBody(
                QStringLiteral("The token could not be kept, so it was not made: %1").arg(why)),
            timer);
    m_hub.reconfigure(wanted, &why);
    const QString nonce = QString::fromLatin1(HubToken::nonceOf(token));
    qCInfo(adminLog).noquote() << "a Looker token was made for region" << regionName
                               << "by admin token" << callerName << "(nonce" << nonce + u')';
    // The one time the token is shown: paste it into Looker's Action Hub settings.
    answerJson(exchange, 201,
               {{QStringLiteral("region"), regionName},
                {QStringLiteral("nonce"), nonce},
                {QStringLiteral("token"), QString::fromLatin1(token)}},
               timer, {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

void RegionTokenRoutes::revoke(HttpExchange* exchange, const QString& regionName,
                               const QString& nonce, const QString& callerName,
                               const QElapsedTimer& timer) {
    static const QRegularExpression validNonce(QStringLiteral("^[A-Za-z0-9._~-]{1,128}$"));
    if (!validNonce.match(nonce).hasMatch())
        return answerJson(
            exchange, 400,
            errorBody(QStringLiteral("A nonce is the part of a token before \"/\": 1 to "
                                     "128 letters, digits and . _ ~ -.")),
            timer);
    HubConfig wanted = m_hub.config();
    RegionConfig* region = regionNamed(wanted, regionName);
    // Tokens made elsewhere with the region's secret (actiondeck token) are not listed, so a
    // nonce need not be known to be revoked.
    region->revokedNonces.insert(nonce.toLatin1());
    const qsizetype removed = region->tokens.removeIf(
        [&](const QByteArray& token) { return HubToken::nonceOf(token) == nonce.toLatin1(); });
    QString why;
    bool conflicted = false;
    if (!m_layers.keep(wanted, &why, &conflicted))
        return answerJson(
            exchange, conflicted ? 409 : 500,
            errorBody(QStringLiteral("The revocation could not be kept, so it was not "
                                     "applied: %1")
                          .arg(why)),
            timer);
    m_hub.reconfigure(wanted, &why);
    qCInfo(adminLog).noquote() << "Looker tokens of nonce" << nonce << "of region" << regionName
                               << "were revoked by admin token" << callerName;
    answerJson(exchange, 200,
               {{QStringLiteral("region"), regionName},
                {QStringLiteral("nonce"), nonce},
                {QStringLiteral("revoked"), true},
                {QStringLiteral("removedTokens"), double(removed)}},
               timer);
}

} // namespace ActionDeck
