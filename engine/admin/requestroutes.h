#pragma once

#include <QElapsedTimer>
#include <QString>

namespace ActionDeck {

class HttpExchange;
class Hub;

/// The requests the hub received lately, for the Preview page of a window on another machine
/// (operate scope: a result is the customer's data). GET /api/v1/requests lists them without
/// their results and has the hub keep the results of the next ones for kKeepForMs;
/// GET /api/v1/requests/{seq}/result answers one result as Looker sent it.
class RequestRoutes {
public:
    static constexpr qint64 kKeepForMs = 30 * 60 * 1000;

    explicit RequestRoutes(Hub& hub);

    static bool handles(const QString& path);
    void handle(HttpExchange* exchange, const QElapsedTimer& timer);

private:
    void list(HttpExchange* exchange, const QElapsedTimer& timer);
    void result(HttpExchange* exchange, qint64 seq, const QElapsedTimer& timer);

    Hub& m_hub;
};

} // namespace ActionDeck
