#pragma once

#include "rudder/batchassembler.h"

#include <QString>

#include <string>
#include <vector>

namespace ActionDeck::TestSupport {

/// A data plane where nothing listens (127.0.0.1:9): a test batch that is sent by mistake fails
/// instead of reaching anyone.
DeliveryTarget unreachableTarget(const QString& writeKey);

/// The outbox's tests' batch: `messages` messages {"messageId":"m0","userId":"ü"}… (a non-ASCII
/// id shows the text survives the store) to an unreachable target with `writeKey`.
NewBatch batch(int messages, const QString& writeKey = QStringLiteral("secret_key"));
/// A batch of `payload`, its `messages` lines as given, to `target`; with `syncScopeId`, a
/// schedule's batch that remembers `syncRows`.
NewBatch batch(const DeliveryTarget& target, std::string payload, int messages,
               qint64 syncScopeId = 0, std::vector<SyncRow> syncRows = {});

} // namespace ActionDeck::TestSupport
