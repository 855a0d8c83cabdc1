// Stable messageIds (UUID v5 of the run and the row) and context.looker, through the real
// json_detail reader and MessageBuilder.
#include "fixedclock.h"
#include "looker/jsondetailreader.h"
#include "rudder/messagebuilder.h"
#include "rudder/messageproducer.h"
#include "sequentialidgenerator.h"

#include <QUuid>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <set>

using namespace ActionDeck;
namespace json = boost::json;

namespace {

class CollectingSink : public MessageSink {
public:
    bool accept(std::string_view message, const MessageBuilder::RowResult&) override {
        messages.push_back(json::parse(message).as_object());
        return true;
    }
    std::vector<json::object> messages;
};

std::vector<json::object> build(const std::string& detail, BuildOptions options) {
    TestSupport::FixedClock clock(1795428000000, 7);
    TestSupport::SequentialIdGenerator ids;
    MessageBuilder builder(std::move(options), clock, ids);
    CollectingSink sink;
    MessageProducer producer(builder, sink);
    JsonDetailReader reader(producer);
    EXPECT_TRUE(reader.feed(detail) && reader.finish()) << reader.error().message;
    return sink.messages;
}

std::string result(const std::string& ranAt, const std::vector<std::string>& plans,
                   bool withUserId = true) {
    std::string rows;
    int i = 0;
    for (const std::string& plan : plans) {
        if (!rows.empty())
            rows += ',';
        const std::string id = withUserId ? "\"u" + std::to_string(++i) + "\"" : "null";
        rows += R"({"u.id":{"value":)" + id +
                R"(},"u.email":{"value":"a@b.c"},)"
                R"("u.plan":{"value":")" +
                plan + R"("}})";
    }
    const std::string ran = ranAt.empty() ? "" : R"("ran_at":")" + ranAt + R"(",)";
    return "{" + ran +
           R"("fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},)"
           R"({"name":"u.email","tags":["email"]},{"name":"u.plan"}]},"data":[)" +
           rows + "]}";
}

BuildOptions stable(const std::string& planId = "42") {
    BuildOptions options;
    options.idScope = messageIdScope(planId, "Prod", "rudder_event");
    return options;
}

std::vector<std::string> idsOf(const std::vector<json::object>& messages,
                               const char* member = "messageId") {
    std::vector<std::string> ids;
    for (const json::object& m : messages)
        ids.emplace_back(m.at(member).as_string());
    return ids;
}

constexpr char kRanAt[] = "2026-11-23T09:30:00Z";

} // namespace

TEST(StableMessageIds, TheSameResultSentTwiceHasTheSameIds) {
    const std::string body = result(kRanAt, {"gold", "silver", "bronze"});
    const auto first = idsOf(build(body, stable()));
    const auto second = idsOf(build(body, stable()));
    ASSERT_EQ(first.size(), 3u);
    EXPECT_EQ(first, second);
    for (const std::string& id : first) {
        const QUuid uuid(QString::fromStdString(id));
        EXPECT_EQ(uuid.version(), QUuid::Sha1) << id;
        EXPECT_EQ(uuid.variant(), QUuid::DCE) << id;
    }
}

TEST(StableMessageIds, ANewRunHasNewIds) {
    const auto first = idsOf(build(result(kRanAt, {"gold", "silver"}), stable()));
    const auto next = idsOf(build(result("2026-11-24T09:30:00Z", {"gold", "silver"}), stable()));
    for (const std::string& id : next)
        EXPECT_EQ(std::count(first.begin(), first.end(), id), 0) << id;
}

TEST(StableMessageIds, AnotherScheduleOrDestinationHasOtherIds) {
    const std::string body = result(kRanAt, {"gold"});
    const auto ours = idsOf(build(body, stable("42")));
    EXPECT_NE(ours, idsOf(build(body, stable("43"))));
    BuildOptions adHoc;
    adHoc.idScope = messageIdScope("", "Prod", "rudder_event");
    const auto byDestination = idsOf(build(body, adHoc));
    EXPECT_NE(ours, byDestination);
    EXPECT_EQ(byDestination, idsOf(build(body, adHoc)));
    adHoc.idScope = messageIdScope("", "Staging", "rudder_event");
    EXPECT_NE(byDestination, idsOf(build(body, adHoc)));
}

