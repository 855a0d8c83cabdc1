#include "looker/lookerinputsniffer.h"

#include <gtest/gtest.h>

using namespace ActionDeck;
using Kind = LookerInputSniffer::Kind;

namespace {

Kind sniff(std::string_view text, std::size_t piece = 3) {
    LookerInputSniffer sniffer;
    for (std::size_t at = 0; at < text.size(); at += piece) {
        const Kind kind = sniffer.feed(text.substr(at, piece));
        if (kind != Kind::Undecided)
            return kind;
    }
    return sniffer.finish();
}

} // namespace

TEST(LookerInputSniffer, TellsAnExecuteRequestByItsTopLevelKeys) {
    EXPECT_EQ(sniff(R"({"type":"query"})"), Kind::ExecuteRequest);
    EXPECT_EQ(sniff(R"({"scheduled_plan":{"fields":[]}})"), Kind::ExecuteRequest);
    EXPECT_EQ(sniff(R"({"data":{"rudder_write_key":"k"},"attachment":{}})"), Kind::ExecuteRequest);
}

TEST(LookerInputSniffer, TellsAJsonDetailResult) {
    EXPECT_EQ(sniff(R"({"status":"complete","sql":"x","fields":{}})"), Kind::JsonDetail);
    EXPECT_EQ(sniff(R"({"data":[{"a":{"type":"x"}}]})"), Kind::JsonDetail);
    EXPECT_EQ(sniff(R"({"id":"x","ran_at":"2020"})"), Kind::JsonDetail);
}

TEST(LookerInputSniffer, LeavesWhatItCannotTellToTheJsonDetailReader) {
    EXPECT_EQ(sniff("[1]"), Kind::JsonDetail);
    EXPECT_EQ(sniff("not json"), Kind::JsonDetail);
    EXPECT_EQ(sniff(""), Kind::JsonDetail);
    EXPECT_EQ(sniff(R"({"other":1})"), Kind::JsonDetail);
}

TEST(LookerInputSniffer, DecidesBeforeTheEndOfALongDocument) {
    LookerInputSniffer sniffer;
    EXPECT_EQ(sniffer.feed(R"({"type":"query","attachment":{"data":"{\"fields)"),
              Kind::ExecuteRequest);
}

// Found by fuzz/lookerinputsniffer (issue #35): after a complete document, a key of a second one
// decided it when the first ended in an earlier piece, and did not when fed whole.
TEST(LookerInputSniffer, NothingAfterACompleteDocumentDecidesWhereverTheInputIsCut) {
    const std::string_view text = R"({ },{"attachment":{}})";
    for (std::size_t piece = 1; piece <= text.size(); ++piece)
        EXPECT_EQ(sniff(text, piece), Kind::JsonDetail) << "in pieces of " << piece;
}
