#include "scheduletesthub.h"

#include "hub/hubtoken.h"
#include "waituntil.h"

#include <QJsonDocument>

namespace ActionDeck::TestSupport {

namespace {

const QByteArray kSecret = "schedule-test-hub-secret";

} // namespace

bool ScheduleTestHub::startHub(SendRows sendRows, QString* error) {
    if (!dir.isValid() || !sink.listen()) {
        *error = QStringLiteral("no temporary directory or sink");
        return false;
    }
    HubConfig config;
    config.listenPort = 0;
    config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
    SourceConfig prod(QStringLiteral("Prod"), QStringLiteral("wk"), sink.url());
    prod.sendRows = sendRows;
    config.sources.append(prod);
    config.delivery.retry = {20, 200, 2000};
    hub = std::make_unique<Hub>(config, dir.path(), clock, ids);
    return hub->start(error);
}

HttpClient::Response ScheduleTestHub::post(const QByteArray& body, const QString& action) {
    return client.post(
        hub->listeningUrl().resolved(QUrl(QStringLiteral("/actions/%1/execute").arg(action))), body,
        {{"Authorization", "Token token=\"" + HubToken::make(kSecret, "n1") + "\""}});
}

QJsonObject ScheduleTestHub::execute(const QByteArray& detail, const QJsonValue& planId,
                                     const QString& sendRows) {
    QJsonObject form;
    if (!sendRows.isEmpty())
        form.insert(u"send_rows", sendRows);
    const HttpClient::Response answer = post(executeBody(detail, planId, form));
    if (answer.status != 200)
        return QJsonObject{{u"status"_qs, answer.status},
                           {u"message"_qs, QString::fromUtf8(answer.body)}};
    return QJsonDocument::fromJson(answer.body.trimmed()).object().value(u"looker").toObject();
}

bool ScheduleTestHub::settled(int timeoutMs) {
    return waitUntil([&] { return hub->outbox().counts().result().pendingBatches == 0; },
                     timeoutMs);
}

} // namespace ActionDeck::TestSupport
