#pragma once

#include "hub/admintokenstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace ActionDeck {

class HttpExchange;
class Hub;

/// What "only new or changed rows" remembers, per schedule: GET /api/v1/sync-state lists the
/// scopes (read scope: plan ids, actions, source names, counts and times, no customer data);
/// POST /api/v1/sync-state/reset?schedule=ID (or ?all=1) forgets them, so that the schedule's
/// next run sends every row (operate scope). Answers {"forgotten": scopes}.
/// GET /api/v1/sync-state/rows?schedule=ID&action=NAME&source=NAME gives what one scope has
/// sent, for a preview: 16 bytes a row (SyncStateStore::pack), the scope's id in the
/// ActionDeck-Sync-Scope header; 404 with {"scope": "unknown"} when it has sent nothing (operate
/// scope: the rows are digests of customer ids).
class SyncStateRoutes : public QObject {
    Q_OBJECT

public:
    explicit SyncStateRoutes(Hub& hub, QObject* parent = nullptr);

    static bool handles(const QString& path);
    /// The scope the route needs.
    static AdminScope scopeFor(const QString& path);
    void handle(HttpExchange* exchange, const QElapsedTimer& timer);

private:
    void list(HttpExchange* exchange, const QElapsedTimer& timer);
    void reset(HttpExchange* exchange, const QElapsedTimer& timer);
    void rows(HttpExchange* exchange, const QElapsedTimer& timer);

    Hub& m_hub;
};

} // namespace ActionDeck
