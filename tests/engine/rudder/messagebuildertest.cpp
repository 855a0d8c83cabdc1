#include "rudder/messagebuilder.h"

#include "fixedclock.h"
#include "looker/jsondetailreader.h"
#include "rudder/messageproducer.h"
#include "sequentialidgenerator.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <regex>

using namespace ActionDeck;
namespace json = boost::json;

namespace {

// 2026-11-23T10:00:00.000Z
constexpr qint64 kRequestTime = 1795428000000;

class CollectingSink : public MessageSink {
public:
    bool accept(std::string_view message, const MessageBuilder::RowResult&) override {
        messages.emplace_back(message);
        return true;
    }
    std::vector<std::string> messages;
};

struct Outcome {
    std::vector<std::string> texts;
    std::vector<json::object> messages;
    std::optional<std::string> requestError;
    std::string skipped;
    std::uint64_t skippedCount = 0;
    std::uint64_t withoutUserId = 0;
};

Outcome run(const std::string& detail, BuildOptions options = {}, qint64 clockStep = 0) {
    TestSupport::FixedClock clock(kRequestTime, clockStep);
    TestSupport::SequentialIdGenerator ids;
    MessageBuilder builder(options, clock, ids);
    CollectingSink sink;
    MessageProducer producer(builder, sink);
    JsonDetailReader reader(producer);
    const bool ok = reader.feed(detail) && reader.finish();
    Outcome outcome;
    outcome.requestError = producer.requestError();
    if (!ok && !outcome.requestError)
        ADD_FAILURE() << reader.error().message;
    outcome.texts = sink.messages;
    for (const auto& text : sink.messages)
        outcome.messages.push_back(json::parse(text).as_object());
    outcome.skipped = producer.skippedRows().message(producer.rowsSeen());
    outcome.skippedCount = producer.skippedRows().count();
    outcome.withoutUserId = producer.messagesWithoutUserId();
    return outcome;
}

std::string detail(const std::string& fields, const std::string& rows,
                   const std::string& extra = {}) {
    return R"({)" + extra + R"("fields":{"dimensions":[)" + fields + R"(]},"data":[)" + rows + "]}";
}

const std::string kIdFields = R"({"name":"u.id","tags":["user_id"]},)"
                              R"({"name":"u.email","tags":["email"]},)"
                              R"({"name":"u.anon","tags":["rudder_anonymous_id"]},)"
                              R"({"name":"u.plan","tags":[]})";

std::string idRow(const std::string& id, const std::string& email, const std::string& anon,
                  const std::string& plan = R"("gold")") {
    return R"({"u.id":{"value":)" + id + R"(},"u.email":{"value":)" + email +
           R"(},"u.anon":{"value":)" + anon + R"(},"u.plan":{"value":)" + plan + "}}";
}

std::vector<std::string> keys(const json::object& object) {
    std::vector<std::string> names;
    for (const auto& member : object)
        names.emplace_back(member.key());
    return names;
}

BuildOptions options(CallType call, std::string event = {}) {
    BuildOptions o;
    o.call = call;
    o.event = std::move(event);
    return o;
}

const std::regex kUuidV4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

} // namespace

TEST(MessageBuilder, UserIdTagBecomesUserId) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", "null", "null")));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("userId"), "u1");
}

TEST(MessageBuilder, EmailTagBecomesTraitsEmailForIdentify) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", R"("a@b.c")", "null")));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("traits").at("email"), "a@b.c");
}

TEST(MessageBuilder, EmailTagBecomesTraitsEmailForGroup) {
    const std::string fields = kIdFields + R"(,{"name":"g.id","tags":["rudder_group_id"]})";
    const std::string row = R"({"u.id":{"value":"u1"},"u.email":{"value":"a@b.c"},)"
                            R"("g.id":{"value":"g1"}})";
    const auto out = run(detail(fields, row), options(CallType::Group));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("traits").at("email"), "a@b.c");
}

