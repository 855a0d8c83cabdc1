// A run as JSON (the admin API, runs --json, the json alert) reads back as the same run; a
// document without an id or a known state is refused with why.
#include "outbox/runrecordjson.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace ActionDeck;

TEST(RunRecordJson, EveryFieldReadsBackAsItWasWritten) {
    RunRecord run;
    run.id = 42;
    run.hubId = QStringLiteral("hub-a");
    run.receivedMs = 1000;
    run.answeredMs = 2000;
    run.finishedMs = 3000;
    run.action = QStringLiteral("rudder_group");
    run.region = QStringLiteral("EU");
    run.source = QStringLiteral("Prod");
    run.planId = QStringLiteral("17");
    run.planTitle = QStringLiteral("Cuentas activas \u00e9");
    run.lookId = QStringLiteral("9");
    run.queryId = QStringLiteral("q1");
    run.url = QStringLiteral("https://acme.looker.com/looks/9");
    run.lookerInstance = QStringLiteral("https://acme.looker.com");
    run.rowsRead = 1'000'000;
    run.rowsSkipped = 3;
    run.rowsUnchanged = 900'000;
    run.messagesStored = 99'997;
    run.skipReasons = {QStringLiteral("row 3: no group id"), QStringLiteral("row 9: no group id")};
    run.success = false;
    run.message = QStringLiteral("3 of 1000000 rows were skipped");
    run.delivered = 99'000;
    run.failed = 997;
    run.pending = 0;
    run.failReason = QStringLiteral("HTTP 400: bad");
    run.state = RunState::Partial;
    const QJsonObject json = RunRecordJson::toJson(run);
    EXPECT_EQ(json[u"state"].toString(), QStringLiteral("partial"));
    EXPECT_EQ(json[u"skipReasons"].toArray().size(), 2);
    QString error;
    const auto back = RunRecordJson::fromJson(json, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(*back, run);
}

TEST(RunRecordJson, ADocumentWithoutIdOrKnownStateIsRefused) {
    QString error;
    EXPECT_FALSE(
        RunRecordJson::fromJson({{QStringLiteral("state"), QStringLiteral("failed")}}, &error));
    EXPECT_NE(error.indexOf(QStringLiteral("\"id\"")), -1) << error.toStdString();
    EXPECT_FALSE(RunRecordJson::fromJson(
        {{QStringLiteral("id"), 3}, {QStringLiteral("state"), QStringLiteral("lost")}}, &error));
    EXPECT_NE(error.indexOf(QStringLiteral("run 3")), -1) << error.toStdString();
}
