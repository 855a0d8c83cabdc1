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

    QList<Look> m_looks;
    QList<QJsonObject> m_plans;
    QStringList m_runOnce;
    bool m_seeSchedules = true;
};

} // namespace ActionDeck::TestSupport
