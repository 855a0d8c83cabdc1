#pragma once

#include "outbox/runrecord.h"

#include <QCoreApplication>
#include <QString>

namespace ActionDeck {

/// A run in words for the Runs page's details: what asked for it, its timeline (received,
/// answered, all delivered), its counts, what Looker was told, why rows were skipped and the
/// data plane's answer to what failed. In the window's language, except Looker's and the data
/// plane's own words.
class RunDetailsText {
    Q_DECLARE_TR_FUNCTIONS(ActionDeck::RunDetailsText)

public:
    static QString of(const RunRecord& run);
    /// A moment of the timeline: the date, the time to the second, and how long after
    /// `sinceMs` (when not 0).
    static QString moment(qint64 ms, qint64 sinceMs = 0);

private:
    static QString timeline(const RunRecord& run);
    static QString counts(const RunRecord& run);
    static QString lookerAnswer(const RunRecord& run);
};

} // namespace ActionDeck
