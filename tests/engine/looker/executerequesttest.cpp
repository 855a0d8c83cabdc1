#include "looker/executerequest.h"

#include "testdata.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

std::optional<ExecuteRequest> read(std::string_view body, ParseError* error = nullptr) {
    ParseError ignored;
    return ExecuteRequestReader::read(body, error ? error : &ignored);
}

} // namespace

TEST(ExecuteRequestReader, ReadsAReferenceRequest) {
    const auto request =
        read(TestSupport::readTestData("reference/track_calls_track.request.json"));
    ASSERT_TRUE(request);
    EXPECT_EQ(request->type, "query");
    EXPECT_EQ(request->param("rudder_write_key"), "mykey");
    EXPECT_EQ(request->param("rudder_server_url"), "http://127.0.0.1:8788");
    EXPECT_EQ(request->formParam("event"), "funevent");
    EXPECT_TRUE(request->hasAttachment);
    EXPECT_EQ(request->attachmentMimetype, "application/json");
    EXPECT_EQ(request->attachmentData,
              R"({"fields":{"dimensions":[{"name":"coolfield","tags":["user_id"]}]},)"
              R"("data":[{"coolfield":{"value":"funvalue"}}]})");
}

TEST(ExecuteRequestReader, ReadsScheduledPlanAndHiddenFields) {
    const auto request = read(
        R"({"type":"query","scheduled_plan":{"scheduled_plan_id":12,"title":"Weekly","type":"Look",)"
        R"("download_url":"https://looker.example/download/abc","query":{"vis_config":)"
        R"({"hidden_fields":["a.b","c.d"],"other":{"x":[1]}}}},"data":{}})");
    ASSERT_TRUE(request);
    EXPECT_EQ(request->planId, "12");
    EXPECT_EQ(request->planTitle, "Weekly");
    EXPECT_EQ(request->planType, "Look");
    EXPECT_EQ(request->downloadUrl, "https://looker.example/download/abc");
    EXPECT_EQ(request->hiddenFields, (std::vector<std::string>{"a.b", "c.d"}));
    EXPECT_FALSE(request->hasAttachment);
}

TEST(ExecuteRequestReader, KeepsAnInlineJsonAttachmentExactly) {
    const auto request = read(
        R"({"attachment":{"mimetype":"application/json","data":)"
        R"({"fields":{},"data":[{"n":{"value":0.30000000000000004,"s":"a\"b","e":[]}}]}},"type":"query"})");
    ASSERT_TRUE(request);
    EXPECT_TRUE(request->hasAttachment);
    EXPECT_EQ(request->attachmentData,
              R"({"fields":{},"data":[{"n":{"value":0.30000000000000004,"s":"a\"b","e":[]}}]})");
    EXPECT_EQ(request->type, "query");
}

TEST(ExecuteRequestReader, DecodesBase64Attachments) {
    const auto request = read(R"({"attachment":{"mimetype":"application/json;base64",)"
                              R"("data":"eyJmaWVsZHMiOnt9LCJkYXRhIjpbXX0="}})");
    ASSERT_TRUE(request);
    std::string error;
    EXPECT_EQ(request->decodedAttachment(&error), R"({"fields":{},"data":[]})");
    EXPECT_TRUE(error.empty());
}

TEST(ExecuteRequestReader, ReportsInvalidBase64) {
    const auto request =
        read(R"({"attachment":{"mimetype":"application/json;base64","data":"!!not base64!!"}})");
    ASSERT_TRUE(request);
    std::string error;
    EXPECT_TRUE(request->decodedAttachment(&error).empty());
    EXPECT_NE(error.find("not valid base64"), std::string::npos);
}

TEST(ExecuteRequestReader, MalformedBodySaysWhere) {
    ParseError error;
    EXPECT_FALSE(read(R"({"type":"query","data":{"a":1,}})", &error));
    EXPECT_EQ(error.offset, 30u);
    EXPECT_NE(error.message.find("malformed JSON at byte 30 (line 1, column 31) in the request "
                                 "body: expected a key in quotes, found '}'"),
              std::string::npos)
        << error.message;
}

TEST(ExecuteRequestReader, TruncatedBodyIsReported) {
    ParseError error;
    EXPECT_FALSE(read(R"({"type":"query","attachment":{"data":"{\"fields\":)", &error));
    EXPECT_NE(error.message.find("truncated JSON"), std::string::npos) << error.message;
}

TEST(ExecuteRequestReader, RejectsBodiesThatAreNotObjects) {
    ParseError error;
    EXPECT_FALSE(read("[]", &error));
    EXPECT_NE(error.message.find("must be a JSON object"), std::string::npos) << error.message;
}
