#pragma once

#include "rudder/syncoptions.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ActionDeck {

/// An execute the hub accepted, kept so the Preview page can show what it would send: a result
/// received inline no larger than Hub::kKeptResultBytes, else (a download URL, a streamed or
/// larger attachment) its first rows (JsonDetailExcerpt); only while a window watches
/// (setKeepRecentResults, keepRecentResultsFor); secrets never.
struct ReceivedRequest {
    qint64 seq = 0; ///< 1, 2, … in the order received, for this process
    qint64 receivedMs = 0;
    QString actionName;
    QString region;
    QString event; ///< the form's event name, if any
    /// The System Activity action's event name prefix and the Looker instance its messageIds
    /// are named by (empty for the other actions): what a preview needs to show what was sent.
    QString eventPrefix;
    QString lookerInstance;
    QString source; ///< the destination source, or the data plane's host
    QStringList hiddenFields;
    QString planId; ///< the scheduled plan, empty for an ad-hoc send
    /// The destination as "only new or changed rows" names it: the source, or the endpoint.
    QString syncSource;
    /// The form's sync options as the execute resolved them (with the source's settings).
    SyncOptions sync;
    QByteArray jsonDetail;   ///< empty when not kept, and in lists (HubConnection::recentRequests)
    qint64 resultBytes = 0;  ///< the inline result's size; 0 for a download URL
    bool resultKept = false; ///< jsonDetail was kept: the Preview page can show it
    /// Inline and small enough, but the hub was not keeping results when it came.
    bool resultWithheld = false;
    qint64 resultRows = 0;      ///< rows in jsonDetail, once the execute has read them
    qint64 rowsTotal = -1;      ///< rows the execute read; -1 until it has finished
    bool resultPartial = false; ///< jsonDetail holds only the first rows
    qint64 runId = 0;           ///< the run its execute is kept as (RunStore), once begun
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::ReceivedRequest)
