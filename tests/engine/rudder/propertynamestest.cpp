// The property-name styles and the rename map through MessageBuilder, on Looker's real result
// and on generated ones.
#include "fixedclock.h"
#include "jsondetailgenerator.h"
#include "looker/jsondetailreader.h"
#include "rudder/messagebuilder.h"
#include "rudder/messageproducer.h"
#include "sequentialidgenerator.h"
#include "testdata.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

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

struct Outcome {
    std::vector<json::object> messages;
    std::optional<std::string> requestError;
    std::vector<UnusedRename> unusedRenames;
};

Outcome run(const std::string& detail, BuildOptions options) {
    TestSupport::FixedClock clock(1795428000000, 0);
    TestSupport::SequentialIdGenerator ids;
    MessageBuilder builder(options, clock, ids);
    CollectingSink sink;
    MessageProducer producer(builder, sink);
    JsonDetailReader reader(producer);
    const bool ok = reader.feed(detail) && reader.finish();
    if (!ok && !producer.requestError())
        ADD_FAILURE() << reader.error().message;
    return {sink.messages, producer.requestError(), builder.unusedRenames()};
}

BuildOptions styled(PropertyNames style, CallType call = CallType::Identify,
                    RenameMap rename = {}) {
    BuildOptions options;
    options.call = call;
    options.event = call == CallType::Track ? "Synced" : "";
    options.propertyNames = style;
    options.rename = std::move(rename);
    return options;
}

std::vector<std::string> keys(const json::object& object) {
    std::vector<std::string> names;
    for (const auto& member : object)
        names.emplace_back(member.key());
    return names;
}

std::vector<json::value> values(const json::object& object) {
    std::vector<json::value> all;
    for (const auto& member : object)
        all.push_back(member.value());
    return all;
}

/// Looker's example result with orders.created_month tagged user_id, so that it can be sent.
std::string realResult() {
    std::string text = TestSupport::readTestData("looker/json_detail_example.json");
    const std::string label = "\"label\": \"Orders Created Month\",";
    const std::size_t at = text.find(label);
    EXPECT_NE(at, std::string::npos);
    const std::size_t tags = text.find("\"tags\": [", at);
    text.insert(tags + std::string("\"tags\": [").size(), "\"user_id\"");
    return text;
}

/// Each message's traits (properties for track) and, for identify, context.traits.
void expectKeys(const Outcome& out, const std::vector<std::string>& expected, CallType call,
                const Outcome& looker) {
    ASSERT_FALSE(out.requestError) << *out.requestError;
    ASSERT_EQ(out.messages.size(), looker.messages.size());
    const char* member = call == CallType::Track ? "properties" : "traits";
    for (std::size_t i = 0; i < out.messages.size(); ++i) {
        const json::object& traits = out.messages[i].at(member).as_object();
        EXPECT_EQ(keys(traits), expected) << "message " << i;
        // Only the names change: the same values in the same order as Looker's names have.
        EXPECT_EQ(values(traits), values(looker.messages[i].at(member).as_object()));
        if (call == CallType::Identify) {
            EXPECT_EQ(out.messages[i].at("context").at("traits").as_object(), traits);
        }
    }
}

} // namespace

TEST(PropertyNames, EachStyleOnLookersRealResult) {
    const std::string detail = realResult();
    const Outcome looker = run(detail, styled(PropertyNames::Looker));
    ASSERT_FALSE(looker.requestError) << *looker.requestError;
    // 13 rows, each with orders.count (label "Orders Count", label_short "Count").
    ASSERT_EQ(looker.messages.size(), 13u);
    EXPECT_EQ(looker.messages[0].at("userId"), "2017-07");
    EXPECT_EQ(looker.messages[0].at("traits").at("orders.count"), 773);
    const std::pair<PropertyNames, const char*> expected[] = {
        {PropertyNames::Looker, "orders.count"},
        {PropertyNames::Field, "count"},
        {PropertyNames::SnakeLabel, "orders_count"},
        {PropertyNames::CamelLabel, "ordersCount"},
    };
    for (const auto& [style, key] : expected) {
        SCOPED_TRACE(std::string(propertyNamesName(style)));
        expectKeys(run(detail, styled(style)), {key}, CallType::Identify, looker);
    }
}