TEST(StableMessageIds, TwoIdenticalRowsKeepTwoIds) {
    const auto ids = idsOf(build(result(kRanAt, {"gold", "gold"}, false), stable()));
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_NE(ids[0], ids[1]);
}

TEST(StableMessageIds, AChangedRowHasAnotherId) {
    const auto before = idsOf(build(result(kRanAt, {"gold", "silver"}), stable()));
    const auto after = idsOf(build(result(kRanAt, {"gold", "platinum"}), stable()));
    EXPECT_EQ(before[0], after[0]);
    EXPECT_NE(before[1], after[1]);
}

TEST(StableMessageIds, GeneratedAnonymousIdsAreStableToo) {
    const std::string body = result(kRanAt, {"gold", "silver"}, false);
    const auto first = build(body, stable());
    const auto second = build(body, stable());
    EXPECT_EQ(idsOf(first, "anonymousId"), idsOf(second, "anonymousId"));
    EXPECT_NE(idsOf(first, "anonymousId"), idsOf(first, "messageId"));
    // The whole message is the same but for originalTimestamp, the time of building.
    json::object a = first[1];
    json::object b = second[1];
    a.erase("originalTimestamp");
    b.erase("originalTimestamp");
    EXPECT_EQ(a, b);
}

TEST(StableMessageIds, WithoutRanAtIdsStayRandom) {
    // A run can not be told from the next: the generator's ids, as before.
    const auto ids = idsOf(build(result("", {"gold", "silver"}), stable()));
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids[0], "00000000-0000-4000-8000-000000000001");
    EXPECT_NE(ids[0], ids[1]);
    BuildOptions off; // no scope: random even with ran_at
    EXPECT_EQ(idsOf(build(result(kRanAt, {"gold"}), off))[0],
              "00000000-0000-4000-8000-000000000001");
}

TEST(LookerContext, CarriesTheRunWhenAskedFor) {
    BuildOptions options = stable();
    options.lookerContext = true;
    options.run = {"42", "Weekly \"active\" accounts", "Look", "https://looker.example.com/looks/7",
                   "1234"};
    const auto messages = build(result(kRanAt, {"gold"}), options);
    ASSERT_EQ(messages.size(), 1u);
    const json::object& looker = messages[0].at("context").at("looker").as_object();
    EXPECT_EQ(looker.at("scheduled_plan_id"), json::value(42));
    EXPECT_EQ(looker.at("title"), json::value("Weekly \"active\" accounts"));
    EXPECT_EQ(looker.at("type"), json::value("Look"));
    EXPECT_EQ(looker.at("query_id"), json::value(1234));
    EXPECT_EQ(looker.at("ran_at"), json::value(kRanAt));
    EXPECT_EQ(looker.at("url"), json::value("https://looker.example.com/looks/7"));
    // The SDKs' members keep their place around it.
    EXPECT_TRUE(messages[0].at("context").as_object().contains("library"));
    EXPECT_TRUE(messages[0].at("context").as_object().contains("app"));
}

TEST(LookerContext, OnlyWhatLookerSentAndNothingByDefault) {
    BuildOptions options;
    options.run = {"42", "Title", "Look", "", ""};
    const auto plain = build(result(kRanAt, {"gold"}), options);
    EXPECT_FALSE(plain[0].at("context").as_object().contains("looker"));
    options.lookerContext = true;
    options.run = {"", "", "", "", "0012"};
    const auto partial = build(result("", {"gold"}), options);
    const json::object& looker = partial[0].at("context").at("looker").as_object();
    EXPECT_EQ(looker.size(), 1u);
    EXPECT_EQ(looker.at("query_id"), json::value("0012")) << "not a number: kept as text";
}
