#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace ActionDeck {

class HttpExchange;
class Hub;

/// The admin API's configuration routes (admin scope): GET /api/v1/config with every secret
/// replaced by `hasSecret`/`hasWriteKey` and an ETag that changes with each change, and
/// GET /api/v1/sources/{name}?reveal=1, the one call that returns a write key — logged, without
/// the key.
class ConfigRoutes : public QObject {
    Q_OBJECT

public:
    ConfigRoutes(Hub& hub, const QString& bootId, QObject* parent = nullptr);

    static bool handles(const QString& path);
    void handle(HttpExchange* exchange, const QString& callerName, const QElapsedTimer& timer);
    /// The configuration as the admin API shows it: no secret, no token, no key.
    QJsonObject maskedConfig() const;
    QByteArray etag() const;

private:
    Hub& m_hub;
    QString m_bootId;
    int m_revision = 0;
};

} // namespace ActionDeck
