#pragma once

#include "admin/batchroutes.h"
#include "admin/configroutes.h"
#include "admin/eventstream.h"
#include "admin/regiontokenroutes.h"
#include "admin/requestroutes.h"
#include "admin/runroutes.h"
#include "admin/sourceroutes.h"
#include "admin/syncstateroutes.h"
#include "http/httplimits.h"
#include "http/httpserver.h"
#include "hub/admintokenstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace ActionDeck {

class AdminService;
class ConfigLayers;
class Hub;
class HttpExchange;
class TlsCredentials;

/// The admin API on its own listener (never Looker's port), on the same HTTP front: JSON, with
/// `Authorization: Bearer <admin token>`. Health and readiness need no token; every other route
/// names the scope it needs: no or a wrong token gets 401, a token of a lower scope 403 naming
/// the one needed, and an address that keeps presenting wrong tokens 429 for a minute. What it
/// changes in the configuration is kept by `layers`.
class AdminServer : public QObject {
    Q_OBJECT

public:
    /// Wrong tokens from one address within a minute before it gets 429.
    static constexpr int kFailuresPerMinute = 10;
    static constexpr int kMaxTrackedAddresses = 4096;

    AdminServer(Hub& hub, AdminService& service, AdminTokenStore& tokens, ConfigLayers& layers,
                QObject* parent = nullptr);
    ~AdminServer() override;

    bool listen(const QHostAddress& address, quint16 port, const TlsCredentials* tls,
                QString* error);
    QUrl url() const { return m_server.url(); }
    void setLimits(const HttpLimits& limits) { m_server.setLimits(limits); }
    void setEventStreamLimits(const EventStream::Limits& limits) { m_streamLimits = limits; }

private:
    void handle(HttpExchange* exchange);
    /// The caller's token when it may use a route needing `needed`; else answers itself.
    std::optional<AdminTokenInfo> authorize(HttpExchange* exchange, AdminScope needed,
                                            const QElapsedTimer& timer);
    /// How long `client` must still wait after too many wrong tokens; 0 when it need not.
    qint64 throttledForMs(const QHostAddress& client);
    void endRevokedStreams();
    void countFailure(const QHostAddress& client);

    Hub& m_hub;
    AdminService& m_service;
    AdminTokenStore& m_tokens;
    HttpServer m_server;
    struct Failures {
        QElapsedTimer window;
        int count = 0;
    };
    QHash<QString, Failures> m_failures;
    EventStream::Limits m_streamLimits;
    QList<std::pair<QPointer<EventStream>, QString>> m_streams; ///< with their token's name
    QTimer m_tokenCheck;
    BatchRoutes m_batches;
    RunRoutes m_runs;
    ConfigRoutes m_config;
    RegionTokenRoutes m_regionTokens;
    SourceRoutes m_sources;
    RequestRoutes m_requests;
    SyncStateRoutes m_syncState;
};

} // namespace ActionDeck
