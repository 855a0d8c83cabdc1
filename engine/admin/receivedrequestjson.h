#pragma once

#include "hub/hub.h"

#include <QJsonObject>

namespace ActionDeck {

/// A received request as GET /api/v1/requests lists it and RemoteHubConnection reads it back:
/// what Looker asked for, never its result (fetched by itself: it may be megabytes).
QJsonObject receivedRequestJson(const ReceivedRequest& request);
ReceivedRequest receivedRequestFromJson(const QJsonObject& json);

} // namespace ActionDeck
