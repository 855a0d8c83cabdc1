#include "hub/executeanswer.h"

#include "hub/executejob.h"

#include <QLocale>

namespace ActionDeck {

ExecuteResult ExecuteAnswer::compose(const ExecuteOutcome& outcome) {
    ExecuteResult result;
    result.rows = outcome.rows;
    result.messages = outcome.storedMessages;
    result.skippedRows = outcome.skippedRows;
    result.unchangedRows = outcome.unchanged;
    if (!outcome.requestError.isEmpty()) {
        result.message = outcome.requestError;
    } else if (!outcome.storageError.isEmpty()) {
        result.message = QStringLiteral("ActionDeck could not store the messages: %1. The %2 "
                                        "messages stored before that will be sent; the rest of "
                                        "the result was not read.")
                             .arg(outcome.storageError)
                             .arg(outcome.storedMessages);
    } else if (!outcome.inputError.isEmpty()) {
        result.message = outcome.inputError;
    } else if (outcome.skippedRows > 0 || outcome.rejectedMessages > 0) {
        QStringList parts;
        if (outcome.skippedRows > 0)
            parts.append(outcome.skippedSentence);
        if (outcome.rejectedMessages > 0)
            parts.append(
                QStringLiteral("%1 event(s) were over RudderStack's limit of 32 KB for one "
                               "event and were not sent; ActionDeck keeps them as failed "
                               "in its outbox.")
                    .arg(outcome.rejectedMessages));
        result.message = parts.join(u' ');
    } else {
        result.success = true;
    }
    // With any answer: a rename that did nothing is worth a look, not a failure.
    if (!outcome.warnings.isEmpty())
        result.message += (result.message.isEmpty() ? QString() : QStringLiteral(" ")) +
                          QStringLiteral("Warning: ") +
                          outcome.warnings.join(QStringLiteral("; ")) + u'.';
    if (outcome.compared && outcome.inputError.isEmpty() && outcome.storageError.isEmpty() &&
        outcome.requestError.isEmpty()) {
        // Looker shows it in the schedule's history: what "only new or changed rows" saved.
        const QLocale english(QLocale::English);
        const qint64 events = outcome.messagesBuilt;
        const QString changed =
            outcome.systemActivity
                ? QStringLiteral("%1 of %2 Looker events were new to this source.")
                      .arg(english.toString(events - outcome.unchanged), english.toString(events))
                : QStringLiteral("%1 of %2 rows changed since the last run.")
                      .arg(english.toString(outcome.rows - outcome.unchanged - outcome.skippedRows),
                           english.toString(outcome.rows));
        result.message = result.message.isEmpty() ? changed : changed + u' ' + result.message;
    }
    if (!outcome.note.isEmpty())
        result.message =
            result.message.isEmpty() ? outcome.note : outcome.note + u' ' + result.message;
    return result;
}

} // namespace ActionDeck
