#include "admin/batchinfojson.h"

namespace ActionDeck {

BatchInfo batchInfoFromJson(const QJsonObject& o) {
    BatchInfo b;
    b.id = qint64(o.value(u"id").toDouble());
    b.state = batchStateNamed(o.value(u"state").toString()).value_or(BatchState::Pending);
    b.messageCount = o.value(u"messages").toInt();
    b.attempts = o.value(u"attempts").toInt();
    b.createdMs = qint64(o.value(u"createdMs").toDouble());
    b.nextAttemptMs = qint64(o.value(u"nextAttemptMs").toDouble());
    b.deliveredMs = qint64(o.value(u"deliveredMs").toDouble());
    b.lastStatus = o.value(u"lastStatus").toInt();
    b.lastError = o.value(u"lastError").toString();
    b.endpoint = o.value(u"endpoint").toString();
    b.origin = o.value(u"origin").toString();
    b.leaseHolder = o.value(u"leaseHolder").toString();
    b.runId = qint64(o.value(u"runId").toDouble());
    return b;
}

} // namespace ActionDeck
