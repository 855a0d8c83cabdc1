// EventLog: regression test for the ASan report of issue #35. The one-part append called itself
// under clang (a QByteArray made from the one-element list) until the stack overflowed.
#include "admin/eventlog.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

TEST(EventLog, AOnePartEventIsFramedLikeOneGivenInParts) {
    EventLog log(QStringLiteral("boot"));
    EXPECT_EQ(log.append("config", QByteArray(R"({"a":1})")), 1u);
    EXPECT_EQ(log.append("config", {QByteArrayView(R"({"a")"), QByteArrayView(":1}")}), 2u);
    const auto events = log.after(0);
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 2u);
    EXPECT_EQ((*events)[0].frame, "id: boot:1\nevent: config\ndata: {\"a\":1}\n\n");
    EXPECT_EQ((*events)[1].frame, "id: boot:2\nevent: config\ndata: {\"a\":1}\n\n");
}
