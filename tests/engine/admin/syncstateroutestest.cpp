// GET /api/v1/sync-state and POST /api/v1/sync-state/reset: what "only new or changed rows"
// remembers per schedule, listed to a read token (no customer data in it) and forgotten by an
// operate token, one schedule or all of them; GET /api/v1/sync-state/rows, one scope's rows for
// a preview.
#include "admin/syncstateroutes.h"

#include "admintesthub.h"
#include "hub/hubtoken.h"
#include "waituntil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "region-secret-for-sync-state-routes";
const QByteArray kWriteKey = "wk_sync_state_never_shown_42";

class SyncStateApi : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    SyncStateApi()
        : AdminTestHub(kSecret, QString::fromLatin1(kWriteKey)) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        operate = createToken(QStringLiteral("ops"), AdminScope::Operate);
        read = createToken(QStringLiteral("viewer"), AdminScope::Read);
    }

    /// A scope opened as an execute opens it, remembering `rows`.
    void openScope(const QString& planId, const QString& action, qint64 rows) {
        auto opening = hub->outbox().openSync(SyncScopeKey{planId, action, QStringLiteral("Prod")});
        ASSERT_TRUE(waitUntil([&] { return opening.isFinished(); }, 10000));
        const Outbox::SyncOpening opened = opening.result();
        ASSERT_TRUE(opened.state) << opened.error.toStdString();
        hub->outbox().setSyncRemembered(opened.state->scopeId, rows);
    }

    QJsonArray schedules(const QByteArray& token) {
        const auto answer = call("GET", "/api/v1/sync-state", token);
        EXPECT_EQ(answer.status, 200) << answer.body.constData();
        return QJsonDocument::fromJson(answer.body).object().value(u"schedules").toArray();
    }

    int forgotten(const QByteArray& query) {
        const auto answer = call("POST", "/api/v1/sync-state/reset" + query, operate);
        EXPECT_EQ(answer.status, 200) << answer.body.constData();
        return QJsonDocument::fromJson(answer.body).object().value(u"forgotten").toInt(-1);
    }

    QByteArray operate;
    QByteArray read;
};

} // namespace

TEST_F(SyncStateApi, ReadListsOperateResets) {
    EXPECT_EQ(call("GET", "/api/v1/sync-state", read).status, 200);
    EXPECT_EQ(call("POST", "/api/v1/sync-state/reset?all=1", read).status, 403);
    EXPECT_EQ(call("GET", "/api/v1/sync-state", "not-a-token").status, 401);
    // A Looker region token is never an admin token.
    const QByteArray looker = HubToken::make(kSecret, "n1");
    EXPECT_EQ(call("GET", "/api/v1/sync-state", looker).status, 401);
    EXPECT_EQ(call("POST", "/api/v1/sync-state/reset?all=1", looker).status, 401);
    const auto wrongList = call("POST", "/api/v1/sync-state", operate);
    EXPECT_EQ(wrongList.status, 405);
    EXPECT_EQ(wrongList.field("Allow"), QByteArrayLiteral("GET"));
    const auto wrongReset = call("GET", "/api/v1/sync-state/reset?all=1", operate);
    EXPECT_EQ(wrongReset.status, 405);
    EXPECT_EQ(wrongReset.field("Allow"), QByteArrayLiteral("POST"));
    EXPECT_EQ(call("GET", "/api/v1/sync-state/other", operate).status, 404);
}

