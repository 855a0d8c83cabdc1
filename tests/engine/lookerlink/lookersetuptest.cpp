// The window's steps in Looker (LookerSetup) for this computer's hub and a server's, against the
// Looker API stand-in and a real hub on loopback: who signs in; Add with a token the hub makes
// (reused, not made again, where the hub shows it); Enable with a source's write key and data
// plane URL, or with the params left empty; Looker's verdict on a token the hub refuses; Remove.
#include "lookerlink/lookersetup.h"

#include "admintesthub.h"
#include "awaitfuture.h"
#include "hub/hubtoken.h"
#include "lookerstandin.h"
#include "waituntil.h"

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::await;
using TestSupport::LookerStandIn;
using TestSupport::waitUntil;

namespace {

const QString kClientId = QStringLiteral("setup-client");
const QByteArray kSecret = "setup-client-secret";
const QByteArray kRegionSecret = "looker setup region secret";
const QString kWriteKey = QStringLiteral("wk_setup_from_the_hub");

/// Runs on the hub in this process (false) and on the same hub through its admin API (true).
class LookerSetupTest : public testing::TestWithParam<bool>, protected TestSupport::AdminTestHub {
protected:
    LookerSetupTest()
        : AdminTestHub(kRegionSecret, kWriteKey) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        ASSERT_TRUE(looker.listen());
        connection = connectWindow(GetParam());
        ASSERT_TRUE(connection);
        setup = std::make_unique<LookerSetup>(
            *connection, LookerApiSettings{looker.url(), kClientId, kSecret, true});
    }
    void TearDown() override {
        setup.reset();
        connection.reset();
    }

    QString writeKeyParam(const QString& hubId, const QString& action) const {
        return looker.paramValue(LookerIntegrations::integrationId(hubId, action),
                                 QStringLiteral("rudder_write_key"));
    }

    LookerStandIn looker{kClientId, kSecret};
    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<LookerSetup> setup;
};

} // namespace

TEST_P(LookerSetupTest, SignInNamesTheUser) {
    const auto signIn = await(setup->signIn());
    ASSERT_TRUE(signIn.ok()) << signIn.error.message.toStdString();
    EXPECT_FALSE(signIn.user.isEmpty());
    EXPECT_TRUE(signIn.version);

    LookerSetup wrong(*connection, LookerApiSettings{looker.url(), kClientId, "not it", true});
    const auto refused = await(wrong.signIn());
    EXPECT_EQ(refused.error.kind, LookerApiError::Kind::CredentialsRefused);
}

TEST_P(LookerSetupTest, AddsTheHubWithATokenOfItsRegionOnce) {
    EXPECT_EQ(setup->hubUrl(), QUrl(hub->baseUrl()));
    const auto before = await(setup->state(false));
    ASSERT_TRUE(before.ok()) << before.error.message.toStdString();
    EXPECT_FALSE(before.hub) << "not in Looker yet";

    const auto added = await(setup->addToLooker(QStringLiteral("US")));
    ASSERT_TRUE(added.ok()) << added.error.message.toStdString() << added.hubError.toStdString();
    ASSERT_TRUE(added.usable()) << added.hub->fetchError.toStdString();
    EXPECT_EQ(added.hub->actionsRead, 4);
    EXPECT_EQ(added.actions.size(), 4);
    EXPECT_EQ(added.tokenRegion, QStringLiteral("US"));
    ASSERT_EQ(looker.hubs().size(), 1);
    // Looker holds a token the hub made for the region and accepts.
    const QByteArray token = looker.hubs()[0].token;
    EXPECT_EQ(QString::fromLatin1(HubToken::nonceOf(token)), added.tokenNonce);
    QStringList nonces;
    for (const RegionTokenInfo& listed : connection->regionTokens(QStringLiteral("US")))
        nonces.append(listed.nonce);
    EXPECT_TRUE(nonces.contains(added.tokenNonce));

    const auto again = await(setup->addToLooker(QStringLiteral("US")));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.hub->id, added.hub->id);
    EXPECT_EQ(looker.hubs().size(), 1) << "no second hub";
    if (!GetParam()) { // this computer's hub shows its token again: reused, not one more
        EXPECT_EQ(connection->regionTokens(QStringLiteral("US")).size(), nonces.size());
    }

    const auto unknown = await(setup->addToLooker(QStringLiteral("EU")));
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.hubError.contains(u"EU")) << unknown.hubError.toStdString();
}

TEST_P(LookerSetupTest, EnablesTheActionsWithTheSourcesParamsAndLookerTestsThem) {
    ASSERT_TRUE(await(setup->addToLooker(QStringLiteral("US"))).usable());
    const auto enabled =
        await(setup->enable(LookerSetup::defaultActions(), QStringLiteral("Prod")));
    ASSERT_TRUE(enabled.ok()) << enabled.error.message.toStdString()
                              << enabled.hubError.toStdString();
    ASSERT_EQ(enabled.actions.size(), 4) << "every action of the hub, three enabled";
    int tested = 0;
    for (const LookerIntegration& action : enabled.actions) {
        const bool wanted = LookerSetup::defaultActions().contains(action.name);
        EXPECT_EQ(action.enabled, wanted) << action.name.toStdString();
        if (!wanted)
            continue;
        EXPECT_TRUE(action.hasWriteKey);
        EXPECT_EQ(action.dataPlaneUrl, sink.url());
        EXPECT_EQ(action.testSucceeded, std::optional<bool>(true))
            << action.testMessage.toStdString();
        EXPECT_EQ(writeKeyParam(enabled.hub->id, action.name), kWriteKey);
        ++tested;
    }
    EXPECT_EQ(tested, 3);

    const auto noSource = await(setup->enable(LookerSetup::defaultActions(), QStringLiteral("X")));
    EXPECT_FALSE(noSource.ok());
    EXPECT_TRUE(noSource.hubError.contains(u"X"));
}

