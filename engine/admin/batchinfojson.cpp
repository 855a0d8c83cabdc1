#include "admin/batchinfojson.h"

namespace ActionDeck {

BatchInfo batchInfoFromJson(const QJsonObject& o) {
    BatchInfo b;
    b.id = o.value(u"id").toInteger();
    b.state = batchStateNamed(o.value(u"state").toString()).value_or(BatchState::Pending);
    b.messageCount = o.value(u"messages").toInt();
    b.attempts = o.value(u"attempts").toInt();
    b.createdMs = o.value(u"createdMs").toInteger();
    b.nextAttemptMs = o.value(u"nextAttemptMs").toInteger();
    b.deliveredMs = o.value(u"deliveredMs").toInteger();
    b.lastStatus = o.value(u"lastStatus").toInt();
    b.lastError = o.value(u"lastError").toString();
    b.endpoint = o.value(u"endpoint").toString();
    b.origin = o.value(u"origin").toString();
    b.leaseHolder = o.value(u"leaseHolder").toString();
    b.runId = o.value(u"runId").toInteger();
    return b;
}

} // namespace ActionDeck
