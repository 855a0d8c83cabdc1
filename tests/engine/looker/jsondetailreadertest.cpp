#include "looker/jsondetailreader.h"

#include "jsondetailgenerator.h"
#include "recordingconsumer.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace ActionDeck;
using ActionDeck::TestSupport::RecordingConsumer;

namespace {

struct ReadResult {
    bool ok = false;
    ParseError error;
    RecordingConsumer consumer;
};

std::unique_ptr<ReadResult> readInPieces(std::string_view text, std::size_t pieceSize,
                                         JsonDetailReader::Limits limits = {}) {
    auto result = std::make_unique<ReadResult>();
    JsonDetailReader reader(result->consumer, limits);
    bool ok = true;
    for (std::size_t at = 0; ok && at < text.size(); at += pieceSize)
        ok = reader.feed(text.substr(at, pieceSize));
    result->ok = ok && reader.finish();
    result->error = reader.error();
    return result;
}

constexpr std::string_view kSmall = R"({
  "ran_at": "2017-07-28T02:25:19+00:00",
  "fields": {
    "dimensions": [{"name": "users.id", "label": "ID", "tags": ["user_id"], "hidden": false},
                   {"name": "users.email", "label": "Email", "tags": ["email", "pii"]}],
    "measures": [{"name": "users.count", "label": "Count", "tags": [], "hidden": true}],
    "filters": [{"name": "users.created_date", "tags": []}],
    "parameters": [{"name": "users.param", "tags": []}],
    "table_calculations": [{"name": "calc", "label": "Calc", "tags": []}],
    "pivots": [{"key": "f"}]
  },
  "data": [
    {"users.id": {"value": 1, "rendered": "1", "links": [{"url": "/x"}]},
     "users.email": {"value": "a@example.com"},
     "users.count": {"f": {"value": 1}, "z": {"value": 3, "links": []}},
     "calc": {"value": 0.5}},
    {"users.id": {"value": "two"}, "users.email": {"value": null},
     "users.count": {"f": {"value": 0}}, "calc": {"value": false}}
  ]
})";

} // namespace

TEST(JsonDetailReader, DeliversFieldsOfEveryCategoryInReferenceOrder) {
    const auto result = readInPieces(kSmall, kSmall.size());
    ASSERT_TRUE(result->ok) << result->error.message;
    const auto& fields = result->consumer.fields;
    ASSERT_EQ(fields.size(), 6u);
    EXPECT_EQ(fields[0].name, "users.id");
    EXPECT_EQ(fields[0].label, "ID");
    EXPECT_EQ(fields[0].tags, std::vector<std::string>{"user_id"});
    EXPECT_EQ(fields[0].category, FieldCategory::Dimension);
    EXPECT_EQ(fields[1].tags, (std::vector<std::string>{"email", "pii"}));
    EXPECT_EQ(fields[2].name, "users.count");
    EXPECT_TRUE(fields[2].hidden);
    EXPECT_EQ(fields[2].category, FieldCategory::Measure);
    EXPECT_EQ(fields[3].category, FieldCategory::Filter);
    EXPECT_EQ(fields[4].category, FieldCategory::Parameter);
    EXPECT_EQ(fields[5].name, "calc");
    EXPECT_EQ(fields[5].category, FieldCategory::TableCalculation);
    EXPECT_EQ(result->consumer.fieldsCalls, 1);
}

TEST(JsonDetailReader, DeliversEachRowWithValuesAndPivots) {
    const auto result = readInPieces(kSmall, kSmall.size());
    ASSERT_TRUE(result->ok) << result->error.message;
    ASSERT_EQ(result->consumer.rows.size(), 2u);
    EXPECT_EQ(result->consumer.rows[0], "1: users.id=1 users.email=\"a@example.com\" "
                                        "users.count= [f]1 [z]3 calc=0.5");
    EXPECT_EQ(result->consumer.rows[1],
              "2: users.id=\"two\" users.email=null users.count= [f]0 calc=false");
}

TEST(JsonDetailReader, ReportsRanAtWhereverItAppears) {
    const std::string after = R"({"fields":{},"data":[],"ran_at":"2020-01-01T00:00:00Z"})";
    const auto result = readInPieces(after, 3);
    ASSERT_TRUE(result->ok) << result->error.message;
    EXPECT_EQ(result->consumer.ranAt, std::vector<std::string>{"2020-01-01T00:00:00Z"});
}

TEST(JsonDetailReader, KeepsNumbersExactlyAsWritten) {
    const std::string text =
        R"({"fields":{"dimensions":[{"name":"n"}]},"data":[{"n":{"value":0.30000000000000004}},)"
        R"({"n":{"value":18446744073709551615}},{"n":{"value":-1.5e-300}},{"n":{"value":1.10}}]})";
    const auto result = readInPieces(text, 5);
    ASSERT_TRUE(result->ok) << result->error.message;
    EXPECT_EQ(result->consumer.rows,
              (std::vector<std::string>{"1: n=0.30000000000000004", "2: n=18446744073709551615",
                                        "3: n=-1.5e-300", "4: n=1.10"}));
}

