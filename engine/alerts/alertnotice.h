#pragma once

#include <QJsonObject>
#include <QString>

namespace ActionDeck {

/// One message for the alert webhook: a change of state, never one per batch.
struct AlertNotice {
    enum class Kind { RunEnded, SourceStuck, SourceRecovered };

    Kind kind = Kind::RunEnded;
    QString text;     ///< what Slack shows: one sentence or two, without message contents
    QJsonObject json; ///< the run or the source, for the `json` format

    static QString kindName(Kind kind);
};

} // namespace ActionDeck
