#pragma once

#include "lookerapi/lookerapiclient.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace ActionDeck {

/// A Looker schedule (scheduled plan) that sends to one of this hub's actions.
struct LookerSchedule {
    QString planId;
    QString name;
    QString lookId;         ///< empty for a dashboard's
    QString dashboardId;    ///< empty for a Look's
    QString action;         ///< Looker's action name: rudder_track, …
    QString crontab;        ///< empty when it runs on a datagroup
    QString owner;          ///< the user's display_name
    QJsonObject formParams; ///< the action's form values (destination `parameters`)
    bool enabled = true;
};

/// The schedules that send to this hub (destination type `looker-integration://<hub id>::<action>`)
/// and Send now (`run_once`).
class LookerSchedules : public QObject {
    Q_OBJECT

public:
    struct Result {
        QList<LookerSchedule> schedules;
        LookerApiError error;
        bool ok() const { return error.ok(); }
    };

    explicit LookerSchedules(LookerApiClient& api, QObject* parent = nullptr);

    /// Every user's plans (`all_users`, which needs `see_schedules`: a 403 says so) with a
    /// destination on hub `hubId`, one entry per such destination.
    QFuture<Result> forHub(const QString& hubId);
    /// Runs plan `planId` once now (Looker copies it and runs the copy); the answer holds the
    /// copy. Delivery happens later: Looker has no job status.
    QFuture<LookerApiClient::Answer> runOnce(const QString& planId);

    /// The schedules of `plans` (GET /scheduled_plans' answer) sending to hub `hubId`.
    static QList<LookerSchedule> ofHub(const QJsonArray& plans, const QString& hubId);

private:
    LookerApiClient& m_api;
};

} // namespace ActionDeck