TEST(MessageBuilder, EmailTagBecomesPropertiesEmailForTrack) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", R"("a@b.c")", "null")),
                         options(CallType::Track, "Signed Up"));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("properties").at("email"), "a@b.c");
    EXPECT_FALSE(out.messages[0].contains("traits"));
}

TEST(MessageBuilder, AnonymousIdTagBecomesAnonymousId) {
    const auto out = run(detail(kIdFields, idRow("null", "null", R"("anon-7")")));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("anonymousId"), "anon-7");
    EXPECT_TRUE(out.messages[0].at("userId").is_null());
}

TEST(MessageBuilder, GroupIdTagBecomesGroupIdForGroupOnly) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]},)"
                               R"({"name":"g.id","tags":["rudder_group_id"]})";
    const std::string row = R"({"u.id":{"value":"u1"},"g.id":{"value":"acme"}})";
    const auto group = run(detail(fields, row), options(CallType::Group));
    ASSERT_EQ(group.messages.size(), 1u);
    EXPECT_EQ(group.messages[0].at("groupId"), "acme");
    const auto identify = run(detail(fields, row), options(CallType::Identify));
    ASSERT_EQ(identify.messages.size(), 1u);
    EXPECT_FALSE(identify.messages[0].contains("groupId"));
}

TEST(MessageBuilder, TaggedFieldsAreNotOtherwiseCopiedIntoTraits) {
    const std::string fields = kIdFields + R"(,{"name":"g.id","tags":["rudder_group_id"]})";
    const std::string row = R"({"u.id":{"value":"u1"},"u.email":{"value":"a@b.c"},)"
                            R"("u.anon":{"value":"x"},"u.plan":{"value":"gold"},)"
                            R"("g.id":{"value":"g1"}})";
    const auto out = run(detail(fields, row));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(keys(out.messages[0].at("traits").as_object()),
              (std::vector<std::string>{"email", "u.plan"}));
}

TEST(MessageBuilder, UserIdIsNullWithoutAUserIdField) {
    const std::string fields = R"({"name":"u.email","tags":["email"]})";
    const auto out = run(detail(fields, R"({"u.email":{"value":"a@b.c"}})"));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_TRUE(out.messages[0].at("userId").is_null());
}

TEST(MessageBuilder, AnonymousIdIsNullWhenThereIsAUserIdAndNoAnonymousIdField) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]})";
    const auto out = run(detail(fields, R"({"u.id":{"value":"u1"}})"));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_TRUE(out.messages[0].at("anonymousId").is_null());
}

TEST(MessageBuilder, RowWithEmailButNoIdGetsAGeneratedUuidV4AnonymousId) {
    const auto out = run(detail(kIdFields, idRow("null", R"("a@b.c")", "null")));
    ASSERT_EQ(out.messages.size(), 1u);
    const std::string anonymousId(out.messages[0].at("anonymousId").as_string());
    EXPECT_EQ(anonymousId, TestSupport::SequentialIdGenerator::uuid(1));
    EXPECT_TRUE(std::regex_match(anonymousId, kUuidV4));
    EXPECT_NE(anonymousId, std::string(out.messages[0].at("messageId").as_string()));
}

TEST(MessageBuilder, NumericIdsAreSentAsStrings) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]},)"
                               R"({"name":"u.anon","tags":["rudder_anonymous_id"]},)"
                               R"({"name":"g.id","tags":["rudder_group_id"]})";
    const std::string row =
        R"({"u.id":{"value":12345678901234567890},"u.anon":{"value":1.50},"g.id":{"value":7}})";
    const auto out = run(detail(fields, row), options(CallType::Group));
    ASSERT_EQ(out.texts.size(), 1u);
    EXPECT_NE(out.texts[0].find(R"("userId":"12345678901234567890")"), std::string::npos);
    EXPECT_NE(out.texts[0].find(R"("anonymousId":"1.50")"), std::string::npos);
    EXPECT_NE(out.texts[0].find(R"("groupId":"7")"), std::string::npos);
}

