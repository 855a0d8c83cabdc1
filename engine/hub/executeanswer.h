#pragma once

#include <QString>
#include <QStringList>

namespace ActionDeck {

struct ExecuteResult;

/// What an execute knows when it ends, in the terms of the answer Looker shows.
struct ExecuteOutcome {
    qint64 rows = 0;
    qint64 messagesBuilt = 0;
    qint64 storedMessages = 0;
    qint64 rejectedMessages = 0; ///< events over the per-event limit, kept as failed
    qint64 skippedRows = 0;
    QString skippedSentence; ///< "2 of 10 rows were skipped: …" when rows were skipped
    qint64 unchanged = 0;
    QString requestError;        ///< the request or its fields can not be sent
    QString storageError;        ///< a commit failed
    QString inputError;          ///< the result could not be read
    QStringList warnings;        ///< unused renames, System Activity's unknown types
    bool compared = false;       ///< "only new or changed rows" compared with a last run
    bool systemActivity = false; ///< rows are Looker events, counted as events
    QString note;                ///< said whatever the outcome
};

/// Turns an execute's outcome into what Looker is told: success, and one message that says
/// what was skipped, not stored, left out as unchanged, or what went wrong.
class ExecuteAnswer {
public:
    static ExecuteResult compose(const ExecuteOutcome& outcome);
};

} // namespace ActionDeck
