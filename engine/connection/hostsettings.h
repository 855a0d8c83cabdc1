#pragma once

#include "hub/hubconfig.h"

#include <QString>

namespace ActionDeck {

/// What is set on a hub's own machine and never through a ConfigPatch: where it listens, its
/// TLS files, its outbox and the key of a shared outbox's secrets. Only the hub in this process
/// has them changed from the window.
struct HostSettings {
    QString listen; ///< HOST:PORT
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QString outbox;
    QString secretsKeyFile;

    bool operator==(const HostSettings&) const = default;

    static HostSettings of(const HubConfig& config);
    /// Puts them into `config`; false with `error` for a listen address that is not one.
    bool applyTo(HubConfig& config, QString* error) const;
};

} // namespace ActionDeck
