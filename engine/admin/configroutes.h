#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace ActionDeck {

class ConfigLayers;
class HttpExchange;
class Hub;

/// The admin API's configuration routes (admin scope): GET /api/v1/config with every secret
/// replaced by `hasSecret`/`hasWriteKey` and an ETag that changes with each change;
/// PATCH /api/v1/config with If-Match on that ETag (none: 428, another: 412) and a ConfigPatch
/// document, kept by ConfigLayers and applied without a restart; and
/// GET /api/v1/sources/{name}?reveal=1, the one call that returns a write key — logged, without
/// the key.
class ConfigRoutes : public QObject {
    Q_OBJECT

public:
    /// A change is a few KB of JSON.
    static constexpr qint64 kMaxBodyBytes = 1 << 20;

    ConfigRoutes(Hub& hub, ConfigLayers& layers, const QString& bootId, QObject* parent = nullptr);

    static bool handles(const QString& path);
    void handle(HttpExchange* exchange, const QString& callerName, const QElapsedTimer& timer);
    /// The configuration as the admin API shows it: no secret, no token, no key.
    QJsonObject maskedConfig() const;
    QByteArray etag() const;

private:
    void showSource(HttpExchange* exchange, const QString& callerName, const QElapsedTimer& timer);
    void patch(HttpExchange* exchange, const QString& callerName, const QElapsedTimer& timer);
    void applyPatch(HttpExchange* exchange, const QByteArray& body, const QByteArray& readEtag,
                    const QString& callerName, const QElapsedTimer& timer);

    Hub& m_hub;
    ConfigLayers& m_layers;
    QString m_bootId;
    int m_revision = 0;
};

} // namespace ActionDeck
