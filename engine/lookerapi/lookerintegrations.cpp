#include "lookerapi/lookerintegrations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace ActionDeck {

namespace {

QString pathOf(const QString& id) {
    // "1::rudder_event" goes into the path percent-encoded, as Looker's SDKs send it.
    return QStringLiteral("/integrations/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

LookerIntegration LookerIntegration::fromJson(const QJsonObject& json) {
    LookerIntegration integration;
    integration.id = json.value(u"id").toString();
    integration.name = integration.id.section(QStringLiteral("::"), 1);
    integration.label = json.value(u"label").toString();
    integration.enabled = json.value(u"enabled").toBool();
    for (const QJsonValue& param : json.value(u"params").toArray()) {
        const QJsonObject p = param.toObject();
        if (p.value(u"name").toString() == u"rudder_write_key")
            integration.hasWriteKey = p.value(u"has_value").toBool();
        else if (p.value(u"name").toString() == u"rudder_server_url")
            integration.dataPlaneUrl = p.value(u"value").toString();
    }
    return integration;
}

bool LookerIntegrations::Result::allPassed() const {
    if (!ok() || actions.isEmpty())
        return false;
    for (const LookerIntegration& action : actions) {
        if (!action.enabled || action.testSucceeded != true)
            return false;
    }
    return true;
}

LookerIntegrations::LookerIntegrations(LookerApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api) {}

QString LookerIntegrations::integrationId(const QString& hubId, const QString& action) {
    return hubId + QStringLiteral("::") + action;
}

QFuture<LookerIntegrations::Result>
LookerIntegrations::enable(const QString& hubId, const QStringList& actions,
                           const std::optional<Params>& params) {
    return enableFrom(hubId, actions, 0, params, Result{});
}

QFuture<LookerIntegrations::Result> LookerIntegrations::enableFrom(const QString& hubId,
                                                                   QStringList actions, int index,
                                                                   std::optional<Params> params,
                                                                   Result done) {
    if (index >= actions.size())
        return testFrom(std::move(done), 0);
    QJsonObject change{{QStringLiteral("enabled"), true}};
    if (params)
        change.insert(
            u"params",
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("rudder_write_key")},
                                   {QStringLiteral("value"), params->writeKey}},
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("rudder_server_url")},
                                   {QStringLiteral("value"), params->dataPlaneUrl}}});
    return m_api.patch(pathOf(integrationId(hubId, actions[index])), QJsonDocument(change))
        .then(this,
              [this, hubId, actions, index, params, done](const LookerApiClient::Answer& a) {
                  Result next = done;
                  if (!a.ok()) {
                      next.error = a.error;
                      return QtFuture::makeReadyFuture(next);
                  }
                  next.actions.append(LookerIntegration::fromJson(a.json.object()));
                  return enableFrom(hubId, actions, index + 1, params, next);
              })
        .unwrap();
}

QFuture<LookerIntegrations::Result> LookerIntegrations::testFrom(Result done, int index) {
    if (!done.ok() || index >= done.actions.size())
        return QtFuture::makeReadyFuture(done);
    const QString id = done.actions[index].id;
    return m_api.post(pathOf(id) + QStringLiteral("/test"))
        .then(this,
              [this, done, index](const LookerApiClient::Answer& a) {
                  Result next = done;
                  LookerIntegration& action = next.actions[index];
                  if (a.ok()) {
                      action.testSucceeded = a.json.object().value(u"success").toBool();
                      action.testMessage = a.json.object().value(u"message").toString();
                  } else {
                      action.testSucceeded = false;
                      action.testMessage = a.error.message;
                  }
                  return testFrom(next, index + 1);
              })
        .unwrap();
}

QFuture<LookerIntegrations::Result> LookerIntegrations::status(const QString& hubId, bool test) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("integration_hub_id"), hubId);
    return m_api.get(QStringLiteral("/integrations"), query)
        .then(this,
              [this, test](const LookerApiClient::Answer& a) {
                  Result read;
                  if (!a.ok()) {
                      read.error = a.error;
                      return QtFuture::makeReadyFuture(read);
                  }
                  for (const QJsonValue& integration : a.json.array())
                      read.actions.append(LookerIntegration::fromJson(integration.toObject()));
                  // Looker keeps no last result: the test is run now when asked.
                  return test ? testFrom(read, 0) : QtFuture::makeReadyFuture(read);
              })
        .unwrap();
}

} // namespace ActionDeck
