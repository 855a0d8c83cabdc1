// Stable messageIds end to end: the same Looker execute sent twice reaches the data plane with
// the same messageIds; another run (a new ran_at) with new ones.
#include "core/clock.h"
#include "core/idgenerator.h"
#include "httpclient.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "testsink.h"
#include "waituntil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "stable-ids-secret";

class StableIds : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(sink.listen());
        HubConfig config;
        config.listenPort = 0;
        config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
        config.sources.append(
            SourceConfig{QStringLiteral("Prod"), QStringLiteral("wk"), sink.url()});
        hub = std::make_unique<Hub>(config, dir.path(), clock, ids);
        QString error;
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
    }

    /// An execute of `rows` rows (each its own user) that Looker ran at `ranAt`.
    void execute(int rows, const QString& ranAt, const QJsonValue& planId = 17) {
        QJsonArray data;
        for (int i = 0; i < rows; ++i)
            data.append(QJsonObject{
                {u"u.id"_qs, QJsonObject{{u"value"_qs, QStringLiteral("user-%1").arg(i)}}},
                {u"u.plan"_qs, QJsonObject{{u"value"_qs, u"gold"_qs}}}});
        // As Looker writes it: ran_at before the rows (QJsonDocument would sort it after them).
        QByteArray detail = "{";
        if (!ranAt.isEmpty())
            detail += "\"ran_at\":\"" + ranAt.toUtf8() + "\",";
        detail +=
            R"("fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},{"name":"u.plan"}]},)"
            R"("data":)" +
            QJsonDocument(data).toJson(QJsonDocument::Compact) + "}";
        QJsonObject plan{{u"title"_qs, u"Daily users"_qs}};
        if (!planId.isNull())
            plan.insert(u"scheduled_plan_id", planId);
        const QJsonObject body{
            {u"type"_qs, u"query"_qs},
            {u"form_params"_qs, QJsonObject{{u"destination_source"_qs, u"Prod"_qs}}},
            {u"scheduled_plan"_qs, plan},
            {u"attachment"_qs, QJsonObject{{u"mimetype"_qs, u"application/json"_qs},
                                           {u"data"_qs, QString::fromUtf8(detail)}}}};
        const auto before = sink.deliveredMessageIds().size();
        const auto answer = client.post(
            hub->listeningUrl().resolved(QUrl(u"/actions/rudder_event/execute"_qs)),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", "Token token=\"" + HubToken::make(kSecret, "n1") + "\""}});
        ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
        ASSERT_TRUE(answer.body.contains("\"success\":true")) << answer.body.toStdString();
        ASSERT_TRUE(
            waitUntil([&] { return sink.deliveredMessageIds().size() == before + rows; }, 20000));
    }

    QTemporaryDir dir;
    SystemClock clock;
    RandomIdGenerator ids;
    TestSupport::TestSink sink;
    TestSupport::HttpClient client;
    std::unique_ptr<Hub> hub;
};

} // namespace

TEST_F(StableIds, TheSameExecuteTwiceCarriesTheSameIds) {
    execute(250, u"2026-11-23T09:30:00Z"_qs);
    execute(250, u"2026-11-23T09:30:00Z"_qs);
    EXPECT_EQ(sink.deliveredMessageIds().size(), 500);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 250) << "each id arrived twice";
    // Batches may arrive in any order: the second run's ids are the first run's.
    const QList<QByteArray> all = sink.deliveredMessageIds();
    QList<QByteArray> first = all.mid(0, 250);
    QList<QByteArray> second = all.mid(250);
    std::sort(first.begin(), first.end());
    std::sort(second.begin(), second.end());
    EXPECT_TRUE(first == second);
}

TEST_F(StableIds, ANewRunOrAnotherScheduleHasNewIds) {
    execute(100, u"2026-11-23T09:30:00Z"_qs);
    execute(100, u"2026-11-24T09:30:00Z"_qs);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 200);
    execute(100, u"2026-11-24T09:30:00Z"_qs, 18);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 300);
}

TEST_F(StableIds, WithoutRanAtIdsAreRandom) {
    execute(100, {});
    execute(100, {});
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 200);
}

TEST_F(StableIds, AnAdHocSendIsNamedByItsDestination) {
    execute(50, u"2026-11-23T09:30:00Z"_qs, QJsonValue::Null);
    execute(50, u"2026-11-23T09:30:00Z"_qs, QJsonValue::Null);
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), 50);
}
