#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace ActionDeck {

class HttpExchange;
class Hub;

/// The admin API's runs (read scope): GET /api/v1/runs?schedule=ID&state=STATE&after=ID&limit=N
/// answers {"runs": [...], "next": …}, paged by id as batches are; GET /api/v1/runs/{id} one
/// run. Reasons are texts without message contents.
class RunRoutes : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;

    explicit RunRoutes(Hub& hub, QObject* parent = nullptr);

    static bool handles(const QString& path);
    void handle(HttpExchange* exchange, const QElapsedTimer& timer);

private:
    void list(HttpExchange* exchange, const QElapsedTimer& timer);
    void show(HttpExchange* exchange, qint64 id, const QElapsedTimer& timer);

    Hub& m_hub;
};

} // namespace ActionDeck
