// PreviewBuilder: the preview pipeline the CLI and the Preview page share, on the fixtures in
// tests/data and on made-up results that trigger each warning.
#include "rudder/previewbuilder.h"

#include "fixedclock.h"
#include "jsondetailgenerator.h"
#include "looker/executerequest.h"
#include "looker/jsondetailreader.h"
#include "rudder/batchbody.h"
#include "rudder/messageproducer.h"
#include "sequentialidgenerator.h"
#include "testdata.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <sstream>

using namespace ActionDeck;
namespace json = boost::json;

namespace {

constexpr qint64 kNow = 1795428000000;

PreviewOptions optionsFor(CallType call) {
    PreviewOptions options;
    options.call = call;
    return options;
}

PreviewResult preview(std::string_view input, PreviewOptions options) {
    TestSupport::FixedClock clock(kNow);
    TestSupport::SequentialIdGenerator ids;
    return PreviewBuilder::build(input, std::move(options), clock, ids);
}

std::vector<std::string> lines(const PreviewResult& result) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < result.messages.size(); ++i)
        out.push_back(result.line(i));
    return out;
}

/// The json_detail inside a reference execute body.
std::string attachmentOf(const std::string& requestFile) {
    ParseError error;
    const auto request = ExecuteRequestReader::read(TestSupport::readTestData(requestFile), &error);
    EXPECT_TRUE(request) << error.message;
    return request ? request->decodedAttachment(nullptr) : std::string();
}

/// Masks what differs on every run and what names the sender, as referencecapturestest does.
std::string masked(std::string_view message) {
    json::object object = json::parse(message).as_object();
    for (const char* key : {"messageId", "originalTimestamp", "sentAt", "_metadata", "timestamp"})
        object.at(key) = "<varies>";
    auto& context = object.at("context").as_object();
    context.at("library") = "<sender>";
    context.at("app").as_object().at("version") = "<sender>";
    return json::serialize(object);
}

std::string threeRowsByEmail() {
    return R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},)"
           R"({"name":"u.email","tags":["email"]},{"name":"u.city"}]},"data":[)"
           R"({"u.id":{"value":7},"u.email":{"value":"a@b.c"},"u.city":{"value":"Lyon"}},)"
           R"({"u.id":{"value":null},"u.email":{"value":"d@e.f"},"u.city":{"value":"Oslo"}},)"
           R"({"u.id":{"value":" "},"u.email":{"value":"g@h.i"},"u.city":{"value":"Rome"}}]})";
}

struct ReferenceCase {
    std::string name;
    CallType call;
};

class PreviewOfReferenceRequests : public testing::TestWithParam<ReferenceCase> {};

} // namespace

TEST_P(PreviewOfReferenceRequests, MatchesWhatTheReferenceHubSent) {
    const std::string name = GetParam().name;
    const PreviewResult result =
        preview(TestSupport::readTestData("reference/" + name + ".request.json"),
                optionsFor(GetParam().call));
    ASSERT_FALSE(result.error.isSet()) << result.error.message;
    EXPECT_EQ(result.input, PreviewResult::Input::ExecuteRequest);

    std::vector<std::string> expected;
    std::istringstream captures(TestSupport::readTestData("reference/" + name + ".batches.jsonl"));
    for (std::string line; std::getline(captures, line);) {
        if (line.empty())
            continue;
        const json::value captured = json::parse(line);
        for (const auto& message : captured.at("body").at("batch").as_array())
            expected.push_back(masked(json::serialize(message)));
    }
    std::vector<std::string> actual;
    for (const std::string& line : lines(result))
        actual.push_back(masked(line));
    EXPECT_EQ(actual, expected);
    EXPECT_EQ(result.messageCount, expected.size());
    EXPECT_EQ(result.rows, expected.size());
    EXPECT_TRUE(result.keptAll());
}

INSTANTIATE_TEST_SUITE_P(
    ReferenceHub, PreviewOfReferenceRequests,
    testing::Values(ReferenceCase{"identify_works_with_email_user_id_anonymous_id_and_trait",
                                  CallType::Identify},
                    ReferenceCase{"identify_works_with_pivoted_values", CallType::Identify},
                    ReferenceCase{"track_calls_track", CallType::Track},
                    ReferenceCase{"group_works_with_rudder_group_id_user_id_and_email",
                                  CallType::Group}),
    [](const testing::TestParamInfo<ReferenceCase>& paramInfo) { return paramInfo.param.name; });