TEST(PropertyNames, EachStyleOnGeneratedResults) {
    // The generator's fields: users.id (user_id), users.email (email), then eight more.
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 40});
    const std::vector<std::pair<PropertyNames, std::vector<std::string>>> expected = {
        {PropertyNames::Looker,
         {"email", "users.name", "users.city", "users.is_active", "users.created_date",
          "orders.count", "orders.total", "orders.count_by_status", "share"}},
        {PropertyNames::Field,
         {"email", "name", "city", "is_active", "created_date", "count", "total", "count_by_status",
          "share"}},
        {PropertyNames::SnakeLabel,
         {"email", "users_name", "users_city", "users_is_active", "users_created_date",
          "orders_count", "orders_total", "orders_count_by_status", "share"}},
        {PropertyNames::CamelLabel,
         {"email", "usersName", "usersCity", "usersIsActive", "usersCreatedDate", "ordersCount",
          "ordersTotal", "ordersCountByStatus", "share"}},
    };
    for (const CallType call : {CallType::Identify, CallType::Track}) {
        const Outcome looker = run(detail, styled(PropertyNames::Looker, call));
        ASSERT_EQ(looker.messages.size(), 40u);
        for (const auto& [style, names] : expected) {
            SCOPED_TRACE(std::string(propertyNamesName(style)) + " " +
                         std::string(callTypeName(call)));
            expectKeys(run(detail, styled(style, call)), names, call, looker);
        }
    }
}

TEST(PropertyNames, RenameAppliesAfterTheStyle) {
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 3});
    const Outcome looker = run(detail, styled(PropertyNames::Looker));
    const Outcome out =
        run(detail, styled(PropertyNames::CamelLabel, CallType::Identify,
                           {{"users.city", "home_town"}, {"orders.count_by_status", "by_status"}}));
    expectKeys(out,
               {"email", "usersName", "home_town", "usersIsActive", "usersCreatedDate",
                "ordersCount", "ordersTotal", "by_status", "share"},
               CallType::Identify, looker);
    EXPECT_TRUE(out.unusedRenames.empty());
}

TEST(PropertyNames, TwoFieldsWithOneNameStopTheRequestNamingBoth) {
    const std::string detail =
        R"({"fields":{"dimensions":[{"name":"users.id","tags":["user_id"]},)"
        R"({"name":"users.created_date","label":"Users Created Date"},)"
        R"({"name":"orders.created_date","label":"Orders Created Date"}]},)"
        R"("data":[{"users.id":{"value":1},"users.created_date":{"value":"2026-01-01"},)"
        R"("orders.created_date":{"value":"2026-02-02"}}]})";
    EXPECT_EQ(run(detail, styled(PropertyNames::SnakeLabel)).messages.size(), 1u);
    const Outcome out = run(detail, styled(PropertyNames::Field));
    ASSERT_TRUE(out.requestError);
    EXPECT_TRUE(out.messages.empty());
    EXPECT_NE(out.requestError->find("users.created_date"), std::string::npos);
    EXPECT_NE(out.requestError->find("orders.created_date"), std::string::npos);
}

TEST(PropertyNames, AFieldNamedLikeTheEmailCollidesWithIt) {
    const std::string detail = R"({"fields":{"dimensions":[)"
                               R"({"name":"users.email","label":"Users Email","tags":["email"]},)"
                               R"({"name":"contacts.email","label":"Contacts Email"}]},)"
                               R"("data":[{"users.email":{"value":"a@b.c"},)"
                               R"("contacts.email":{"value":"c@d.e"}}]})";
    const Outcome field = run(detail, styled(PropertyNames::Field, CallType::Track));
    ASSERT_TRUE(field.requestError);
    EXPECT_NE(field.requestError->find("property \"email\": users.email (the email field) and "
                                       "contacts.email"),
              std::string::npos)
        << *field.requestError;
    // A rename out of the way is the fix.
    const Outcome renamed =
        run(detail, styled(PropertyNames::Field, CallType::Track, {{"contacts.email", "contact"}}));
    ASSERT_FALSE(renamed.requestError);
    EXPECT_EQ(keys(renamed.messages.at(0).at("properties").as_object()),
              (std::vector<std::string>{"email", "contact"}));
}

TEST(PropertyNames, ARenameOfAFieldNotInTheResultIsAWarningOnly) {
    const std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 2});
    BuildOptions options = styled(PropertyNames::Looker, CallType::Identify,
                                  {{"users.plan", "plan_tier"}, {"users.id", "member"}});
    options.hiddenFields = {"users.city"};
    options.rename.emplace_back("users.city", "town");
    const Outcome out = run(detail, options);
    ASSERT_FALSE(out.requestError);
    EXPECT_EQ(out.messages.size(), 2u);
    ASSERT_EQ(out.unusedRenames.size(), 3u);
    EXPECT_EQ(out.unusedRenames[0], (UnusedRename{"users.plan", UnusedRename::Why::NotInResult}));
    EXPECT_EQ(out.unusedRenames[1], (UnusedRename{"users.id", UnusedRename::Why::FixedName}));
    EXPECT_EQ(out.unusedRenames[2], (UnusedRename{"users.city", UnusedRename::Why::FixedName}));
    // The userId is not renamed, the hidden field still not sent.
    EXPECT_EQ(out.messages[0].at("userId"), "1");
    EXPECT_FALSE(out.messages[0].at("traits").as_object().contains("town"));
}
