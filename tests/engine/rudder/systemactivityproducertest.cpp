// The Rudder System Activity action's messages: System Activity results as Looker sends them
// (the generator's, shuffled, and made-up ones for each rule) become one track event per Looker
// event, typed by the catalogue, with ids that name the event.
#include "rudder/systemactivityproducer.h"

#include "catalog/eventcatalog.h"
#include "core/isotime.h"
#include "fixedclock.h"
#include "systemactivitygenerator.h"

#include <QTemporaryDir>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace ActionDeck;
using TestSupport::SystemActivityGenerator;
namespace json = boost::json;

namespace {

constexpr qint64 kNow = 1795428000000;

struct Sink : MessageSink {
    std::vector<json::object> messages;
    std::vector<MessageBuilder::RowResult> rows;
    bool accept(std::string_view message, const MessageBuilder::RowResult& row) override {
        messages.push_back(json::parse(message).as_object());
        rows.push_back(row);
        return true;
    }
    std::map<std::string, json::object> byEventId() const {
        std::map<std::string, json::object> out;
        for (const json::object& m : messages)
            out[json::serialize(m.at("properties").at("looker_event_id"))] = m;
        return out;
    }
};

struct Produced {
    Sink sink;
    std::optional<std::string> error;
    SystemActivityWarnings warnings;
    std::uint64_t skipped = 0;
    bool spilled = false;
};

Produced produce(const std::string& result, SystemActivityOptions options = {},
                 std::size_t memoryLimit = SystemActivityMerger::kDefaultMemoryLimit) {
    Produced run;
    TestSupport::FixedClock clock(kNow);
    QTemporaryDir spill;
    SystemActivityBuilder builder(options, EventCatalog::builtIn(), clock);
    SystemActivityProducer producer(builder, run.sink, memoryLimit, spill.path());
    JsonDetailReader reader(producer);
    bool ok = reader.feed(result) && reader.finish();
    if (ok) {
        for (int guard = 0; guard < 100000 && !producer.drain(50); ++guard) {
        }
    }
    EXPECT_TRUE(ok || producer.requestError()) << reader.error().message;
    run.error = producer.requestError();
    run.warnings = producer.warnings();
    run.skipped = producer.skippedRows().count();
    run.spilled = producer.spilled();
    return run;
}

/// A result of these rows (each a JSON object of cells) with the System Activity fields.
std::string result(const std::vector<std::string>& rows, const std::string& extra = {}) {
    std::string out = R"({"fields":{"dimensions":[{"name":"event.id"},{"name":"event.name"},)"
                      R"({"name":"event.created_time"},{"name":"event_attribute.name"},)"
                      R"({"name":"event_attribute.value"}]},)" +
                      extra + R"("data":[)";
    for (std::size_t i = 0; i < rows.size(); ++i)
        out += (i ? "," : "") + rows[i];
    return out + "]}";
}

std::string row(int id, const std::string& name, const std::string& attribute,
                const std::string& value, const std::string& created = "2026-11-23 09:30:00") {
    return R"({"event.id":{"value":)" + std::to_string(id) + R"(},"event.name":{"value":")" + name +
           R"("},"event.created_time":{"value":")" + created +
           R"("},"event_attribute.name":{"value":")" + attribute +
           R"("},"event_attribute.value":{"value":)" + value + "}}";
}

SystemActivityGenerator::Options generated(std::uint64_t events, std::uint32_t seed,
                                           std::uint64_t firstId = 1000) {
    SystemActivityGenerator::Options options;
    options.events = events;
    options.seed = seed;
    options.firstId = firstId;
    return options;
}

std::string generate(std::uint64_t events, std::uint32_t seed, std::uint64_t firstId = 1000) {
    return SystemActivityGenerator::generate(generated(events, seed, firstId));
}

} // namespace