TEST(PreviewBuilder, JsonDetailAndTheExecuteBodyCarryingItGiveTheSameLines) {
    const std::string file = "reference/group_works_with_rudder_group_id_user_id_and_email";
    const PreviewResult whole =
        preview(TestSupport::readTestData(file + ".request.json"), optionsFor(CallType::Group));
    const PreviewResult detail =
        preview(attachmentOf(file + ".request.json"), optionsFor(CallType::Group));
    EXPECT_EQ(whole.input, PreviewResult::Input::ExecuteRequest);
    EXPECT_EQ(detail.input, PreviewResult::Input::JsonDetail);
    ASSERT_EQ(lines(detail).size(), 1u);
    EXPECT_EQ(lines(whole), lines(detail));
    const json::object message = json::parse(detail.line(0)).as_object();
    EXPECT_EQ(message.at("groupId"), "funvalue");
    EXPECT_EQ(message.at("messageId").as_string(), TestSupport::SequentialIdGenerator::uuid(1));
    EXPECT_EQ(message.at("sentAt").as_string(), detail.sentAt);
    EXPECT_EQ(detail.sentAt, "2026-11-23T10:00:00.000Z");
}

TEST(PreviewBuilder, ReadsTheClockAndIdsInTheOrderTheCommandAlwaysDid) {
    // The command's pipeline before PreviewBuilder: builder, then sentAt, then each row. A clock
    // that moves on every reading shows any change of order.
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 300});
    std::vector<std::string> expected;
    {
        TestSupport::FixedClock clock(kNow, 7);
        TestSupport::SequentialIdGenerator ids;
        BuildOptions options;
        MessageBuilder builder(options, clock, ids);
        std::string sentAt;
        IsoTime().append(clock.nowMs(), sentAt);
        struct Lines : MessageSink {
            bool accept(std::string_view message, const MessageBuilder::RowResult&) override {
                appendMessageWithSentAt(out.emplace_back(), message, sentAt);
                return true;
            }
            std::string sentAt;
            std::vector<std::string> out;
        } sink;
        sink.sentAt = sentAt;
        MessageProducer producer(builder, sink);
        JsonDetailReader reader(producer);
        ASSERT_TRUE(reader.feed(detail) && reader.finish());
        expected = std::move(sink.out);
    }
    TestSupport::FixedClock clock(kNow, 7);
    TestSupport::SequentialIdGenerator ids;
    const PreviewResult result =
        PreviewBuilder::build(detail, optionsFor(CallType::Identify), clock, ids);
    EXPECT_EQ(lines(result), expected);
}

TEST(PreviewBuilder, TakesEventAndHiddenFieldsFromAnExecuteBodyUnlessOverridden) {
    json::object body =
        json::parse(TestSupport::readTestData("reference/track_calls_track.request.json"))
            .as_object();
    body["scheduled_plan"] = json::parse(R"({"query":{"vis_config":{"hidden_fields":["x"]}}})");
    body["attachment"].as_object()["data"] =
        R"({"fields":{"dimensions":[{"name":"id","tags":["user_id"]},{"name":"x"},{"name":"y"}]},)"
        R"("data":[{"id":{"value":"u1"},"x":{"value":1},"y":{"value":2}}]})";
    const std::string text = json::serialize(body);

    const PreviewResult fromRequest = preview(text, optionsFor(CallType::Track));
    ASSERT_FALSE(fromRequest.error.isSet()) << fromRequest.error.message;
    EXPECT_EQ(fromRequest.requestEvent, "funevent");
    EXPECT_EQ(fromRequest.requestHiddenFields, std::vector<std::string>{"x"});
    json::object message = json::parse(fromRequest.line(0)).as_object();
    EXPECT_EQ(message.at("event"), "funevent");
    EXPECT_EQ(json::serialize(message.at("properties")), R"({"y":2})");

    PreviewOptions options = optionsFor(CallType::Track);
    options.event = "Other";
    options.hiddenFields = std::vector<std::string>{"y"};
    const PreviewResult overridden = preview(text, options);
    message = json::parse(overridden.line(0)).as_object();
    EXPECT_EQ(message.at("event"), "Other");
    EXPECT_EQ(json::serialize(message.at("properties")), R"({"x":1})");
    EXPECT_EQ(overridden.requestEvent, "funevent");
}

