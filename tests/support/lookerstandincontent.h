#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace ActionDeck::TestSupport {

/// What the Looker API stand-in holds besides its hubs: Looks (each with the json_detail its run
/// gives) and scheduled plans, answered in the 4.0 spec's shapes (LookWithQuery,
/// ScheduledPlan with its scheduled_plan_destination, `parameters` as a JSON string).
class LookerStandInContent {
public:
    struct Look {
        QString id;
        QString title;
        QString model;
        QString view;
        QString folder; ///< none: a Look in no folder
        QStringList hiddenFields;
        QByteArray jsonDetail; ///< what /looks/{id}/run/json_detail and the download URL give
    };
    struct Answer {
        int status = 200;
        QByteArray body;
    };

    void addLook(Look look) { m_looks.append(std::move(look)); }
    /// A plan of Look `lookId` sent to `destinationType` (looker-integration://1::rudder_track)
    /// with these form values; its id.
    QString addPlan(const QString& name, const QString& lookId, const QString& destinationType,
                    const QJsonObject& formParams);
    /// A System Activity event: its fields (event.id, event.name, event.created_time, user.email,
    /// …) and its attributes (event_attribute.name → value), one row each in the Event
    /// Attribute explore.
    struct ActivityEvent {
        QJsonObject fields;
        QList<std::pair<QString, QString>> attributes;
    };
    void addActivityEvent(ActivityEvent event) { m_activity.append(std::move(event)); }
    /// The model System Activity is in: an older instance has i__looker, and answers a query
    /// of system__activity with 404 (inference: Looker answers a model it lacks with 404 or
    /// 422; the client takes either).
    void setActivityModel(const QString& model) { m_activityModel = model; }
    /// POST /queries/run/{json,json_detail} on System Activity's event and event_attribute
    /// explores (`format`, the query as the body); nullopt for any other.
    std::optional<Answer> runQuery(const QString& format, const QJsonObject& query) const;
    /// Off: GET /scheduled_plans?all_users=true is refused as for a user without see_schedules.
    void setSeeSchedules(bool see) { m_seeSchedules = see; }

    /// GET /looks/search, /looks/{id}, /looks/{id}/run/json_detail, /scheduled_plans (`path`
    /// under /api/4.0); nullopt when it is none of them.
    std::optional<Answer> answer(const QByteArray& method, const QString& path,
                                 const QUrlQuery& query) const;
    const QJsonObject* plan(const QString& id) const;
    const Look* look(const QString& id) const;
    /// The plans run once (run_once), their ids in order.
    QStringList& runOnce() { return m_runOnce; }

private:
    QJsonObject lookJson(const Look& look) const;

    QList<ActivityEvent> m_activity;
    QString m_activityModel = QStringLiteral("system__activity");
    QList<Look> m_looks;
    QList<QJsonObject> m_plans;
    QStringList m_runOnce;
    bool m_seeSchedules = true;
};

} // namespace ActionDeck::TestSupport
