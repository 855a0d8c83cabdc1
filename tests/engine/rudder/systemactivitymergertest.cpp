// SystemActivityMerger: the rows of one Looker event merged wherever they are in the result,
// in memory or through its spill files, and every event handed out once.
#include "rudder/systemactivitymerger.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

using namespace ActionDeck;

namespace {

SystemActivityEvent part(int id, std::uint64_t row, const std::string& attribute,
                         const std::string& value) {
    SystemActivityEvent event;
    event.id = std::to_string(id);
    event.firstRow = row;
    event.columns[SystemActivityEvent::Name] = {CellValue::Kind::String, "login"};
    event.attributes.emplace_back(attribute, CellValue{CellValue::Kind::String, value});
    return event;
}

/// Every event handed out, by id.
std::map<std::string, SystemActivityEvent> drain(SystemActivityMerger& merger,
                                                 std::size_t slice = 7) {
    std::map<std::string, SystemActivityEvent> events;
    std::vector<SystemActivityEvent> out;
    bool done = false;
    for (int guard = 0; !done && guard < 1000000; ++guard) {
        out.clear();
        done = merger.next(out, slice);
        EXPECT_TRUE(merger.error().empty()) << merger.error();
        for (SystemActivityEvent& event : out) {
            EXPECT_EQ(events.count(event.id), 0u) << "event " << event.id << " handed out twice";
            events[event.id] = std::move(event);
        }
    }
    EXPECT_TRUE(done);
    return events;
}

/// Rows of `events` events with `attributes` attributes each, shuffled.
std::vector<SystemActivityEvent> shuffledRows(int events, int attributes, unsigned seed) {
    std::vector<SystemActivityEvent> rows;
    for (int e = 0; e < events; ++e)
        for (int a = 0; a < attributes; ++a)
            rows.push_back(part(e, 0, "attribute_" + std::to_string(a),
                                "value " + std::to_string(e) + "/" + std::to_string(a)));
    std::shuffle(rows.begin(), rows.end(), std::mt19937(seed));
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].firstRow = i + 1;
    return rows;
}

void expectComplete(const std::map<std::string, SystemActivityEvent>& events, int count,
                    int attributes) {
    ASSERT_EQ(events.size(), std::size_t(count));
    for (const auto& [id, event] : events) {
        ASSERT_EQ(event.attributes.size(), std::size_t(attributes)) << "event " << id;
        for (const auto& [name, value] : event.attributes)
            EXPECT_EQ(value.text, "value " + id + "/" + name.substr(10)) << "event " << id;
        EXPECT_EQ(event.columns[SystemActivityEvent::Name].text, "login");
    }
}

} // namespace

TEST(SystemActivityMerger, MergesTheRowsOfAnEventWhereverTheyAre) {
    SystemActivityMerger merger;
    for (SystemActivityEvent& row : shuffledRows(50, 4, 1))
        ASSERT_TRUE(merger.add(std::move(row)));
    const auto events = drain(merger);
    EXPECT_FALSE(merger.spilled());
    expectComplete(events, 50, 4);
    EXPECT_EQ(merger.eventsOut(), 50u);
}

TEST(SystemActivityMerger, BeyondItsLimitItSpillsAndStillMergesEveryEvent) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SystemActivityMerger merger(64 * 1024, dir.path());
    for (SystemActivityEvent& row : shuffledRows(3000, 5, 2))
        ASSERT_TRUE(merger.add(std::move(row))) << merger.error();
    EXPECT_TRUE(merger.spilled());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    const auto events = drain(merger, 100);
    expectComplete(events, 3000, 5);
}

TEST(SystemActivityMerger, TheSpillFilesAreGoneAfterwards) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    {
        SystemActivityMerger merger(1024, dir.path());
        for (SystemActivityEvent& row : shuffledRows(200, 2, 3))
            ASSERT_TRUE(merger.add(std::move(row)));
        std::vector<SystemActivityEvent> some;
        merger.next(some, 5); // the execute stopped part-way
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST(SystemActivityMerger, AnEventKeepsItsFirstValueOfEachColumnAndAttribute) {
    SystemActivityMerger merger;
    SystemActivityEvent first = part(9, 4, "ip", "10.0.0.1");
    SystemActivityEvent second = part(9, 2, "ip", "10.0.0.2");
    second.columns[SystemActivityEvent::Category] = {CellValue::Kind::String, "user"};
    second.attributes.emplace_back("ldap", CellValue{CellValue::Kind::String, "no"});
    ASSERT_TRUE(merger.add(std::move(first)));
    ASSERT_TRUE(merger.add(std::move(second)));
    const auto events = drain(merger);
    const SystemActivityEvent& event = events.at("9");
    EXPECT_EQ(event.firstRow, 2u);
    EXPECT_EQ(event.columns[SystemActivityEvent::Category].text, "user");
    ASSERT_EQ(event.attributes.size(), 2u);
    EXPECT_EQ(event.attributes[0].second.text, "10.0.0.1");
    EXPECT_EQ(event.attributes[1].first, "ldap");
}

TEST(SystemActivityMerger, ASpillDirectoryThatCanNotBeUsedIsAClearError) {
    SystemActivityMerger merger(16, QStringLiteral("/proc/no-such-place"));
    bool ok = true;
    for (int i = 0; i < 10 && ok; ++i)
        ok = merger.add(part(i, std::uint64_t(i + 1), "a", "b"));
    EXPECT_FALSE(ok);
    EXPECT_NE(merger.error().find("/proc/no-such-place"), std::string::npos) << merger.error();
    std::vector<SystemActivityEvent> out;
    EXPECT_FALSE(merger.next(out, 10));
}

TEST(SystemActivityEvent, WrittenAndReadBackItIsTheSame) {
    SystemActivityEvent event = part(77, 12, "permissions", R"({"a":["b"]})");
    event.columns[SystemActivityEvent::IsAdmin] = {CellValue::Kind::True, "true"};
    event.attributes.emplace_back("none", CellValue());
    std::string bytes;
    event.write(bytes);
    event.write(bytes);
    std::string_view in(bytes);
    for (int i = 0; i < 2; ++i) {
        SystemActivityEvent back;
        ASSERT_TRUE(SystemActivityEvent::read(in, back));
        EXPECT_EQ(back.id, "77");
        EXPECT_EQ(back.firstRow, 12u);
        EXPECT_EQ(back.columns[SystemActivityEvent::IsAdmin].kind, CellValue::Kind::True);
        ASSERT_EQ(back.attributes.size(), 2u);
        EXPECT_EQ(back.attributes[0].second.text, R"({"a":["b"]})");
        EXPECT_EQ(back.attributes[1].second.kind, CellValue::Kind::Null);
    }
    EXPECT_TRUE(in.empty());
    std::string_view damaged(bytes.data(), bytes.size() / 3);
    SystemActivityEvent back;
    EXPECT_FALSE(SystemActivityEvent::read(damaged, back));
}
