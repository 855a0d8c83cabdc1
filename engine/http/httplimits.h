#pragma once

#include <QHostAddress>
#include <QList>

namespace ActionDeck {

/// What the HTTP front allows a client before it closes the connection or refuses the request.
/// Times are in milliseconds. Defaults suit a hub reachable from the internet.
struct HttpLimits {
    /// The whole request header (and a TLS handshake) must arrive within this.
    int headerTimeoutMs = 10'000;
    /// A body that sends nothing for this long while the hub waits to read it ends with 408.
    /// Time the hub itself pauses reading does not count.
    int bodyIdleTimeoutMs = 30'000;
    /// An idle keep-alive connection is closed after this.
    int keepAliveTimeoutMs = 15'000;
    int maxConnections = 512;
    /// Per client address; a trusted proxy's clients are counted by their X-Forwarded-For.
    int maxConnectionsPerAddress = 64;
    int maxHeaderBytes = 16 * 1024;
    int maxHeaderFields = 100;
    /// After an early refusal (403 before the body), what the client still sends is read and
    /// dropped for at most this long and this much, so that it reads the answer instead of a
    /// reset; then the connection closes.
    int drainTimeoutMs = 2'000;
    qint64 drainMaxBytes = 8 * 1024 * 1024;
    /// Peers whose X-Forwarded-For names the client (a reverse proxy, a load balancer).
    QList<QHostAddress> trustedProxies;

    friend bool operator==(const HttpLimits&, const HttpLimits&) = default;
};

} // namespace ActionDeck