TEST(MessageBuilder, NullEmptyOrBlankIdsCountAsMissing) {
    for (const std::string blank : {"null", R"("")", R"("   ")", R"(" \t ")"}) {
        const auto out = run(detail(kIdFields, idRow(blank, R"("a@b.c")", blank)));
        ASSERT_EQ(out.messages.size(), 1u) << blank;
        EXPECT_TRUE(out.messages[0].at("userId").is_null()) << blank;
        EXPECT_EQ(out.messages[0].at("anonymousId"),
                  json::value(TestSupport::SequentialIdGenerator::uuid(1)))
            << blank;
    }
}

TEST(MessageBuilder, RowWithNoIdAndNoEmailIsSkippedWithAnErrorNamingTheRow) {
    const std::string rows = idRow(R"("u1")", "null", "null") + "," +
                             idRow(R"(" ")", R"("")", "null") + "," +
                             idRow("null", R"("a@b.c")", "null");
    const auto out = run(detail(kIdFields, rows));
    EXPECT_EQ(out.messages.size(), 2u);
    EXPECT_EQ(out.skippedCount, 1u);
    EXPECT_EQ(out.skipped,
              "1 of 3 rows were skipped: row 2: no user_id, rudder_anonymous_id or email value.");
    for (const auto& message : out.messages)
        EXPECT_TRUE(!message.at("userId").is_null() || !message.at("anonymousId").is_null());
}

TEST(MessageBuilder, SkippedRowsAreCountedAndTheOtherRowsStillSent) {
    std::string rows;
    for (int i = 1; i <= 10; ++i) {
        if (i > 1)
            rows += ",";
        rows +=
            i % 3 == 0 ? idRow("null", "null", "null") : idRow(std::to_string(i), "null", "null");
    }
    const auto out = run(detail(kIdFields, rows));
    EXPECT_EQ(out.messages.size(), 7u);
    EXPECT_EQ(out.skippedCount, 3u);
    EXPECT_NE(out.skipped.find("3 of 10 rows were skipped"), std::string::npos) << out.skipped;
    EXPECT_NE(out.skipped.find("row 3:"), std::string::npos);
    EXPECT_NE(out.skipped.find("row 9:"), std::string::npos);
}

TEST(MessageBuilder, SkippedRowsMessageIsCappedInLength) {
    RowErrorSummary summary(200);
    for (int i = 1; i <= 1000; ++i)
        summary.add("row " + std::to_string(i) + ": no user_id, rudder_anonymous_id or email");
    const std::string message = summary.message(5000);
    EXPECT_LE(message.size(), 280u);
    EXPECT_NE(message.find("1000 of 5000 rows were skipped"), std::string::npos);
    EXPECT_NE(message.find("more)"), std::string::npos) << message;
}

TEST(MessageBuilder, OtherFieldsBecomeTraitsNamedExactlyAsLookerNamesThem) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]},)"
                               R"({"name":"users.first_name","tags":["pii"]},)"
                               R"({"name":"orders.total","tags":[]})";
    const std::string row = R"({"u.id":{"value":"u1"},"users.first_name":{"value":"Ada"},)"
                            R"("orders.total":{"value":12.5}})";
    const auto out = run(detail(fields, row));
    ASSERT_EQ(out.messages.size(), 1u);
    const auto& traits = out.messages[0].at("traits").as_object();
    EXPECT_EQ(keys(traits), (std::vector<std::string>{"users.first_name", "orders.total"}));
    EXPECT_EQ(traits.at("users.first_name"), "Ada");
    EXPECT_EQ(traits.at("orders.total"), 12.5);
}

TEST(MessageBuilder, OtherFieldsBecomePropertiesForTrack) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", "null", "null")),
                         options(CallType::Track, "Upgraded"));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("properties").at("u.plan"), "gold");
}

