// Adding this hub to Looker through the API (LookerHubLink), against the stand-in, which reads
// the hub's action list with the hub's token as Looker does: one integration hub however often
// it is registered, Looker's verdict naming a token the hub refuses, and removal.
#include "lookerapi/lookerhublink.h"

#include "admintesthub.h"
#include "awaitfuture.h"
#include "hub/hubtoken.h"
#include "lookerapi/lookerintegrations.h"
#include "lookerstandin.h"
#include "waituntil.h"

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::await;
using TestSupport::LookerStandIn;
using TestSupport::waitUntil;

namespace {

const QString kClientId = QStringLiteral("link-client");
const QByteArray kSecret = "link-client-secret";
const QByteArray kRegionSecret = "looker link region secret";

class LookerLink : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    LookerLink()
        : AdminTestHub(kRegionSecret, QStringLiteral("wk_link")) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        ASSERT_TRUE(looker.listen());
        api = std::make_unique<LookerApiClient>(
            LookerApiSettings{looker.url(), kClientId, kSecret, true});
        link = std::make_unique<LookerHubLink>(*api);
    }
    void TearDown() override {
        link.reset();
        api.reset();
    }

    LookerStandIn looker{kClientId, kSecret};
    std::unique_ptr<LookerApiClient> api;
    std::unique_ptr<LookerHubLink> link;
};

} // namespace

TEST_F(LookerLink, RegisteringTwiceKeepsOneHubAndLookerReadsItsActions) {
    const QUrl hubUrl = hub->listeningUrl();
    const auto first = await(link->registerHub(hubUrl, HubToken::make(kRegionSecret, "n1")));
    ASSERT_TRUE(first.ok()) << first.error.message.toStdString();
    ASSERT_TRUE(first.hub);
    EXPECT_FALSE(first.hub->id.isEmpty());
    EXPECT_TRUE(first.hub->fetchError.isEmpty()) << first.hub->fetchError.toStdString();
    EXPECT_EQ(first.hub->actionsRead, 4);
    EXPECT_EQ(first.hub->healthy, std::optional<bool>(true));

    const auto again = await(link->registerHub(hubUrl, HubToken::make(kRegionSecret, "n2")));
    ASSERT_TRUE(again.ok()) << again.error.message.toStdString();
    EXPECT_EQ(again.hub->id, first.hub->id);
    ASSERT_EQ(looker.hubs().size(), 1) << "no second hub";
    EXPECT_EQ(looker.hubs()[0].token, HubToken::make(kRegionSecret, "n2")) << "the new token";
    // The hub's URL with a trailing slash is the same hub.
    const auto found = await(link->find(QUrl(hubUrl.toString() + QStringLiteral("/"))));
    ASSERT_TRUE(found.hub);
    EXPECT_EQ(found.hub->id, first.hub->id);
}

TEST_F(LookerLink, ATokenTheHubRefusesIsLookersVerdict) {
    const auto refused =
        await(link->registerHub(hub->listeningUrl(), HubToken::make("another secret", "n3")));
    ASSERT_TRUE(refused.ok()) << refused.error.message.toStdString();
    ASSERT_TRUE(refused.hub);
    EXPECT_TRUE(refused.hub->fetchError.contains(u"403")) << refused.hub->fetchError.toStdString();
    EXPECT_EQ(refused.hub->healthy, std::optional<bool>(false));
    EXPECT_EQ(refused.hub->actionsRead, 0);
}

TEST_F(LookerLink, RemovingTakesTheHubAwayAndAgainIsNoError) {
    const QUrl hubUrl = hub->listeningUrl();
    ASSERT_TRUE(await(link->registerHub(hubUrl, HubToken::make(kRegionSecret, "n1"))).ok());
    const auto removed = await(link->unregister(hubUrl));
    EXPECT_TRUE(removed.ok()) << removed.error.message.toStdString();
    EXPECT_TRUE(looker.hubs().isEmpty());
    EXPECT_TRUE(await(link->unregister(hubUrl)).ok());
    EXPECT_FALSE(await(link->find(hubUrl)).hub);
}

TEST_F(LookerLink, EnablingWithASourceLeavesTheActionsEnabledTestedAndTheKeyOnlyAsHasValue) {
    const auto added =
        await(link->registerHub(hub->listeningUrl(), HubToken::make(kRegionSecret, "n1")));
    ASSERT_TRUE(added.hub);
    LookerIntegrations integrations(*api);
    const QStringList actions = {QStringLiteral("rudder_event"), QStringLiteral("rudder_track"),
                                 QStringLiteral("rudder_group")};
    const auto enabled = await(integrations.enable(
        added.hub->id, actions, LookerIntegrations::Params{QStringLiteral("wk_link"), sink.url()}));
    ASSERT_TRUE(enabled.ok()) << enabled.error.message.toStdString();
    ASSERT_EQ(enabled.actions.size(), 3);
    for (const LookerIntegration& action : enabled.actions) {
        EXPECT_TRUE(action.enabled) << action.name.toStdString();
        EXPECT_TRUE(action.hasWriteKey) << "confirmed by has_value, never read back";
        EXPECT_EQ(action.dataPlaneUrl, sink.url());
        EXPECT_EQ(action.testSucceeded, std::optional<bool>(true))
            << action.testMessage.toStdString();
    }
    EXPECT_TRUE(enabled.allPassed());
    EXPECT_EQ(looker.paramValue(LookerIntegrations::integrationId(added.hub->id, actions[0]),
                                QStringLiteral("rudder_write_key")),
              QStringLiteral("wk_link"));
    // status reads them back and runs Looker's test again.
    const auto status = await(integrations.status(added.hub->id, true));
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status.actions.size(), 4) << "the System Activity action is listed, not enabled";
    int passed = 0;
    for (const LookerIntegration& action : status.actions)
        passed += action.testSucceeded == true;
    EXPECT_EQ(passed, 3);
}

TEST_F(LookerLink, ParamsLeftEmptyPassLookersTestOnlyOnAHubWithSources) {
    const auto added =
        await(link->registerHub(hub->listeningUrl(), HubToken::make(kRegionSecret, "n1")));
    ASSERT_TRUE(added.hub);
    LookerIntegrations integrations(*api);
    const auto enabled =
        await(integrations.enable(added.hub->id, {QStringLiteral("rudder_track")}, std::nullopt));
    ASSERT_TRUE(enabled.ok()) << enabled.error.message.toStdString();
    ASSERT_EQ(enabled.actions.size(), 1);
    EXPECT_FALSE(enabled.actions[0].hasWriteKey);
    EXPECT_EQ(enabled.actions[0].testSucceeded, std::optional<bool>(true))
        << "the hub has a source, so the params are not required: "
        << enabled.actions[0].testMessage.toStdString();
}

TEST_F(LookerLink, AnUnknownActionIsNamed) {
    const auto added =
        await(link->registerHub(hub->listeningUrl(), HubToken::make(kRegionSecret, "n1")));
    ASSERT_TRUE(added.hub);
    LookerIntegrations integrations(*api);
    const auto enabled =
        await(integrations.enable(added.hub->id, {QStringLiteral("rudder_nope")}, std::nullopt));
    EXPECT_EQ(enabled.error.kind, LookerApiError::Kind::NotFound);
    EXPECT_TRUE(enabled.error.message.contains(u"rudder_nope"))
        << enabled.error.message.toStdString();
}
