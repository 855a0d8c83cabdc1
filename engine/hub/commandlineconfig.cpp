#include "hub/commandlineconfig.h"

namespace ActionDeck {

namespace {

RegionConfig& regionNamed(HubConfig& config, const QString& name) {
    for (RegionConfig& region : config.regions) {
        if (region.name == name)
            return region;
    }
    config.regions.append(RegionConfig{name, {}, {}, {}, {}});
    return config.regions.last();
}

const RegionConfig* findRegion(const HubConfig& config, const QString& name) {
    for (const RegionConfig& region : config.regions) {
        if (region.name == name)
            return &region;
    }
    return nullptr;
}

} // namespace

void CommandLineConfig::applyTo(HubConfig& config) const {
    if (listen) {
        config.listenAddress = listen->host;
        config.listenPort = listen->port;
    }
    if (publicBaseUrl)
        config.publicBaseUrl = *publicBaseUrl;
    if (outbox)
        config.outbox = *outbox;
    if (secretsKeyFile)
        config.secretsKeyFile = *secretsKeyFile;
    if (tls) {
        config.tlsCertificateFile = tls->first;
        config.tlsKeyFile = tls->second;
    }
    if (adminListen) {
        config.admin.address = adminListen->host;
        config.admin.port = adminListen->port;
    }
    for (const auto& [region, token] : tokens) {
        RegionConfig& target = regionNamed(config, region);
        if (!target.tokens.contains(token))
            target.tokens.append(token);
    }
    for (const auto& [region, secret] : secrets)
        regionNamed(config, region).secret = secret;
}

bool CommandLineConfig::setsSecretOf(const QString& region) const {
    for (const auto& [name, secret] : secrets) {
        if (name == region)
            return true;
    }
    return false;
}

HubConfig CommandLineConfig::without(const HubConfig& config, const HubConfig& under) const {
    HubConfig bare = config;
    if (listen) {
        bare.listenAddress = under.listenAddress;
        bare.listenPort = under.listenPort;
    }
    if (publicBaseUrl)
        bare.publicBaseUrl = under.publicBaseUrl;
    if (outbox)
        bare.outbox = under.outbox;
    if (secretsKeyFile)
        bare.secretsKeyFile = under.secretsKeyFile;
    if (tls) {
        bare.tlsCertificateFile = under.tlsCertificateFile;
        bare.tlsKeyFile = under.tlsKeyFile;
    }
    if (adminListen)
        bare.admin = under.admin;
    for (RegionConfig& region : bare.regions) {
        const RegionConfig* below = findRegion(under, region.name);
        if (setsSecretOf(region.name))
            region.secret = below ? below->secret : QByteArray();
        // A token the flags add is left out unless the configuration below has it too.
        for (const auto& [name, token] : tokens) {
            if (name == region.name && !(below && below->tokens.contains(token)))
                region.tokens.removeAll(token);
        }
    }
    return bare;
}

QString CommandLineConfig::conflict(const HubConfig& current, const HubConfig& wanted) const {
    if (publicBaseUrl && wanted.publicBaseUrl != current.publicBaseUrl)
        return QStringLiteral("publicBaseUrl is set by --public-url where the hub is started; "
                              "change it there");
    QStringList named;
    for (const auto& [region, value] : tokens)
        named.append(region);
    for (const auto& [region, value] : secrets)
        named.append(region);
    for (const QString& region : std::as_const(named)) {
        if (!findRegion(wanted, region))
            return QStringLiteral("region \"%1\" is given on the command line (--token or "
                                  "--hub-secret) and can not be removed here")
                .arg(region);
    }
    for (const RegionConfig& region : wanted.regions) {
        const RegionConfig* before = findRegion(current, region.name);
        if (setsSecretOf(region.name) && before && before->secret != region.secret)
            return QStringLiteral("the secret of region \"%1\" is given by --hub-secret where "
                                  "the hub is started; change it there")
                .arg(region.name);
    }
    return {};
}

} // namespace ActionDeck