TEST(JsonDetailReader, CapturesObjectAndArrayValuesAsJson) {
    const std::string text =
        R"({"fields":{"dimensions":[{"name":"a"},{"name":"b"}]},"data":[)"
        R"({"a":{"value":{"x":[1,"two\n",{"y":null}],"z":true}},"b":{"value":[]}}]})";
    const auto result = readInPieces(text, 1);
    ASSERT_TRUE(result->ok) << result->error.message;
    EXPECT_EQ(result->consumer.rows,
              std::vector<std::string>{R"(1: a={"x":[1,"two\n",{"y":null}],"z":true} b=[])"});
}

TEST(JsonDetailReader, ReadsTheRealLookerResult) {
    const std::string text = TestSupport::readTestData("looker/json_detail_example.json");
    const auto result = readInPieces(text, 64 * 1024);
    ASSERT_TRUE(result->ok) << result->error.message;
    ASSERT_EQ(result->consumer.fields.size(), 2u);
    EXPECT_EQ(result->consumer.fields[0].name, "orders.created_month");
    EXPECT_EQ(result->consumer.fields[1].name, "orders.count");
    ASSERT_EQ(result->consumer.rows.size(), 13u);
    EXPECT_EQ(result->consumer.rows[0], "1: orders.created_month=\"2017-07\" orders.count=773");
    EXPECT_EQ(result->consumer.ranAt, std::vector<std::string>{"2017-07-28T02:25:19+00:00"});
}

TEST(JsonDetailReader, YieldsIdenticalRowsForOneSevenAnd64KBytePieces) {
    for (const std::string& text : {TestSupport::readTestData("looker/json_detail_example.json"),
                                    TestSupport::JsonDetailGenerator::generate(
                                        {.rows = 2000, .seed = 7, .withLinks = true})}) {
        const auto whole = readInPieces(text, text.size());
        ASSERT_TRUE(whole->ok) << whole->error.message;
        ASSERT_FALSE(whole->consumer.rows.empty());
        for (const std::size_t piece : {std::size_t(1), std::size_t(7), std::size_t(65536)}) {
            const auto pieces = readInPieces(text, piece);
            ASSERT_TRUE(pieces->ok) << pieces->error.message;
            EXPECT_EQ(pieces->consumer.rows, whole->consumer.rows) << "piece size " << piece;
            EXPECT_EQ(pieces->consumer.ranAt, whole->consumer.ranAt);
            EXPECT_EQ(pieces->consumer.fields.size(), whole->consumer.fields.size());
        }
    }
}

TEST(JsonDetailReader, TruncatedDocumentGivesAClearErrorAtEveryOffset) {
    const std::string text = TestSupport::readTestData("looker/json_detail_example.json");
    for (int i = 1; i <= 20; ++i) {
        const std::size_t cut = text.size() * i / 21;
        const auto result = readInPieces(std::string_view(text).substr(0, cut), 4096);
        ASSERT_FALSE(result->ok) << "cut at " << cut;
        const std::string& message = result->error.message;
        EXPECT_NE(message.find("truncated JSON"), std::string::npos) << message;
        EXPECT_NE(message.find("byte " + std::to_string(cut)), std::string::npos) << message;
        EXPECT_NE(message.find("expected"), std::string::npos) << message;
        EXPECT_EQ(result->error.offset, cut);
    }
}

TEST(JsonDetailReader, TruncationInsideDataNamesTheRow) {
    const std::string text = R"({"fields":{"dimensions":[{"name":"a"}]},"data":[{"a":{"value":1}},)"
                             R"({"a":{"value":2}},{"a":{"val)";
    const auto result = readInPieces(text, 10);
    ASSERT_FALSE(result->ok);
    EXPECT_NE(result->error.message.find("in data row 3"), std::string::npos)
        << result->error.message;
    EXPECT_EQ(result->consumer.rows.size(), 2u);
}

TEST(JsonDetailReader, MalformedInputSaysWhereAndWhatWasExpected) {
    const std::string text = "{\"fields\": {\"dimensions\": []},\n\"data\": [{\"a\": 1 \"b\": 2}]}";
    const auto result = readInPieces(text, 7);
    ASSERT_FALSE(result->ok);
    EXPECT_EQ(result->error.offset, text.find("\"b\""));
    EXPECT_EQ(result->error.line, 2u);
    EXPECT_EQ(result->error.column, text.find("\"b\"") - text.find('\n'));
    EXPECT_NE(result->error.message.find("expected ',' or '}', found '\"'"), std::string::npos)
        << result->error.message;
}