TEST(SystemActivity, OneTrackEventPerLookerEventWithEveryAttributeTyped) {
    const SystemActivityGenerator::Options options = generated(300, 7);
    const Produced run = produce(SystemActivityGenerator::generate(options));
    ASSERT_FALSE(run.error) << *run.error;
    ASSERT_EQ(run.sink.messages.size(), 300u);
    EXPECT_EQ(run.warnings.unknownAttributes, 0u);
    EXPECT_EQ(run.warnings.badValues, 0u) << run.warnings.firstBadValue;
    const auto& types = EventCatalog::builtIn().data().types;
    std::size_t checked = 0;
    for (const auto& [id, message] : run.sink.byEventId()) {
        const std::uint64_t index = std::stoull(id) - options.firstId;
        const EventType& type = types[qsizetype(index % std::uint64_t(types.size()))];
        EXPECT_EQ(message.at("type"), "track");
        EXPECT_EQ(message.at("event").as_string(), type.name.toStdString());
        EXPECT_EQ(message.at("userId").as_string(),
                  "looker-user-" + std::to_string(1 + index % 50));
        const json::object& properties = message.at("properties").as_object();
        EXPECT_EQ(properties.at("category").as_string(), type.category.toStdString());
        EXPECT_EQ(properties.at("is_admin"), index % 3 == 0);
        EXPECT_EQ(properties.at("looker_user_id"), std::int64_t(1 + index % 50));
        for (const EventAttribute& attribute : type.attributes) {
            const json::value& value = properties.at(attribute.name.toStdString());
            switch (attribute.type) {
            case AttributeType::Number:
                EXPECT_TRUE(value.is_int64())
                    << type.name.toStdString() << '.' << attribute.name.toStdString();
                break;
            case AttributeType::Boolean:
                EXPECT_TRUE(value.is_bool()) << attribute.name.toStdString();
                break;
            case AttributeType::Json:
                EXPECT_TRUE(value.is_object()) << attribute.name.toStdString();
                break;
            case AttributeType::Text:
            case AttributeType::Time:
                EXPECT_TRUE(value.is_string()) << attribute.name.toStdString();
                break;
            }
            ++checked;
        }
        // Created at 09:30:00 UTC plus the event's number in seconds.
        const qint64 createdMs = 1795426200000 + qint64(index) * 1000;
        std::string created;
        IsoTime().append(createdMs, created);
        EXPECT_EQ(message.at("timestamp").as_string(), created);
    }
    EXPECT_GT(checked, 300u);
}

TEST(SystemActivity, TheSameEventCarriesTheSameMessageIdInEveryResult) {
    const Produced first = produce(generate(200, 1));
    const Produced again = produce(generate(200, 2));
    // Overlapping windows: events 1100…1199 are in both.
    const Produced later = produce(generate(200, 3, 1100));
    const auto a = first.sink.byEventId();
    const auto b = again.sink.byEventId();
    const auto c = later.sink.byEventId();
    ASSERT_EQ(a.size(), 200u);
    std::set<std::string> ids;
    for (const auto& [id, message] : a) {
        EXPECT_EQ(message.at("messageId"), b.at(id).at("messageId")) << id;
        ids.insert(std::string(message.at("messageId").as_string()));
        if (c.count(id)) {
            EXPECT_EQ(message.at("messageId"), c.at(id).at("messageId")) << id;
        }
    }
    EXPECT_EQ(ids.size(), 200u) << "one id per event";
    std::size_t overlap = 0;
    for (const auto& [id, message] : c)
        overlap += a.count(id);
    EXPECT_EQ(overlap, 100u);

    SystemActivityOptions otherInstance;
    otherInstance.lookerHost = "other.looker.com";
    const Produced elsewhere = produce(generate(200, 1), otherInstance);
    EXPECT_NE(elsewhere.sink.byEventId().at("1000").at("messageId"), a.at("1000").at("messageId"));
}

TEST(SystemActivity, RowsSpilledToDiskGiveTheSameEvents) {
    const std::string input = generate(2000, 5);
    const Produced memory = produce(input);
    const Produced spilled = produce(input, {}, 32 * 1024);
    EXPECT_FALSE(memory.spilled);
    EXPECT_TRUE(spilled.spilled);
    ASSERT_EQ(spilled.sink.messages.size(), 2000u);
    EXPECT_EQ(memory.sink.byEventId(), spilled.sink.byEventId());
}

TEST(SystemActivity, TimesAreReadInTheResultsTimeZone) {
    SystemActivityGenerator::Options newYork = generated(3, 0);
    newYork.timezone = "America/New_York";
    const Produced run = produce(SystemActivityGenerator::generate(newYork));
    ASSERT_EQ(run.sink.messages.size(), 3u);
    // 09:30 in New York in November (EST, UTC-5).
    EXPECT_EQ(run.sink.byEventId().at("1000").at("timestamp"), "2026-11-23T14:30:00.000Z");
    SystemActivityOptions berlin;
    berlin.timezone = "Europe/Berlin";
    const Produced fallback = produce(result({row(5, "login", "ip", "\"10.0.0.1\"")}), berlin);
    EXPECT_EQ(fallback.sink.messages.at(0).at("timestamp"), "2026-11-23T08:30:00.000Z")
        << "without a timezone in the result, the form's";
}

