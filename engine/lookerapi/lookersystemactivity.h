#pragma once

#include "lookerapi/lookerapiclient.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

namespace ActionDeck {

/// Looker's own System Activity, asked through inline queries: how often each event type
/// occurred in the last 7 days (the Event explore), and a type's events with the fields the
/// Rudder System Activity action reads (the Event Attribute explore), as a json_detail. The
/// model is `system__activity`, else `i__looker` on instances that predate it.
class LookerSystemActivity : public QObject {
    Q_OBJECT

public:
    static constexpr int kEventRows = 500; ///< a type's events previewed

    struct Counts {
        QHash<QString, qint64> byName; ///< event.name → event.count
        QString model;                 ///< the model that answered
        LookerApiError error;
        bool ok() const { return error.ok(); }
    };
    struct Events {
        QByteArray jsonDetail;
        LookerApiError error;
        bool ok() const { return error.ok(); }
    };

    explicit LookerSystemActivity(LookerApiClient& api, QObject* parent = nullptr);

    /// Each event type's count over the last 7 days.
    QFuture<Counts> eventCounts();
    /// Event type `name`'s last events (kEventRows) of the last 7 days in `model` (Counts::model),
    /// with the fields of SystemActivityExploreUrl, sorted by event.
    QFuture<Events> events(const QString& name, const QString& model);

    /// The inline query of the counts, in `model`.
    static QJsonObject countsQuery(const QString& model);

private:
    QFuture<Counts> countsIn(const QString& model, bool fallBack);

    LookerApiClient& m_api;
};

} // namespace ActionDeck
