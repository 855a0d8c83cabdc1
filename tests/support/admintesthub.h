#pragma once

#include "admin/adminserver.h"
#include "admin/adminservice.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "hub/admintokenstore.h"
#include "hub/configlayers.h"
#include "hub/hub.h"
#include "rawhttpclient.h"
#include "testsink.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ActionDeck {
class HubConnection;
class TlsCredentials;
} // namespace ActionDeck

namespace ActionDeck::TestSupport {

/// A started hub as the admin API's tests need it, in a temporary directory: region US signed
/// with `regionSecret`, source Prod delivering to a local sink, the admin token store, the
/// AdminService, the configuration layers and the AdminServer on 127.0.0.1. Fixtures inherit
/// it, so their tests use the members by name.
class AdminTestHub {
public:
    AdminTestHub(QByteArray regionSecret, QString writeKey);

    /// Starts the sink, the hub (with `hubClock`) and the admin server (on a free port); false
    /// with `error`.
    bool startHub(QString* error);
    /// Ends the admin server, the service and the hub, for a fixture whose own members (a
    /// clock given as `hubClock`) go before the base's.
    void stopHub();
    /// Listens anew (after stopAdmin, or with TLS); false with `error`.
    bool listenAdmin(quint16 port, const TlsCredentials* tls, QString* error);
    void stopAdmin() { server.reset(); }
    QByteArray createToken(const QString& name, AdminScope scope);
    /// A request to the admin API with this Authorization header (none when empty; more header
    /// lines may follow it); its answer, or nullopt when none came.
    std::optional<RawHttpClient::Response> adminRequest(const QByteArray& method,
                                                        const QByteArray& path,
                                                        const QByteArray& authorization) const;
    /// The same with `token` as Bearer, expected to answer, and never with the region secret or
    /// the write key in its body (an empty answer when none came).
    RawHttpClient::Response call(const QByteArray& method, const QByteArray& path,
                                 const QByteArray& token) const;
    /// An execute of `rows` generated rows to Looker's port, signed for region US; its answer,
    /// or nullopt when none came within `timeoutMs`.
    std::optional<RawHttpClient::Response> execute(int rows, int timeoutMs = 30000) const;
    /// The same, to `action` (rudder_track, …) with these form parameters (destination_source
    /// Prod unless they name another).
    std::optional<RawHttpClient::Response> execute(int rows, const QByteArray& action,
                                                   QJsonObject formParams,
                                                   int timeoutMs = 30000) const;
    /// An execute of `rows` generated rows whose result is at a download URL the sink serves
    /// (as Looker streams one); its answer, or nullopt.
    std::optional<RawHttpClient::Response> executeDownload(int rows, int timeoutMs = 30000);
    /// execute(rows), expected to answer with success.
    void executeRows(int rows) const;
    QString dataDirectory() const { return m_dir.path(); }
    /// The window's view of this hub, opened and connected: the hub itself (LocalHubConnection)
    /// or, with `remote`, its admin API with a new token of `scope` (RemoteHubConnection named
    /// "staging"); null when it did not connect within 10 s. Pages' tests run on both.
    std::unique_ptr<HubConnection> connectWindow(bool remote, AdminScope scope = AdminScope::Admin);

    /// When set, executes come from this scheduled plan (Looker's scheduled_plan_id).
    QString scheduledPlanId;
    /// The hub's outbox (HubConfig::outbox, secretsKeyFile), set before startHub: its own file
    /// unless a PostgreSQL URI is given.
    QString outbox;
    QString secretsKeyFile;

    QByteArray regionSecret;
    SystemClock clock;
    /// The hub's clock: a fixture may set another (e.g. a FixedClock) before startHub.
    const Clock* hubClock = &clock;
    RandomIdGenerator ids;
    TestSink sink;
    std::unique_ptr<Hub> hub;
    std::unique_ptr<AdminTokenStore> tokens;
    std::unique_ptr<AdminService> service;
    std::unique_ptr<ConfigLayers> layers;
    std::unique_ptr<AdminServer> server;

private:
    int m_downloads = 0;
    QTemporaryDir m_dir; ///< declared last: destroyed after everything kept in it
    QString m_writeKey;
};

} // namespace ActionDeck::TestSupport
