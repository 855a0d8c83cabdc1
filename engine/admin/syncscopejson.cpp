#include "admin/syncscopejson.h"

#include "core/isotime.h"

#include <QJsonArray>

namespace ActionDeck {

QJsonObject syncScopesJson(const std::vector<SyncScopeInfo>& scopes) {
    QJsonArray schedules;
    IsoTime time;
    for (const SyncScopeInfo& scope : scopes) {
        std::string lastRun;
        time.append(scope.lastRunMs, lastRun);
        schedules.append(QJsonObject{{QStringLiteral("planId"), scope.planId},
                                     {QStringLiteral("action"), scope.action},
                                     {QStringLiteral("source"), scope.source},
                                     {QStringLiteral("lastRunMs"), scope.lastRunMs},
                                     {QStringLiteral("lastRun"), QString::fromStdString(lastRun)},
                                     {QStringLiteral("remembered"), scope.remembered}});
    }
    return {{QStringLiteral("schedules"), schedules}};
}

std::vector<SyncScopeInfo> syncScopesFromJson(const QJsonObject& json) {
    std::vector<SyncScopeInfo> scopes;
    for (const QJsonValue& value : json.value(u"schedules").toArray()) {
        const QJsonObject schedule = value.toObject();
        SyncScopeInfo scope;
        scope.planId = schedule.value(u"planId").toString();
        scope.action = schedule.value(u"action").toString();
        scope.source = schedule.value(u"source").toString();
        scope.lastRunMs = schedule.value(u"lastRunMs").toInteger();
        scope.remembered = schedule.value(u"remembered").toInteger();
        scopes.push_back(std::move(scope));
    }
    return scopes;
}

} // namespace ActionDeck
