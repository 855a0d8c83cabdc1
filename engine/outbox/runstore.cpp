#include "outbox/runstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ActionDeck {

const char* const RunStore::kColumns =
    "id, hub_id, received_ms, answered_ms, finished_ms, action, region, source, plan_id,"
    " plan_title, look_id, query_id, url, looker_instance, rows_read, rows_skipped,"
    " rows_unchanged, messages_stored, skip_reasons, success, message, delivered, failed,"
    " pending, fail_reason, state";

// The rules of issue #34, in order: Looker told failure with nothing stored, or every stored
// message failed → failed; told success with nothing skipped and nothing failed → succeeded;
// anything else delivered some and missed some → partial. Numbers are RunState's.
const char* const RunStore::kFinalStateSql =
    "CASE WHEN state = 5 THEN 5"
    " WHEN messages_stored = 0 AND success = 0 THEN 4"
    " WHEN messages_stored > 0 AND delivered = 0 THEN 4"
    " WHEN success <> 0 AND failed = 0 AND rows_skipped = 0 THEN 2"
    " ELSE 3 END";

QString RunStore::packReasons(const QStringList& reasons) {
    QJsonArray kept;
    for (const QString& reason : reasons) {
        if (kept.size() >= RunRecord::kSkipReasonsKept)
            break;
        kept.append(reason.left(kReasonChars));
    }
    return QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

QStringList RunStore::unpackReasons(const QString& stored) {
    QStringList reasons;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    for (const QJsonValue& reason : document.array())
        reasons.append(reason.toString());
    return reasons;
}

} // namespace ActionDeck