TEST_F(SyncStateApi, ListsEverySchedulesScope) {
    EXPECT_TRUE(schedules(read).isEmpty());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    openScope(QStringLiteral("17"), QStringLiteral("rudder_identify"), 1000);
    openScope(QStringLiteral("23"), QStringLiteral("rudder_track"), 12);
    QJsonArray listed;
    ASSERT_TRUE(waitUntil(
        [&] {
            listed = schedules(read);
            return listed.size() == 2 &&
                   listed[0].toObject().value(u"remembered").toInteger() +
                           listed[1].toObject().value(u"remembered").toInteger() ==
                       1012;
        },
        10000))
        << QJsonDocument(listed).toJson().constData();
    QJsonObject seventeen;
    for (const QJsonValue& value : listed) {
        if (value.toObject().value(u"planId").toString() == u"17")
            seventeen = value.toObject();
    }
    ASSERT_FALSE(seventeen.isEmpty());
    EXPECT_EQ(seventeen.value(u"action").toString(), QStringLiteral("rudder_identify"));
    EXPECT_EQ(seventeen.value(u"source").toString(), QStringLiteral("Prod"));
    EXPECT_EQ(seventeen.value(u"remembered").toInteger(), 1000);
    const qint64 lastRunMs = seventeen.value(u"lastRunMs").toInteger();
    EXPECT_GE(lastRunMs, before);
    EXPECT_LE(lastRunMs, QDateTime::currentMSecsSinceEpoch());
    EXPECT_EQ(QDateTime::fromString(seventeen.value(u"lastRun").toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch(),
              lastRunMs);
    EXPECT_TRUE(seventeen.value(u"lastRun").toString().endsWith(u'Z'));
}

TEST_F(SyncStateApi, ResetsOneScheduleOrAll) {
    openScope(QStringLiteral("17"), QStringLiteral("rudder_identify"), 5);
    openScope(QStringLiteral("17"), QStringLiteral("rudder_track"), 6);
    openScope(QStringLiteral("23"), QStringLiteral("rudder_track"), 7);
    openScope(QStringLiteral("31"), QStringLiteral("rudder_group"), 8);

    const auto unsaid = call("POST", "/api/v1/sync-state/reset", operate);
    EXPECT_EQ(unsaid.status, 400);
    EXPECT_TRUE(unsaid.body.contains("schedule=ID")) << unsaid.body.constData();
    EXPECT_TRUE(unsaid.body.contains("all=1")) << unsaid.body.constData();
    EXPECT_EQ(call("POST", "/api/v1/sync-state/reset?schedule=17&all=1", operate).status, 400);
    EXPECT_EQ(schedules(read).size(), 4) << "a refused reset forgets nothing";

    EXPECT_EQ(forgotten("?schedule=17"), 2);
    QJsonArray left = schedules(read);
    ASSERT_EQ(left.size(), 2);
    for (const QJsonValue& value : left)
        EXPECT_NE(value.toObject().value(u"planId").toString(), QStringLiteral("17"));
    EXPECT_EQ(forgotten("?schedule=17"), 0);
    EXPECT_EQ(forgotten("?all=1"), 2);
    EXPECT_TRUE(schedules(read).isEmpty());
}

TEST_F(SyncStateApi, TheRowsOfOneScopeAreForOperateAndChangeNothing) {
    scheduledPlanId = QStringLiteral("42");
    const auto executed =
        execute(5, "rudder_event", {{QStringLiteral("send_rows"), QStringLiteral("changed")}});
    ASSERT_TRUE(executed && executed->status == 200);
    QJsonArray listed;
    ASSERT_TRUE(waitUntil(
        [&] {
            listed = schedules(read);
            return listed.size() == 1 && listed[0].toObject().value(u"remembered").toInt() == 5;
        },
        10000));
    const QByteArray path = "/api/v1/sync-state/rows?schedule=42&action=rudder_event&source=Prod";
    EXPECT_EQ(call("GET", path, read).status, 403) << "digests of customer ids";
    const auto rows = call("GET", path, operate);
    ASSERT_EQ(rows.status, 200) << rows.body.constData();
    EXPECT_EQ(rows.field("Content-Type"), QByteArrayLiteral("application/octet-stream"));
    EXPECT_EQ(rows.body.size(), 5 * 16);
    std::vector<SyncRow> unpacked;
    ASSERT_TRUE(SyncStateStore::unpack(rows.body, unpacked));
    EXPECT_TRUE(
        std::is_sorted(unpacked.begin(), unpacked.end(),
                       [](const SyncRow& a, const SyncRow& b) { return a.identity < b.identity; }));
    EXPECT_GT(rows.field("ActionDeck-Sync-Scope").toLongLong(), 0);
    EXPECT_EQ(schedules(read)[0].toObject().value(u"lastRunMs"),
              listed[0].toObject().value(u"lastRunMs"))
        << "reading is not a run";

    const auto unknown =
        call("GET", "/api/v1/sync-state/rows?schedule=43&action=rudder_event&source=Prod", operate);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(QJsonDocument::fromJson(unknown.body).object().value(u"scope").toString(),
              QStringLiteral("unknown"));
    EXPECT_EQ(call("GET", "/api/v1/sync-state/rows?schedule=42", operate).status, 400);
    const auto wrongMethod = call("POST", path, operate);
    EXPECT_EQ(wrongMethod.status, 405);
    EXPECT_EQ(wrongMethod.field("Allow"), QByteArrayLiteral("GET"));
}
