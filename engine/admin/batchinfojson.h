#pragma once

#include "outbox/outboxtypes.h"

#include <QJsonObject>

namespace ActionDeck {

/// A batch as the admin API describes it (BatchRoutes::describe), read back by a remote
/// connection; members it does not know are ignored, missing ones left at their defaults.
BatchInfo batchInfoFromJson(const QJsonObject& json);

} // namespace ActionDeck
