// Regression tests for the UBSan report of issue #35: the tracker is handed an empty piece with
// no data when a reader finishes, and must treat it as no bytes.
#include "core/jsonsyntaxtracker.h"

#include "looker/executerequestparser.h"
#include "looker/jsondetailreader.h"
#include "recordingconsumer.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

TEST(JsonSyntaxTracker, EmptyPieceWithoutDataIsNoBytes) {
    JsonSyntaxTracker tracker;
    tracker.advance("{\n", 2);
    tracker.advance(nullptr, 0);
    EXPECT_EQ(tracker.offset(), 2u);
    const ParseError error = tracker.custom("stop");
    EXPECT_EQ(error.line, 2u);
    EXPECT_EQ(error.column, 1u);
}

TEST(JsonSyntaxTracker, CountsLinesAcrossPieces) {
    JsonSyntaxTracker tracker;
    tracker.advance("a\nb", 3);
    tracker.advance("\n\ncd", 4);
    const ParseError error = tracker.custom("stop");
    EXPECT_EQ(error.line, 4u);
    EXPECT_EQ(error.column, 3u);
}

TEST(JsonSyntaxTracker, ReaderFinishesAWholeDocumentFedInOnePiece) {
    TestSupport::RecordingConsumer consumer;
    JsonDetailReader reader(consumer);
    ASSERT_TRUE(reader.feed(R"({"fields":{"dimensions":[]},"data":[]})"));
    EXPECT_TRUE(reader.finish()) << reader.error().message;
}

TEST(JsonSyntaxTracker, ExecuteParserFinishesAfterItsLastPiece) {
    ExecuteRequestParser parser([](std::string_view) { return true; });
    ASSERT_TRUE(parser.feed(R"({"type":"query","form_params":{}})"));
    EXPECT_TRUE(parser.finish()) << parser.error().message;
}
