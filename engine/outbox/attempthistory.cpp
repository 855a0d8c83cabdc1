#include "outbox/attempthistory.h"

#include <QSqlQuery>
#include <QVariant>

namespace ActionDeck {

QString attemptOutcomeName(AttemptOutcome outcome) {
    switch (outcome) {
    case AttemptOutcome::Retry:
        return QStringLiteral("retry");
    case AttemptOutcome::Delivered:
        return QStringLiteral("delivered");
    case AttemptOutcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString AttemptHistory::cutError(const QString& value) {
    if (value.size() <= kErrorChars)
        return value.isNull() ? QStringLiteral("") : value;
    qsizetype cut = kErrorChars - 1;
    if (cut > 0 && value.at(cut - 1).isHighSurrogate())
        --cut;
    return value.left(cut) + QStringLiteral("…");
}

AttemptHistory::AttemptHistory(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool AttemptHistory::record(qint64 batchId, const BatchAttempt& attempt) {
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO attempts (batch_id, at_ms, status, outcome, error) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(batchId);
    insert.addBindValue(attempt.atMs);
    insert.addBindValue(attempt.status);
    insert.addBindValue(int(attempt.outcome));
    insert.addBindValue(cutError(attempt.error));
    if (!insert.exec())
        return false;
    // Everything up to the newest attempt past the cap goes (nothing while there are fewer).
    QSqlQuery trim(m_db);
    trim.prepare(QStringLiteral("DELETE FROM attempts WHERE batch_id = ? AND id <= (SELECT id"
                                " FROM attempts WHERE batch_id = ? ORDER BY id DESC"
                                " LIMIT 1 OFFSET ?)"));
    trim.addBindValue(batchId);
    trim.addBindValue(batchId);
    trim.addBindValue(kKeptPerBatch);
    return trim.exec();
}

std::vector<BatchAttempt> AttemptHistory::of(qint64 batchId) const {
    std::vector<BatchAttempt> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT at_ms, status, outcome, error FROM attempts"
                                 " WHERE batch_id = ? ORDER BY id"));
    query.addBindValue(batchId);
    if (!query.exec())
        return result;
    while (query.next()) {
        // An outcome this version does not know reads as failed rather than as a crash.
        const int outcome = query.value(2).toInt();
        const bool known =
            outcome >= int(AttemptOutcome::Retry) && outcome <= int(AttemptOutcome::Failed);
        result.push_back({query.value(0).toLongLong(), query.value(1).toInt(),
                          known ? AttemptOutcome(outcome) : AttemptOutcome::Failed,
                          query.value(3).toString()});
    }
    return result;
}

} // namespace ActionDeck