TEST(MessageBuilder, HiddenFieldsAreNotSent) {
    BuildOptions o;
    o.hiddenFields = {"u.plan"};
    const auto out = run(detail(kIdFields, idRow(R"("u1")", R"("a@b.c")", "null")), o);
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(keys(out.messages[0].at("traits").as_object()), std::vector<std::string>{"email"});
}

TEST(MessageBuilder, PivotedMeasureBecomesAListWithOneObjectPerPivot) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]},{"name":"users.count"})";
    const std::string row = R"({"u.id":{"value":"u1"},"users.count":)"
                            R"({"f":{"value":1,"links":[]},"z":{"value":3},"n":{"value":0}}})";
    const auto out = run(detail(fields, row));
    ASSERT_EQ(out.texts.size(), 1u);
    EXPECT_NE(out.texts[0].find(R"("traits":{"users.count":[{"f":1},{"z":3},{"n":0}]})"),
              std::string::npos)
        << out.texts[0];
}

TEST(MessageBuilder, TableCalculationsBecomeTraits) {
    const std::string text = R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]}],)"
                             R"("table_calculations":[{"name":"share_of_total","tags":[]}]},)"
                             R"("data":[{"u.id":{"value":"u1"},"share_of_total":{"value":0.25}}]})";
    const auto out = run(text);
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("traits").at("share_of_total"), 0.25);
}

TEST(MessageBuilder, FieldsAbsentFromTheRowAreNotSent) {
    const std::string text = R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]}],)"
                             R"("filters":[{"name":"u.created_date","tags":[]}]},)"
                             R"("data":[{"u.id":{"value":"u1"}}]})";
    const auto out = run(text);
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_TRUE(out.messages[0].at("traits").as_object().empty());
}

TEST(MessageBuilder, TimestampIsRanAtWhenPresent) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", "null", "null"),
                                R"("ran_at":"2017-07-28T02:25:19+02:00",)"));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("timestamp"), "2017-07-28T00:25:19.000Z");
}

TEST(MessageBuilder, TimestampIsTheRequestTimeWithoutRanAt) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", "null", "null")), {}, 5);
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("timestamp"), "2026-11-23T10:00:00.000Z");
    EXPECT_EQ(out.messages[0].at("originalTimestamp"), "2026-11-23T10:00:00.005Z");
}

TEST(MessageBuilder, UnreadableRanAtFallsBackToTheRequestTime) {
    const auto out =
        run(detail(kIdFields, idRow(R"("u1")", "null", "null"), R"("ran_at":"yesterday",)"));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("timestamp"), "2026-11-23T10:00:00.000Z");
}

TEST(MessageBuilder, ContextNamesLookerActionsAppAndTheActionDeckLibrary) {
    const auto out =
        run(detail(kIdFields, idRow(R"("u1")", "null", "null")), options(CallType::Track, "E"));
    ASSERT_EQ(out.messages.size(), 1u);
    const auto& context = out.messages[0].at("context").as_object();
    EXPECT_EQ(keys(context), (std::vector<std::string>{"app", "library"}));
    EXPECT_EQ(context.at("app").at("name"), "looker/actions");
    EXPECT_EQ(context.at("library").at("name"), "ActionDeck");
    EXPECT_EQ(context.at("app").at("version"), context.at("library").at("version"));
    EXPECT_FALSE(std::string(context.at("app").at("version").as_string()).empty());
}

TEST(MessageBuilder, IdentifyCopiesTraitsIntoContextTraitsAsTheSdksDo) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", R"("a@b.c")", "null")));
    ASSERT_EQ(out.messages.size(), 1u);
    const auto& context = out.messages[0].at("context").as_object();
    EXPECT_EQ(keys(context), (std::vector<std::string>{"app", "traits", "library"}));
    EXPECT_EQ(context.at("traits"), out.messages[0].at("traits"));
}

