// What a run records of Looker's request: its plan, the Look in the plan's URL, the instance,
// and no query string (it may hold filters).
#include "hub/runfromrequest.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

TEST(RunFromRequest, ThePlanTheLookAndTheInstanceAreRead) {
    ExecuteRequest request;
    request.planId = "17";
    request.planTitle = "Active accounts";
    request.queryId = "q8";
    request.planUrl = "https://user:pw@acme.looker.com:19999/looks/42?f[users.state]=CA#top";
    const RunRecord run = RunFromRequest::make(request, QStringLiteral("rudder_event"),
                                               QStringLiteral("US"), QStringLiteral("Prod"));
    EXPECT_EQ(run.action, QStringLiteral("rudder_event"));
    EXPECT_EQ(run.region, QStringLiteral("US"));
    EXPECT_EQ(run.source, QStringLiteral("Prod"));
    EXPECT_EQ(run.planId, QStringLiteral("17"));
    EXPECT_EQ(run.planTitle, QStringLiteral("Active accounts"));
    EXPECT_EQ(run.queryId, QStringLiteral("q8"));
    EXPECT_EQ(run.lookId, QStringLiteral("42"));
    EXPECT_EQ(run.url, QStringLiteral("https://acme.looker.com:19999/looks/42"));
    EXPECT_EQ(run.lookerInstance, QStringLiteral("https://acme.looker.com:19999"));
}

TEST(RunFromRequest, ALookIdIsOnlyALooksPath) {
    EXPECT_EQ(RunFromRequest::lookIdOf(QStringLiteral("https://x.looker.com/looks/7")),
              QStringLiteral("7"));
    EXPECT_EQ(RunFromRequest::lookIdOf(QStringLiteral("https://x.looker.com/looks/7/edit")),
              QStringLiteral("7"));
    EXPECT_EQ(RunFromRequest::lookIdOf(QStringLiteral("https://x.looker.com/dashboards/7")),
              QString());
    EXPECT_EQ(RunFromRequest::lookIdOf(QStringLiteral("https://x.looker.com/looks/7x")), QString());
    ExecuteRequest adHoc; // an Explore's send: no plan, no URL
    const RunRecord run =
        RunFromRequest::make(adHoc, QStringLiteral("rudder_track"), {}, QStringLiteral("h"));
    EXPECT_TRUE(run.planId.isEmpty());
    EXPECT_TRUE(run.url.isEmpty());
    EXPECT_TRUE(run.lookerInstance.isEmpty());
}