TEST(SystemActivity, TheEmailIsTheUserIdWhenTheUserIsJoined) {
    SystemActivityGenerator::Options withEmail = generated(4, 0);
    withEmail.withEmail = true;
    const Produced run = produce(SystemActivityGenerator::generate(withEmail));
    EXPECT_EQ(run.sink.byEventId().at("1001").at("userId"), "user2@example.com");
}

TEST(SystemActivity, AnEventWithoutAUserHasAnAnonymousIdMadeFromIt) {
    const Produced first = produce(result({row(5, "login", "ip", "\"10.0.0.1\"")}));
    const Produced again = produce(result({row(5, "login", "ip", "\"10.0.0.1\"")}));
    ASSERT_EQ(first.sink.messages.size(), 1u);
    EXPECT_TRUE(first.sink.messages[0].at("userId").is_null());
    EXPECT_EQ(first.sink.messages[0].at("anonymousId").as_string().size(), 36u);
    EXPECT_EQ(first.sink.messages[0].at("anonymousId"), again.sink.messages[0].at("anonymousId"));
    EXPECT_NE(first.sink.messages[0].at("anonymousId"), first.sink.messages[0].at("messageId"));
}

TEST(SystemActivity, AResultWithoutEventIdAndNameIsRefusedNamingTheExplore) {
    const Produced run =
        produce(R"({"fields":{"dimensions":[{"name":"event.category"}]},"data":[]})");
    ASSERT_TRUE(run.error);
    EXPECT_NE(run.error->find("event.id and event.name"), std::string::npos) << *run.error;
    EXPECT_NE(run.error->find("system__activity/event_attribute"), std::string::npos);
    EXPECT_TRUE(run.sink.messages.empty());
}

TEST(SystemActivity, RowsWithoutEventIdAreSkippedAndCounted) {
    const Produced run =
        produce(result({row(5, "login", "ip", "\"10.0.0.1\""),
                        R"({"event.id":{"value":null},"event.name":{"value":"x"}})"}));
    EXPECT_EQ(run.sink.messages.size(), 1u);
    EXPECT_EQ(run.skipped, 1u);
}

TEST(SystemActivity, WhatTheCatalogueDoesNotKnowGoesAsTextAndIsCounted) {
    const Produced run = produce(result({
        row(1, "brand_new_event", "thing", "\"7\""),
        row(2, "login", "not_an_attribute", "\"42\""),
        row(3, "create_look_render_task", "look_id", "\"not a number\""),
        row(4, "new_permission_set", "permissions", R"("{\"a\":[\"b\"]}")"),
    }));
    ASSERT_EQ(run.sink.messages.size(), 4u);
    const auto events = run.sink.byEventId();
    EXPECT_EQ(events.at("1").at("properties").at("thing"), "7");
    EXPECT_EQ(events.at("2").at("properties").at("not_an_attribute"), "42");
    EXPECT_EQ(events.at("3").at("properties").at("look_id"), "not a number");
    EXPECT_TRUE(events.at("4").at("properties").at("permissions").is_object());
    EXPECT_EQ(run.warnings.unknownEvents, 1u);
    EXPECT_EQ(run.warnings.unknownAttributes, 1u);
    EXPECT_EQ(run.warnings.badValues, 1u);
    EXPECT_NE(run.warnings.firstBadValue.find("look_id"), std::string::npos);
    const std::vector<std::string> sentences = run.warnings.sentences();
    ASSERT_EQ(sentences.size(), 3u);
    EXPECT_NE(sentences[0].find("brand_new_event"), std::string::npos);
    EXPECT_NE(sentences[1].find("login.not_an_attribute"), std::string::npos);
}

TEST(SystemActivity, TheFormsPrefixNamesTheEvent) {
    SystemActivityOptions options;
    options.eventPrefix = "Looker ";
    const Produced run = produce(result({row(1, "login", "ip", "\"1.2.3.4\"")}), options);
    EXPECT_EQ(run.sink.messages.at(0).at("event"), "Looker login");
}

TEST(SystemActivity, EachEventHasTheSameSyncRowWhereverItIsSent) {
    SystemActivityOptions options;
    options.fingerprints = true;
    const Produced first = produce(generate(50, 1), options);
    const Produced again = produce(generate(50, 9), options);
    std::set<std::uint64_t> a;
    std::set<std::uint64_t> b;
    for (const auto& r : first.sink.rows)
        a.insert(r.sync.identity);
    for (const auto& r : again.sink.rows)
        b.insert(r.sync.identity);
    EXPECT_EQ(a.size(), 50u);
    EXPECT_EQ(a, b);
}