TEST(JsonDetailReader, MissingColonIsExplained) {
    const auto result = readInPieces(R"({"fields" {}})", 100);
    ASSERT_FALSE(result->ok);
    EXPECT_NE(result->error.message.find("expected ':' after the key"), std::string::npos)
        << result->error.message;
}

TEST(JsonDetailReader, DataBeforeFieldsIsHeldAndReplayedInOrder) {
    const std::string text = R"({"data":[{"b":{"value":2},"a":{"value":1}},{"a":{"value":3}}],)"
                             R"("fields":{"dimensions":[{"name":"a"},{"name":"b"}]}})";
    const auto result = readInPieces(text, 4);
    ASSERT_TRUE(result->ok) << result->error.message;
    EXPECT_EQ(result->consumer.rows, (std::vector<std::string>{"1: a=1 b=2", "2: a=3"}));
}

TEST(JsonDetailReader, DataBeforeFieldsBeyondTheBufferFailsClearly) {
    const std::string text =
        R"({"data":[{"a":{"value":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}},)"
        R"({"a":{"value":"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}}],)"
        R"("fields":{"dimensions":[{"name":"a"}]}})";
    const auto result = readInPieces(text, 16, {.maxBufferedBytesBeforeFields = 100});
    ASSERT_FALSE(result->ok);
    EXPECT_NE(result->error.message.find("comes before \"fields\""), std::string::npos)
        << result->error.message;
    EXPECT_TRUE(result->consumer.rows.empty());
}

TEST(JsonDetailReader, DocumentWithoutFieldsReportsEmptyFields) {
    const auto result = readInPieces(R"({"data":[{"a":{"value":1}}]})", 100);
    ASSERT_TRUE(result->ok) << result->error.message;
    EXPECT_EQ(result->consumer.fieldsCalls, 1);
    EXPECT_TRUE(result->consumer.fields.empty());
    EXPECT_EQ(result->consumer.rows, std::vector<std::string>{"1:"});
}

TEST(JsonDetailReader, RejectsDocumentsThatAreNotObjects) {
    for (const char* text : {"[1,2]", "42", "\"text\""}) {
        const auto result = readInPieces(text, 100);
        ASSERT_FALSE(result->ok) << text;
        EXPECT_NE(result->error.message.find("must be a JSON object"), std::string::npos)
            << result->error.message;
    }
}

TEST(JsonDetailReader, RejectsRowsThatAreNotObjects) {
    const auto result = readInPieces(R"({"fields":{},"data":[{}, 7]})", 100);
    ASSERT_FALSE(result->ok);
    EXPECT_NE(result->error.message.find("row 2 of \"data\" must be an object"), std::string::npos)
        << result->error.message;
}

TEST(JsonDetailReader, EmptyInputIsReported) {
    const auto result = readInPieces("", 100);
    ASSERT_FALSE(result->ok);
    EXPECT_NE(result->error.message.find("empty input"), std::string::npos);
}

TEST(JsonDetailReader, InvalidUtf8IsRejectedWithItsPosition) {
    const std::string text = "{\"fields\":{},\"data\":[{\"a\":{\"value\":\"\xC3\x28\"}}]}";
    const auto result = readInPieces(text, 100);
    ASSERT_FALSE(result->ok);
    EXPECT_NE(result->error.message.find("malformed JSON at byte"), std::string::npos)
        << result->error.message;
}

TEST(JsonDetailReader, TrailingDataAfterTheDocumentIsAnError) {
    const auto result = readInPieces(R"({"fields":{},"data":[]} x)", 100);
    ASSERT_FALSE(result->ok);
    EXPECT_NE(result->error.message.find("after the end of the document"), std::string::npos)
        << result->error.message;
}

TEST(JsonDetailReader, ConsumerCanStopReading) {
    const std::string text = TestSupport::JsonDetailGenerator::generate({.rows = 50});
    RecordingConsumer consumer;
    consumer.stopAfterRows = 10;
    JsonDetailReader reader(consumer);
    EXPECT_FALSE(reader.feed(text));
    EXPECT_TRUE(reader.stoppedByConsumer());
    EXPECT_FALSE(reader.error().isSet());
    EXPECT_EQ(consumer.rows.size(), 10u);
    EXPECT_FALSE(reader.feed("more"));
}

TEST(JsonDetailReader, CountsBytesAndRows) {
    const std::string text = TestSupport::JsonDetailGenerator::generate({.rows = 123});
    RecordingConsumer consumer;
    JsonDetailReader reader(consumer);
    ASSERT_TRUE(reader.feed(text));
    ASSERT_TRUE(reader.finish());
    EXPECT_EQ(reader.bytesRead(), text.size());
    EXPECT_EQ(reader.rowsRead(), 123u);
}
