// The reference cases captured from the Node Action Hub, reproduced field for field. What differs
// on every run (ids, send times) and what names the sender (library, app version, _metadata) is
// masked on both sides; everything else, member order included, must match.
#include "fixedclock.h"
#include "looker/executerequest.h"
#include "looker/jsondetailreader.h"
#include "rudder/messagebuilder.h"
#include "rudder/messageproducer.h"
#include "sequentialidgenerator.h"
#include "testdata.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <sstream>

using namespace ActionDeck;
namespace json = boost::json;

namespace {

class CollectingSink : public MessageSink {
public:
    bool accept(std::string_view message, const MessageBuilder::RowResult&) override {
        std::string sent;
        appendMessageWithSentAt(sent, message, "2026-11-23T10:00:00.000Z");
        messages.push_back(std::move(sent));
        return true;
    }
    std::vector<std::string> messages;
};

void mask(json::object& message, bool timestampFromRanAt) {
    for (const char* key : {"messageId", "originalTimestamp", "sentAt", "_metadata"})
        message.at(key) = "<varies>";
    if (!timestampFromRanAt)
        message.at("timestamp") = "<varies>";
    auto& context = message.at("context").as_object();
    context.at("library") = "<sender>";
    context.at("app").as_object().at("version") = "<sender>";
}

struct Case {
    std::string name;
    bool ranAt = false;
};

class ReferenceCaptures : public testing::TestWithParam<Case> {};

} // namespace

TEST_P(ReferenceCaptures, MessagesMatchTheReferenceFieldForField) {
    const std::string name = GetParam().name;
    const auto response =
        json::parse(TestSupport::readTestData("reference/" + name + ".response.json"));
    const auto call = callTypeFromName(std::string(response.at("action").as_string()));
    ASSERT_TRUE(call);

    ParseError error;
    const auto request = ExecuteRequestReader::read(
        TestSupport::readTestData("reference/" + name + ".request.json"), &error);
    ASSERT_TRUE(request) << error.message;

    BuildOptions options;
    options.call = *call;
    options.event = request->formParam("event");
    options.hiddenFields = request->hiddenFields;
    TestSupport::FixedClock clock(1795428000000);
    TestSupport::SequentialIdGenerator ids;
    MessageBuilder builder(options, clock, ids);
    CollectingSink sink;
    MessageProducer producer(builder, sink);
    JsonDetailReader reader(producer);
    ASSERT_TRUE(reader.feed(request->decodedAttachment(nullptr)) && reader.finish())
        << reader.error().message;
    ASSERT_FALSE(producer.requestError());

    std::vector<std::string> expected;
    std::istringstream lines(TestSupport::readTestData("reference/" + name + ".batches.jsonl"));
    for (std::string line; std::getline(lines, line);) {
        if (line.empty())
            continue;
        const json::value captured = json::parse(line);
        for (const auto& message : captured.at("body").at("batch").as_array()) {
            json::object object = message.as_object();
            mask(object, GetParam().ranAt);
            expected.push_back(json::serialize(object));
        }
    }
    std::vector<std::string> actual;
    for (const auto& text : sink.messages) {
        json::object object = json::parse(text).as_object();
        mask(object, GetParam().ranAt);
        actual.push_back(json::serialize(object));
    }
    EXPECT_EQ(actual, expected);
}

// extra_identify_download_url streams its result from a download URL; the Action Hub's tests
// replay it against a served file.
INSTANTIATE_TEST_SUITE_P(
    ReferenceHub, ReferenceCaptures,
    testing::Values(Case{"identify_works_with_email_user_id_anonymous_id_and_trait"},
                    Case{"identify_works_with_pivoted_values"}, Case{"track_calls_track"},
                    Case{"group_works_with_rudder_group_id_user_id_and_email"}),
    [](const testing::TestParamInfo<Case>& paramInfo) { return paramInfo.param.name; });
