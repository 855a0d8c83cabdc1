#pragma once

#include "outbox/syncstatestore.h"

#include <QJsonObject>

#include <vector>

namespace ActionDeck {

/// The sync state as GET /api/v1/sync-state lists it and RemoteHubConnection reads it back:
/// {"schedules": [{planId, action, source, lastRunMs, lastRun (ISO 8601 UTC), remembered}]}.
/// Plan ids, actions, source names, counts and times only: never a row.
QJsonObject syncScopesJson(const std::vector<SyncScopeInfo>& scopes);
std::vector<SyncScopeInfo> syncScopesFromJson(const QJsonObject& json);

} // namespace ActionDeck
