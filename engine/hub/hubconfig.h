#pragma once

#include "alerts/alertsettings.h"
#include "delivery/deliveryworker.h"
#include "http/httplimits.h"
#include "hub/sourceconfig.h"
#include "rudder/deliverytarget.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace ActionDeck {

class SecretSealer;

/// A region: the hub secret its tokens are signed with, single tokens accepted as they are,
/// revoked nonces, and the data plane its sources use unless an action says otherwise.
struct RegionConfig {
    QString name;
    QByteArray secret;
    QList<QByteArray> tokens;
    QSet<QByteArray> revokedNonces;
    QString dataPlaneUrl;
    /// The Looker instance of this region, when regions are different instances (else the
    /// hub's `lookerHost`). Initialised so that {name, secret, …} lists may leave it out.
    QString lookerHost = {};

    friend bool operator==(const RegionConfig&, const RegionConfig&) = default;
};

/// The window's link to Looker's API (section "looker"): which Looker, which API client, whether
/// its certificate is verified. A hub does not use it; the secret is kept as every other secret
/// (the keychain, or the owner-only file) and never shown by the admin API.
struct LookerApiConnection {
    QString baseUrl; ///< https://acme.looker.com, or with :19999
    QString clientId;
    QByteArray clientSecret;
    bool verifySsl = true;

    bool isEmpty() const {
        return baseUrl.isEmpty() && clientId.isEmpty() && clientSecret.isEmpty();
    }
    friend bool operator==(const LookerApiConnection&, const LookerApiConnection&) = default;
};

/// Everything the hub is configured with; the same JSON format for --config and the GUI.
struct HubConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString publicBaseUrl; ///< the URL Looker reaches the hub at, when not the listening one
    /// PEM files for HTTPS; both empty: plain HTTP (behind a TLS-terminating proxy, or loopback).
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QString label = QStringLiteral("ActionDeck");
    /// Where the outbox is (OutboxLocation): empty or "sqlite" for the data directory's file,
    /// or a PostgreSQL URI without its password, for an outbox several hubs share.
    QString outbox;
    /// The key file a PostgreSQL outbox's secrets are sealed with (SecretSealer); every hub of
    /// one outbox is given the same one.
    QString secretsKeyFile;
    /// The Looker instance ("acme.looker.com"): it makes the catalogue's Explore URLs and names
    /// the System Activity messageIds of a result previewed without its request.
    QString lookerHost;
    /// The region's `lookerHost`, else the hub's.
    QString lookerHostFor(const QString& region) const;
    LookerApiConnection looker;
    /// Each Looker instance the configuration names, the hub's own first, with the regions that
    /// use it (none for the hub's when every region has a host of its own).
    QList<std::pair<QString, QStringList>> lookerInstances() const;
    QList<RegionConfig> regions;
    QList<SourceConfig> sources;
    DeliverySettings delivery;
    BatchLimits limits;
    qint64 maxBodyBytes = 512ll << 20;
    /// The HTTP front's timeouts, connection limits and trusted proxies (section "http").
    HttpLimits http;
    /// The admin API's own listener (section "admin"): on only once an admin token exists.
    struct AdminListener {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 8081;
        QString tlsCertificateFile;
        QString tlsKeyFile;
        bool usesTls() const { return !tlsCertificateFile.isEmpty(); }
        friend bool operator==(const AdminListener&, const AdminListener&) = default;
    } admin;
    int maxConcurrentExecutes = 8;
    int keepAliveMs = 10000;
    int downloadTimeoutMs = 120000;
    bool legacyEmptyValues = false;
    /// "Only new or changed rows" forgets a schedule not run for this many days.
    int syncStateDays = 90;
    /// Runs (each execute, with its counts and outcome) are kept this many days.
    int runDays = 30;
    /// The alert webhook (its URL is a secret, kept as the write keys are).
    AlertSettings alerts;
    /// The secrets (region secrets and tokens, write keys) are kept in the system keychain, not
    /// in this file; the file then names no secret and needs them added back (applySecrets).
    bool secretsInKeychain = false;

    static std::optional<HubConfig> fromJson(const QByteArray& json, QString* error);
    static std::optional<HubConfig> fromFile(const QString& path, QString* error);
    QByteArray toJson() const;
    /// Writes the configuration to `path` atomically (a reader sees the old file or the new
    /// one, never half of it), readable by the owner only: it holds secrets.
    bool save(const QString& path, QString* error) const;
    /// The secrets alone, as JSON: {"regions": {name: {secret, tokens}}, "sources": {name: key},
    /// "lookerClientSecret", "alertWebhookUrl"}.
    QByteArray secretsJson() const;
    /// Puts back secrets read from secretsJson() (names that are not configured are ignored).
    void applySecrets(const QByteArray& json);
    /// The same configuration with every secret left out and secretsInKeychain set.
    HubConfig withoutSecrets() const;
    /// Parses HOST:PORT into the listen address and port.
    bool setListen(const QString& hostPort, QString* error);
    /// Reads HOST:PORT (an IP address, "localhost", or [IPv6]); `flag` names it in the error.
    static bool parseHostPort(const QString& hostPort, const QString& flag, QHostAddress* address,
                              quint16* port, QString* error);
    const SourceConfig* source(const QString& name) const;
    /// The sealer of secretsKeyFile; null with `error` when none is named or it can not be read.
    std::shared_ptr<const SecretSealer> loadSealer(QString* error) const;
    bool usesTls() const { return !tlsCertificateFile.isEmpty(); }
};

} // namespace ActionDeck
Q_DECLARE_METATYPE(ActionDeck::HubConfig)
