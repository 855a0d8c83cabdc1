#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace ActionDeck {

class ConfigLayers;
class HttpExchange;
class Hub;

/// Looker tokens of a region through the admin API (admin scope):
/// POST /api/v1/regions/{name}/tokens makes one as `actiondeck token` and the Connections page
/// do and returns it in that answer only (201); POST /api/v1/regions/{name}/tokens/{nonce}/revoke
/// refuses every token of that nonce on Looker's port from the next request on. Both are kept
/// by ConfigLayers and logged by nonce, never with the token.
class RegionTokenRoutes : public QObject {
    Q_OBJECT

public:
    RegionTokenRoutes(Hub& hub, ConfigLayers& layers, QObject* parent = nullptr);

    static bool handles(const QString& path);
    void handle(HttpExchange* exchange, const QString& callerName, const QElapsedTimer& timer);

private:
    void create(HttpExchange* exchange, const QString& region, const QString& callerName,
                const QElapsedTimer& timer);
    void revoke(HttpExchange* exchange, const QString& region, const QString& nonce,
                const QString& callerName, const QElapsedTimer& timer);

    Hub& m_hub;
    ConfigLayers& m_layers;
};

} // namespace ActionDeck
