#pragma once

#include "outbox/runrecord.h"

#include <QJsonObject>

#include <optional>

namespace ActionDeck {

/// A run as the admin API, the CLI's --json and the `json` alert format give it: its fields by
/// their camelCase names, the state by name. Reasons are texts without message contents.
class RunRecordJson {
public:
    static QJsonObject toJson(const RunRecord& run);
    /// The run of `json`, or nullopt with `error` when its id or state are missing or wrong.
    static std::optional<RunRecord> fromJson(const QJsonObject& json, QString* error);
};

} // namespace ActionDeck
