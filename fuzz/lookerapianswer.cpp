// The Looker API client's reading of Looker's answers (engine/lookerapi): any status and body as
// LookerApiClient::Answer::fromReply reads them, then the integration hubs and integrations read
// from them as LookerHubLink and LookerIntegrations do, and Looks and schedules as LookerLooks and
// LookerSchedules do. An error status always says something.
#include "lookerapi/lookerapiclient.h"
#include "lookerapi/lookerhublink.h"
#include "lookerapi/lookerintegrations.h"
#include "lookerapi/lookerlooks.h"
#include "lookerapi/lookerschedules.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace ActionDeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    static const QString kPaths[] = {QStringLiteral("/login"), QStringLiteral("/integration_hubs"),
                                     QStringLiteral("/integrations/1%3A%3Arudder_event"),
                                     QStringLiteral("/integrations")};
    const QString& path = kPaths[input.ConsumeIntegralInRange<int>(0, 3)];
    const int status = input.ConsumeIntegralInRange<int>(100, 599);
    const std::string bytes = input.ConsumeRemainingBytesAsString();

    const auto answer = LookerApiClient::Answer::fromReply(
        path, status, QByteArray(bytes.data(), qsizetype(bytes.size())));
    if (status >= 400 && (answer.ok() || answer.error.message.isEmpty()))
        std::abort();
    if (status < 400 && !answer.ok())
        std::abort();
    const auto read = [](const QJsonObject& object) {
        const LookerHubEntry hub = LookerHubEntry::fromJson(object);
        const LookerIntegration integration = LookerIntegration::fromJson(object);
        (void)LookerHubLink::sameUrl(hub.url, QUrl(integration.dataPlaneUrl));
        (void)LookerLooks::lookOf(object);
    };
    read(answer.json.object());
    // Scheduled plans: their form values are JSON written inside a string.
    (void)LookerSchedules::ofHub(answer.json.array(), QStringLiteral("1"));
    for (const QJsonValue& item : answer.json.array())
        read(item.toObject());
    return 0;
}
