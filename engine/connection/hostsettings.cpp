#include "connection/hostsettings.h"

namespace ActionDeck {

HostSettings HostSettings::of(const HubConfig& config) {
    return {QStringLiteral("[%1]:%2").arg(config.listenAddress.toString()).arg(config.listenPort),
            config.tlsCertificateFile, config.tlsKeyFile, config.outbox, config.secretsKeyFile};
}

bool HostSettings::applyTo(HubConfig& config, QString* error) const {
    if (!config.setListen(listen, error))
        return false;
    config.tlsCertificateFile = tlsCertificateFile;
    config.tlsKeyFile = tlsKeyFile;
    config.outbox = outbox;
    config.secretsKeyFile = secretsKeyFile;
    return true;
}

} // namespace ActionDeck