TEST(MessageBuilder, EachMessageGetsAUniqueMessageIdAndOriginalTimestamp) {
    std::string rows;
    for (int i = 1; i <= 5; ++i)
        rows += (i > 1 ? "," : "") + idRow(std::to_string(i), "null", "null");
    const auto out = run(detail(kIdFields, rows), {}, 1);
    ASSERT_EQ(out.messages.size(), 5u);
    std::set<std::string> ids;
    std::set<std::string> times;
    for (const auto& message : out.messages) {
        ids.insert(std::string(message.at("messageId").as_string()));
        times.insert(std::string(message.at("originalTimestamp").as_string()));
    }
    EXPECT_EQ(ids.size(), 5u);
    EXPECT_EQ(times.size(), 5u);
}

TEST(MessageBuilder, RandomIdGeneratorMakesDistinctVersion4Uuids) {
    RandomIdGenerator ids;
    std::set<std::string> seen;
    for (int i = 0; i < 10000; ++i) {
        std::string id;
        ids.appendUuid(id);
        ASSERT_TRUE(std::regex_match(id, kUuidV4)) << id;
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 10000u);
}

TEST(MessageBuilder, TrackEventComesFromFormParams) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", "null", "null")),
                         options(CallType::Track, "Order \"Completed\""));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("event"), "Order \"Completed\"");
    EXPECT_EQ(out.messages[0].at("type"), "track");
}

TEST(MessageBuilder, ValuesKeepTheirJsonType) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]},{"name":"zero"},)"
                               R"({"name":"no"},{"name":"empty"},{"name":"nothing"})";
    const std::string row = R"({"u.id":{"value":"u1"},"zero":{"value":0},"no":{"value":false},)"
                            R"("empty":{"value":""},"nothing":{"value":null}})";
    const auto out = run(detail(fields, row));
    ASSERT_EQ(out.texts.size(), 1u);
    EXPECT_NE(out.texts[0].find(R"("traits":{"zero":0,"no":false,"empty":"","nothing":null})"),
              std::string::npos)
        << out.texts[0];
}

TEST(MessageBuilder, LegacyEmptyValuesSendsFalsyValuesAsEmptyArraysLikeTheReference) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]},{"name":"zero"},)"
                               R"({"name":"no"},{"name":"empty"},{"name":"nothing"},)"
                               R"({"name":"kept"},{"name":"pivot"})";
    const std::string row = R"({"u.id":{"value":"u1"},"zero":{"value":0.0},"no":{"value":false},)"
                            R"("empty":{"value":""},"nothing":{"value":null},"kept":{"value":1},)"
                            R"("pivot":{"a":{"value":0}}})";
    BuildOptions o;
    o.legacyEmptyValues = true;
    const auto out = run(detail(fields, row), o);
    ASSERT_EQ(out.texts.size(), 1u);
    EXPECT_NE(out.texts[0].find(R"("traits":{"zero":[],"no":[],"empty":[],"nothing":[],)"
                                R"("kept":1,"pivot":[{"a":0}]})"),
              std::string::npos)
        << out.texts[0];
}

TEST(MessageBuilder, QueryWithoutAnIdentifierTagIsRejected) {
    const auto out =
        run(detail(R"({"name":"u.plan","tags":["pii"]})", R"({"u.plan":{"value":1}})"));
    ASSERT_TRUE(out.requestError);
    EXPECT_EQ(*out.requestError,
              "Query requires a field tagged email or user_id or rudder_anonymous_id.");
    EXPECT_TRUE(out.messages.empty());
}

TEST(MessageBuilder, ASystemActivityResultIsSentToItsOwnAction) {
    const auto out = run(detail(R"({"name":"event.id"},{"name":"event.name"})",
                                R"({"event.id":{"value":1},"event.name":{"value":"login"}})"));
    ASSERT_TRUE(out.requestError);
    EXPECT_EQ(*out.requestError,
              "Query requires a field tagged email or user_id or rudder_anonymous_id. This is a "
              "System Activity result: send it with the Rudder System Activity action, which "
              "needs no tags.");
}