TEST_P(LookerSetupTest, EnablesWithTheParamsLeftEmpty) {
    ASSERT_TRUE(await(setup->addToLooker(QStringLiteral("US"))).usable());
    const auto enabled = await(setup->enable({LookerSetup::systemActivityAction()}, std::nullopt));
    ASSERT_TRUE(enabled.ok()) << enabled.error.message.toStdString();
    for (const LookerIntegration& action : enabled.actions) {
        if (action.name != LookerSetup::systemActivityAction())
            continue;
        EXPECT_TRUE(action.enabled);
        EXPECT_FALSE(action.hasWriteKey);
        EXPECT_TRUE(action.dataPlaneUrl.isEmpty());
        EXPECT_TRUE(writeKeyParam(enabled.hub->id, action.name).isEmpty());
    }
}

TEST_P(LookerSetupTest, DoItForMeAddsAndEnables) {
    const auto done = await(setup->addAndEnable(QStringLiteral("US"), QStringLiteral("Prod")));
    ASSERT_TRUE(done.ok()) << done.error.message.toStdString() << done.hubError.toStdString();
    ASSERT_TRUE(done.usable());
    EXPECT_EQ(done.tokenRegion, QStringLiteral("US"));
    int enabled = 0;
    for (const LookerIntegration& action : done.actions)
        enabled += action.enabled && action.testSucceeded == true ? 1 : 0;
    EXPECT_EQ(enabled, 3);
}

TEST_P(LookerSetupTest, LookersVerdictOnARefusedTokenThenUpdatingIt) {
    // Someone added the hub by hand with another hub's token.
    LookerHubLink byHand(setup->api());
    ASSERT_TRUE(await(byHand.registerHub(setup->hubUrl(), HubToken::make("another", "n9"))).ok());
    const auto refused = await(setup->state(false));
    ASSERT_TRUE(refused.ok());
    ASSERT_TRUE(refused.hub);
    EXPECT_FALSE(refused.usable());
    EXPECT_EQ(refused.hub->fetchProblem(), LookerHubEntry::FetchProblem::TokenRefused)
        << refused.hub->fetchError.toStdString();

    const auto updated = await(setup->addToLooker(QStringLiteral("US")));
    ASSERT_TRUE(updated.ok());
    EXPECT_TRUE(updated.usable()) << updated.hub->fetchError.toStdString();
    EXPECT_EQ(updated.hub->id, refused.hub->id);
}

TEST_P(LookerSetupTest, RemovesTheHubFromLooker) {
    ASSERT_TRUE(await(setup->addToLooker(QStringLiteral("US"))).usable());
    const auto removed = await(setup->remove());
    ASSERT_TRUE(removed.ok()) << removed.error.message.toStdString();
    EXPECT_FALSE(removed.hub);
    EXPECT_TRUE(looker.hubs().isEmpty());
    EXPECT_FALSE(await(setup->state(false)).hub);
    await(setup->signOut());
    EXPECT_EQ(looker.logouts(), 1);
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, LookerSetupTest, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& param) {
                             return param.param ? std::string("Server") : std::string("Local");
                         });

TEST(LookerHubEntry, SaysWhatLookersFetchErrorIsAbout) {
    const auto problem = [](const char* said) {
        LookerHubEntry entry;
        entry.fetchError = QString::fromLatin1(said);
        return entry.fetchProblem();
    };
    using Problem = LookerHubEntry::FetchProblem;
    EXPECT_EQ(problem(""), Problem::None);
    EXPECT_EQ(problem("Integration Hub responded with HTTP 403"), Problem::TokenRefused);
    EXPECT_EQ(problem("SSL_connect returned=1 errno=0 state=error: certificate verify failed"),
              Problem::Certificate);
    EXPECT_EQ(problem("Could not connect to the integration hub: Connection refused"),
              Problem::Unreachable);
    EXPECT_EQ(problem("execution expired"), Problem::Unreachable);
    EXPECT_EQ(problem("Integration Hub responded with HTTP 500"), Problem::Other);
}

TEST(LookerSetupStatic, UnreachableFromTheCloud) {
    for (const char* url : {"http://127.0.0.1:8080", "http://localhost:8080", "http://10.1.2.3",
                            "https://192.168.1.5", "http://172.20.0.1", "http://[::1]:80"})
        EXPECT_TRUE(LookerSetup::unreachableFromTheCloud(QUrl(QString::fromLatin1(url)))) << url;
    for (const char* url :
         {"https://actions.example.com", "http://203.0.113.9", "http://172.32.0.1"})
        EXPECT_FALSE(LookerSetup::unreachableFromTheCloud(QUrl(QString::fromLatin1(url)))) << url;
}