TEST(PreviewBuilder, CountsMessagesWithoutUserId) {
    const PreviewResult result = preview(threeRowsByEmail(), optionsFor(CallType::Identify));
    ASSERT_FALSE(result.error.isSet()) << result.error.message;
    EXPECT_EQ(result.rows, 3u);
    EXPECT_EQ(result.messageCount, 3u);
    // A blank id counts as missing, as RudderStack's gateway trims it.
    EXPECT_EQ(result.withoutUserId, 2u);
    EXPECT_EQ(result.skippedRows, 0u);
    EXPECT_EQ(json::parse(result.line(1)).at("userId"), nullptr);
}

TEST(PreviewBuilder, ReportsSkippedRowsAsLookerWouldSeeThem) {
    const std::string detail = R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]}]},)"
                               R"("data":[{"u.id":{"value":"a"}},{"u.id":{"value":null}},)"
                               R"({"u.id":{"value":""}}]})";
    const PreviewResult result = preview(detail, optionsFor(CallType::Identify));
    EXPECT_FALSE(result.error.isSet());
    EXPECT_EQ(result.rows, 3u);
    EXPECT_EQ(result.messageCount, 1u);
    EXPECT_EQ(result.skippedRows, 2u);
    EXPECT_EQ(result.withoutUserId, 0u);
    EXPECT_EQ(result.skippedRowsMessage.rfind("2 of 3 rows were skipped: row 2:", 0), 0u)
        << result.skippedRowsMessage;
}

TEST(PreviewBuilder, FlagsEventsOverThePerEventLimitAsTheAssemblerCountsThem) {
    const auto detail = [](std::size_t padding) {
        return R"({"fields":{"dimensions":[{"name":"id","tags":["user_id"]},{"name":"t"}]},)"
               R"("data":[{"id":{"value":"small"},"t":{"value":"x"}},)"
               R"({"id":{"value":"big"},"t":{"value":")" +
               std::string(padding, 'p') + R"("}}]})";
    };
    const PreviewResult result = preview(detail(40000), optionsFor(CallType::Identify));
    ASSERT_EQ(result.messageCount, 2u);
    EXPECT_EQ(result.oversizedCount, 1u);
    ASSERT_EQ(result.oversized.size(), 1u);
    EXPECT_EQ(result.oversized[0].message, 2u);
    EXPECT_EQ(result.oversized[0].sentBytes,
              result.messages[1].size() + BatchBody::kPerMessageOverhead);
    EXPECT_GT(result.oversized[0].sentBytes, 32u * 1024u);

    // Exactly at the limit is allowed; one byte over is not.
    PreviewOptions options = optionsFor(CallType::Identify);
    options.limits.maxEventBytes = qsizetype(result.oversized[0].sentBytes);
    EXPECT_EQ(preview(detail(40000), options).oversizedCount, 0u);
    options.limits.maxEventBytes -= 1;
    EXPECT_EQ(preview(detail(40000), options).oversizedCount, 1u);
}

TEST(PreviewBuilder, ReportsIdentifierValuesThatCanNotBeIds) {
    const std::string detail = R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},)"
                               R"({"name":"u.email","tags":["email"]}]},"data":[)"
                               R"({"u.id":{"value":true},"u.email":{"value":"a@b.c"}},)"
                               R"({"u.id":{"value":{"nested":1}},"u.email":{"value":null}},)"
                               R"({"u.id":{"value":5},"u.email":{"value":"e@f.g"}}]})";
    const PreviewResult result = preview(detail, optionsFor(CallType::Identify));
    EXPECT_EQ(result.unsupportedCount, 2u);
    ASSERT_EQ(result.unsupported.size(), 2u);
    EXPECT_EQ(result.unsupported[0].row, 1u);
    EXPECT_EQ(result.unsupported[0].field, "u.id");
    EXPECT_EQ(result.unsupported[0].tag, "user_id");
    EXPECT_EQ(result.unsupported[0].kind, CellValue::Kind::True);
    EXPECT_EQ(result.unsupported[1].row, 2u);
    EXPECT_EQ(result.unsupported[1].kind, CellValue::Kind::Composite);
    // Row 1 falls back on a generated anonymousId, row 2 has nothing left and is skipped.
    EXPECT_EQ(result.messageCount, 2u);
    EXPECT_EQ(result.skippedRows, 1u);
    EXPECT_EQ(result.withoutUserId, 1u);
}

