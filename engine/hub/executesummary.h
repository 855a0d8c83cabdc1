#pragma once

#include "hub/executejob.h"

#include <QMetaType>
#include <QString>

namespace ActionDeck {

/// A summary of one execute, for the views (no secrets).
struct ExecuteSummary {
    QString actionName;
    QString region;
    QString endpoint;
    ExecuteResult result;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::ExecuteSummary)
