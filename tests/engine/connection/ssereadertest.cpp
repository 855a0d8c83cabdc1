// The event-stream reader: events in any pieces, every line ending, comments, multi-line data,
// and a bound on what one event may hold.
#include "connection/ssereader.h"

#include <QList>

#include <gtest/gtest.h>

#include <vector>

using namespace ActionDeck;

namespace {

std::vector<SseEvent> readAll(const QList<QByteArray>& pieces, bool* ok = nullptr) {
    std::vector<SseEvent> events;
    SseReader reader([&](const SseEvent& e) { events.push_back(e); });
    bool fine = true;
    for (const QByteArray& piece : pieces)
        fine = reader.feed(piece) && fine;
    if (ok)
        *ok = fine;
    return events;
}

} // namespace

TEST(SseReader, ReadsIdTypeAndData) {
    const auto events = readAll({"id: b:1\nevent: batch\ndata: {\"id\":3}\n\n"});
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].id, "b:1");
    EXPECT_EQ(events[0].type, "batch");
    EXPECT_EQ(events[0].data, "{\"id\":3}");
}

TEST(SseReader, AnEventSplitAnywhereIsTheSameEvent) {
    const QByteArray stream = "id: b:7\r\nevent: counters\r\ndata: {\"a\":1}\r\n\r\n"
                              "id: b:8\nevent: execute\ndata: {}\n\n";
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        const auto events = readAll({stream.left(cut), stream.mid(cut)});
        ASSERT_EQ(events.size(), 2u) << "cut at " << cut;
        EXPECT_EQ(events[0].id, "b:7");
        EXPECT_EQ(events[0].data, "{\"a\":1}");
        EXPECT_EQ(events[1].type, "execute");
    }
}

TEST(SseReader, ACarriageReturnAloneEndsALine) {
    const auto events = readAll({"event: x\rdata: 1\r\r"});
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].type, "x");
    EXPECT_EQ(events[0].data, "1");
}

TEST(SseReader, CommentsAndUnknownFieldsAreIgnored) {
    const auto events = readAll({": keep-alive\n\nretry: 3000\nfoo: bar\ndata: x\n\n"});
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "x");
    EXPECT_EQ(events[0].type, "message");
}

TEST(SseReader, DataLinesAreJoined) {
    const auto events = readAll({"data: a\ndata:b\ndata\n\n"});
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "a\nb\n");
}

TEST(SseReader, AnEventWithoutDataIsNotDispatched) {
    EXPECT_TRUE(readAll({"id: 1\nevent: x\n\n"}).empty());
}

TEST(SseReader, AnOversizedEventEndsTheStream) {
    bool ok = true;
    QByteArray big = "data: ";
    big += QByteArray(SseReader::kMaxEventBytes + 10, 'x');
    const auto events = readAll({big, "\n\ndata: after\n\n"}, &ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(events.empty());
}