TEST(PreviewBuilder, InvalidJsonSaysWhereAndKeepsTheMessagesBeforeIt) {
    const std::string detail = R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]}]},)"
                               "\n"
                               R"("data":[{"u.id":{"value":"a"}},{"u.id":{"value":"b"}},)"
                               "\n"
                               R"({"u.id":{"value":nope}}]})";
    const PreviewResult result = preview(detail, optionsFor(CallType::Identify));
    ASSERT_EQ(result.error.kind, PreviewError::Kind::Json);
    EXPECT_FALSE(result.error.inAttachment);
    EXPECT_EQ(result.error.position.line, 3u);
    EXPECT_GT(result.error.position.offset, detail.find("nope") - 1);
    EXPECT_NE(result.error.message.find("malformed JSON at byte"), std::string::npos)
        << result.error.message;
    EXPECT_NE(result.error.message.find("(line 3, column"), std::string::npos)
        << result.error.message;
    EXPECT_EQ(result.messageCount, 2u);
    EXPECT_EQ(result.messages.size(), 2u);

    const PreviewResult truncated =
        preview(TestSupport::JsonDetailGenerator::generate({.rows = 100}).substr(0, 5000),
                optionsFor(CallType::Identify));
    EXPECT_EQ(truncated.error.kind, PreviewError::Kind::Json);
    EXPECT_EQ(truncated.error.message.rfind("truncated JSON: the input ended at byte 5000", 0), 0u)
        << truncated.error.message;
}

TEST(PreviewBuilder, ErrorsOfAnExecuteBodySayWhichPartIsWrong) {
    const PreviewResult broken =
        preview(R"({"type":"query","attachment":{"data":)", optionsFor(CallType::Identify));
    EXPECT_EQ(broken.input, PreviewResult::Input::ExecuteRequest);
    EXPECT_EQ(broken.error.kind, PreviewError::Kind::Request);
    EXPECT_NE(broken.error.message.find("truncated JSON"), std::string::npos)
        << broken.error.message;

    const PreviewResult badAttachment =
        preview(R"({"type":"query","attachment":{"data":"{\"fields\":{\"dimensions\":)"
                R"([{\"name\":\"i\",\"tags\":[\"user_id\"]}]}, \"data\":[}"}})",
                optionsFor(CallType::Identify));
    EXPECT_EQ(badAttachment.error.kind, PreviewError::Kind::Json);
    EXPECT_TRUE(badAttachment.error.inAttachment);

    const PreviewResult download =
        preview(TestSupport::readTestData("reference/extra_identify_download_url.request.json"),
                optionsFor(CallType::Identify));
    EXPECT_EQ(download.error.kind, PreviewError::Kind::NoResult);
    EXPECT_NE(download.error.message.find("download_url"), std::string::npos);
}

TEST(PreviewBuilder, AQueryWithoutIdentifierTagsGetsLookersMessage) {
    const PreviewResult result =
        preview(TestSupport::readTestData("looker/json_detail_example.json"),
                optionsFor(CallType::Identify));
    EXPECT_EQ(result.input, PreviewResult::Input::JsonDetail);
    EXPECT_EQ(result.error.kind, PreviewError::Kind::Query);
    EXPECT_EQ(result.error.message,
              "Query requires a field tagged email or user_id or rudder_anonymous_id.");
    EXPECT_EQ(result.messageCount, 0u);
}

TEST(PreviewBuilder, TrackWithoutAnEventIsARequestError) {
    const PreviewResult result = preview(threeRowsByEmail(), optionsFor(CallType::Track));
    EXPECT_EQ(result.error.kind, PreviewError::Kind::Query);
    EXPECT_NE(result.error.message.find("event"), std::string::npos);
}

TEST(PreviewBuilder, UnreadableRanAtIsReported) {
    const std::string detail = R"({"ran_at":"yesterday","fields":{"dimensions":[)"
                               R"({"name":"u.id","tags":["user_id"]}]},)"
                               R"("data":[{"u.id":{"value":"a"}}]})";
    const PreviewResult result = preview(detail, optionsFor(CallType::Identify));
    EXPECT_FALSE(result.error.isSet());
    EXPECT_EQ(result.unreadableRanAt, "yesterday");
}

TEST(PreviewBuilder, KeepsAtMostTheAskedNumberOfMessagesButCountsThemAll) {
    PreviewOptions options = optionsFor(CallType::Identify);
    options.maxKeptMessages = 10;
    const PreviewResult result =
        preview(TestSupport::JsonDetailGenerator::generate({.rows = 1000}), options);
    EXPECT_FALSE(result.error.isSet()) << result.error.message;
    EXPECT_EQ(result.rows, 1000u);
    EXPECT_EQ(result.messageCount, 1000u);
    EXPECT_EQ(result.messages.size(), 10u);
    EXPECT_FALSE(result.keptAll());
}

