// Looker's own System Activity through inline queries (LookerSystemActivity) against the
// stand-in: each event type's count over the last 7 days, the older i__looker model when
// system__activity is not there, and a type's events as a json_detail that the System Activity
// action turns into one message an event.
#include "lookerapi/lookersystemactivity.h"

#include "awaitfuture.h"
#include "catalog/systemactivityexploreurl.h"
#include "fixedclock.h"
#include "lookerstandin.h"
#include "rudder/previewbuilder.h"
#include "sequentialidgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::await;
using TestSupport::LookerStandIn;

namespace {

const QString kClientId = QStringLiteral("activity-client");
const QByteArray kSecret = "activity-client-secret";

TestSupport::LookerStandInContent::ActivityEvent
event(int id, const QString& name, QList<std::pair<QString, QString>> attributes) {
    return {QJsonObject{{QStringLiteral("event.id"), id},
                        {QStringLiteral("event.name"), name},
                        {QStringLiteral("event.category"), QStringLiteral("dashboard")},
                        {QStringLiteral("event.created_time"),
                         QStringLiteral("2026-12-06 10:00:0%1").arg(id)},
                        {QStringLiteral("user.email"), QStringLiteral("ada@example.com")}},
            std::move(attributes)};
}

class SystemActivity : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(looker.listen());
        looker.content().addActivityEvent(
            event(1, QStringLiteral("run_dashboard"),
                  {{QStringLiteral("dashboard_id"), QStringLiteral("7")}}));
        looker.content().addActivityEvent(
            event(2, QStringLiteral("run_dashboard"),
                  {{QStringLiteral("dashboard_id"), QStringLiteral("8")}}));
        looker.content().addActivityEvent(event(
            3, QStringLiteral("login"), {{QStringLiteral("method"), QStringLiteral("saml")}}));
        api = std::make_unique<LookerApiClient>(
            LookerApiSettings{looker.url(), kClientId, kSecret, true});
        activity = std::make_unique<LookerSystemActivity>(*api);
    }

    LookerStandIn looker{kClientId, kSecret};
    std::unique_ptr<LookerApiClient> api;
    std::unique_ptr<LookerSystemActivity> activity;
};

} // namespace

TEST_F(SystemActivity, CountsEachEventTypeOverTheLastWeek) {
    const auto counts = await(activity->eventCounts());
    ASSERT_TRUE(counts.ok()) << counts.error.message.toStdString();
    EXPECT_EQ(counts.model, QStringLiteral("system__activity"));
    EXPECT_EQ(counts.byName.value(QStringLiteral("run_dashboard")), 2);
    EXPECT_EQ(counts.byName.value(QStringLiteral("login")), 1);
    EXPECT_EQ(counts.byName.size(), 2);
    // Asked as an inline query on the Event explore, the last 7 days.
    bool asked = false;
    for (const auto& request : looker.requests()) {
        if (request.path != "/api/4.0/queries/run/json")
            continue;
        asked = true;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        EXPECT_EQ(body.value(u"view").toString(), QStringLiteral("event"));
        EXPECT_EQ(body.value(u"filters").toObject().value(u"event.created_time").toString(),
                  QStringLiteral("7 days"));
    }
    EXPECT_TRUE(asked);
}

TEST_F(SystemActivity, AnOlderInstanceIsAskedInILooker) {
    looker.content().setActivityModel(QStringLiteral("i__looker"));
    const auto counts = await(activity->eventCounts());
    ASSERT_TRUE(counts.ok()) << counts.error.message.toStdString();
    EXPECT_EQ(counts.model, QStringLiteral("i__looker"));
    EXPECT_EQ(counts.byName.value(QStringLiteral("run_dashboard")), 2);

    looker.content().setActivityModel(QStringLiteral("neither"));
    const auto none = await(activity->eventCounts());
    EXPECT_FALSE(none.ok());
    EXPECT_EQ(none.error.kind, LookerApiError::Kind::NotFound);
}

TEST_F(SystemActivity, ATypesEventsBecomeOneMessageAnEvent) {
    const auto events = await(
        activity->events(QStringLiteral("run_dashboard"), QStringLiteral("system__activity")));
    ASSERT_TRUE(events.ok()) << events.error.message.toStdString();
    const QJsonObject detail = QJsonDocument::fromJson(events.jsonDetail).object();
    EXPECT_EQ(detail.value(u"data").toArray().size(), 2) << "one row an attribute";
    EXPECT_EQ(detail.value(u"fields").toObject().value(u"dimensions").toArray().size(),
              SystemActivityExploreUrl::fields().size());

    TestSupport::FixedClock clock(1'700'000'000'000);
    TestSupport::SequentialIdGenerator ids;
    PreviewOptions options;
    options.call = CallType::SystemActivity;
    options.systemActivity.lookerHost = "acme.looker.com";
    PreviewBuilder preview(options, clock, ids);
    preview.feed(std::string_view(events.jsonDetail.constData(), events.jsonDetail.size()));
    preview.finish();
    const PreviewResult result = preview.takeResult();
    ASSERT_EQ(result.messages.size(), 2u) << result.error.message;
    EXPECT_NE(result.messages[0].find("run_dashboard"), std::string::npos) << result.messages[0];
}