TEST(MessageBuilder, GroupWithoutAGroupIdTagIsRejected) {
    const auto out =
        run(detail(kIdFields, idRow(R"("u1")", "null", "null")), options(CallType::Group));
    ASSERT_TRUE(out.requestError);
    EXPECT_EQ(*out.requestError, "Query requires a field tagged rudder_group_id.");
}

TEST(MessageBuilder, TrackWithoutAnEventIsRejected) {
    const auto out =
        run(detail(kIdFields, idRow(R"("u1")", "null", "null")), options(CallType::Track, " "));
    ASSERT_TRUE(out.requestError);
    EXPECT_EQ(*out.requestError, "Track requires an event name (the form field \"event\").");
}

TEST(MessageBuilder, GroupRowWithAnEmptyGroupIdIsSkipped) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]},)"
                               R"({"name":"g.id","tags":["rudder_group_id"]})";
    const std::string rows = R"({"u.id":{"value":"u1"},"g.id":{"value":""}},)"
                             R"({"u.id":{"value":"u2"},"g.id":{"value":"g"}})";
    const auto out = run(detail(fields, rows), options(CallType::Group));
    EXPECT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.skipped,
              "1 of 2 rows were skipped: row 1: the rudder_group_id field g.id is empty.");
}

TEST(MessageBuilder, MessagesWithoutUserIdAreCountedForThePreviewWarning) {
    const std::string rows =
        idRow(R"("u1")", "null", "null") + "," + idRow("null", R"("a@b.c")", "null");
    const auto out = run(detail(kIdFields, rows));
    EXPECT_EQ(out.withoutUserId, 1u);
}

TEST(MessageBuilder, MembersFollowTheSdkOrderOfTheReferenceCaptures) {
    const std::string fields = kIdFields + R"(,{"name":"g.id","tags":["rudder_group_id"]})";
    const std::string row = R"({"u.id":{"value":"u1"},"g.id":{"value":"g1"}})";
    const std::vector<std::string> tail = {"context",   "timestamp",         "type",     "channel",
                                           "_metadata", "originalTimestamp", "messageId"};
    auto expected = [&tail](std::vector<std::string> head) {
        head.insert(head.end(), tail.begin(), tail.end());
        return head;
    };
    EXPECT_EQ(keys(run(detail(fields, row)).messages.at(0)),
              expected({"userId", "anonymousId", "traits"}));
    EXPECT_EQ(keys(run(detail(fields, row), options(CallType::Track, "E")).messages.at(0)),
              expected({"userId", "anonymousId", "properties", "event"}));
    EXPECT_EQ(keys(run(detail(fields, row), options(CallType::Group)).messages.at(0)),
              expected({"userId", "anonymousId", "groupId", "traits"}));
}

TEST(MessageBuilder, SentAtIsAddedAsTheLastMemberWhenSending) {
    const auto out = run(detail(kIdFields, idRow(R"("u1")", "null", "null")));
    ASSERT_EQ(out.texts.size(), 1u);
    std::string sent;
    appendMessageWithSentAt(sent, out.texts[0], "2026-11-23T10:00:01.000Z");
    const auto message = json::parse(sent).as_object();
    EXPECT_EQ(keys(message).back(), "sentAt");
    EXPECT_EQ(message.at("sentAt"), "2026-11-23T10:00:01.000Z");
}

TEST(MessageBuilder, TextIsEscapedAndUnicodeKeptIntact) {
    const std::string fields = R"({"name":"u.id","tags":["user_id"]},{"name":"note"})";
    const std::string row =
        R"({"u.id":{"value":"ü\"1\\"},"note":{"value":"a\nb\u0001 東京 \ud83d\ude00"}})";
    const auto out = run(detail(fields, row));
    ASSERT_EQ(out.messages.size(), 1u);
    EXPECT_EQ(out.messages[0].at("userId"), "ü\"1\\");
    EXPECT_EQ(out.messages[0].at("traits").at("note"), "a\nb\x01 東京 \xF0\x9F\x98\x80");
}