TEST(PreviewBuilder, PiecesOfAnySizeAndStepsGiveTheSameResult) {
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 200});
    json::object body =
        json::parse(TestSupport::readTestData("reference/track_calls_track.request.json"))
            .as_object();
    body["attachment"].as_object()["data"] = detail;
    PreviewOptions options = optionsFor(CallType::Track);
    options.event = "Stepped";
    for (const std::string& input : {detail, json::serialize(body)}) {
        const PreviewResult whole = preview(input, options);
        ASSERT_FALSE(whole.error.isSet()) << whole.error.message;

        TestSupport::FixedClock clock(kNow);
        TestSupport::SequentialIdGenerator ids;
        PreviewBuilder builder(options, clock, ids);
        std::vector<std::string> handled;
        builder.setLineHandler([&handled](std::string_view line) {
            handled.emplace_back(line);
            return true;
        });
        for (std::size_t at = 0; at < input.size(); at += 7)
            ASSERT_TRUE(builder.feed(std::string_view(input).substr(at, 7)));
        builder.endInput();
        int steps = 1;
        while (!builder.advance(1000))
            ++steps;
        EXPECT_TRUE(builder.isFinished());
        if (whole.input == PreviewResult::Input::ExecuteRequest) {
            EXPECT_GT(steps, 10);
            EXPECT_EQ(builder.attachmentProgress().first, builder.attachmentProgress().second);
        }
        const PreviewResult stepped = builder.takeResult();
        EXPECT_EQ(lines(stepped), lines(whole));
        EXPECT_EQ(handled, lines(whole));
        EXPECT_EQ(stepped.messageCount, 200u);
    }
}

TEST(PreviewBuilder, ALineHandlerCanStopThePreview) {
    TestSupport::FixedClock clock(kNow);
    TestSupport::SequentialIdGenerator ids;
    PreviewBuilder builder(optionsFor(CallType::Identify), clock, ids);
    int seen = 0;
    builder.setLineHandler([&seen](std::string_view) { return ++seen < 3; });
    builder.feed(TestSupport::JsonDetailGenerator::generate({.rows = 100}));
    builder.finish();
    EXPECT_EQ(seen, 3);
    EXPECT_EQ(builder.result().error.kind, PreviewError::Kind::Stopped);
    EXPECT_EQ(builder.result().messageCount, 3u);
}

TEST(PreviewBuilder, PropertyNamesComeFromTheOptionElseFromAnExplicitFormChoice) {
    const std::string detail =
        R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},)"
        R"({"name":"users.home_city","label":"Users Home City"}]},)"
        R"("data":[{"u.id":{"value":1},"users.home_city":{"value":"Kraków"}}]})";
    const auto body = [&detail](const char* choice) {
        json::object request{{"type", "query"},
                             {"attachment", {{"data", detail}}},
                             {"form_params", {{"property_names", choice}}}};
        return json::serialize(request);
    };
    const auto traitKey = [](const PreviewResult& result) {
        EXPECT_FALSE(result.error.isSet()) << result.error.message;
        return result.messages.empty()
                   ? std::string()
                   : std::string(
                         json::parse(result.messages[0]).at("traits").as_object().begin()->key());
    };
    PreviewOptions options = optionsFor(CallType::Identify);
    EXPECT_EQ(traitKey(preview(detail, options)), "users.home_city");
    EXPECT_EQ(traitKey(preview(body("field"), options)), "home_city");
    EXPECT_EQ(preview(body("field"), options).requestPropertyNames, PropertyNames::Field);
    // "default" is the destination source's, which a preview does not know: Looker's names.
    EXPECT_EQ(traitKey(preview(body("default"), options)), "users.home_city");
    EXPECT_FALSE(preview(body("default"), options).requestPropertyNames);
    options.propertyNames = PropertyNames::CamelLabel;
    EXPECT_EQ(traitKey(preview(body("field"), options)), "usersHomeCity");
    options.rename = {{"users.home_city", "city"}, {"users.gone", "x"}};
    const PreviewResult renamed = preview(detail, options);
    EXPECT_EQ(traitKey(renamed), "city");
    ASSERT_EQ(renamed.unusedRenames.size(), 1u);
    EXPECT_EQ(renamed.unusedRenames[0].field, "users.gone");
}
