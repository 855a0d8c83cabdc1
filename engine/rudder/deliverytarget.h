#pragma once

#include <QString>

namespace ActionDeck {

/// A RudderStack source as delivery sees it: the batch endpoint and the write key. Batches never
/// mix targets.
struct DeliveryTarget {
    QString endpoint; ///< normalised by batchEndpoint(): `.../v1/batch`
    QString writeKey;

    bool operator==(const DeliveryTarget&) const = default;
};

/// Limits of RudderStack's gateway, and our batch size.
struct BatchLimits {
    int maxEventsPerBatch = 500;
    qsizetype maxBodyBytes = 4000 * 1024; ///< one request body, uncompressed
    qsizetype maxEventBytes = 32 * 1024;  ///< one event as sent
};

} // namespace ActionDeck
