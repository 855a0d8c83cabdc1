#pragma once

#include "hub/hubconfig.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ActionDeck {

/// What `--headless`'s flags set over the configuration (--listen, --public-url, --tls-cert/key,
/// --admin-listen, --token, --hub-secret). Flags win over the --config file and over what the
/// admin API kept, so they are applied last, on every start; their secrets live in memory only
/// and without() takes them out of anything that is written.
struct CommandLineConfig {
    struct Address {
        QHostAddress host;
        quint16 port = 0;
    };
    std::optional<Address> listen;
    std::optional<QString> publicBaseUrl;
    std::optional<QString> outbox;                  ///< --outbox
    std::optional<QString> secretsKeyFile;          ///< --secrets-key-file
    std::optional<std::pair<QString, QString>> tls; ///< certificate, key
    std::optional<Address> adminListen;
    QList<std::pair<QString, QByteArray>> tokens;  ///< region, token
    QList<std::pair<QString, QByteArray>> secrets; ///< region, secret (the last one counts)

    /// Puts the flags' values into `config`; applying twice changes nothing more.
    void applyTo(HubConfig& config) const;
    /// `config` with what the flags put there replaced by what `under` (the configuration the
    /// flags were applied over) has: the secrets of the command line are never in the result.
    HubConfig without(const HubConfig& config, const HubConfig& under) const;
    /// Why `wanted` may not replace `current`: it changes or removes something a flag sets.
    /// Empty when it may.
    QString conflict(const HubConfig& current, const HubConfig& wanted) const;
    bool setsSecretOf(const QString& region) const;
};

} // namespace ActionDeck
