// The first rows of a streamed json_detail kept as a json_detail of their own: whole when
// small, cut between rows at the row or byte limit (the members before `data` kept), the same
// whatever the pieces it is fed in, and none when the input is cut short or has no room.
#include "looker/jsondetailexcerpt.h"

#include "jsondetailgenerator.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

QJsonObject parsed(const std::string& json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << " at " << error.offset;
    return document.object();
}

std::string generated(std::uint64_t rows) {
    return TestSupport::JsonDetailGenerator::generate({.rows = rows});
}

std::optional<std::string> excerptOf(const std::string& input, std::size_t piece,
                                     JsonDetailExcerpt& excerpt) {
    for (std::size_t at = 0; at < input.size(); at += piece) {
        if (!excerpt.feed(std::string_view(input).substr(at, piece)))
            break;
    }
    return excerpt.take();
}

} // namespace

TEST(JsonDetailExcerpt, ASmallResultIsKeptWhole) {
    const std::string input = generated(12);
    JsonDetailExcerpt excerpt;
    const auto kept = excerptOf(input, 4096, excerpt);
    ASSERT_TRUE(kept);
    EXPECT_EQ(parsed(*kept), parsed(input));
    EXPECT_EQ(excerpt.rows(), 12u);
    EXPECT_FALSE(excerpt.partial());
}

TEST(JsonDetailExcerpt, ALargeResultKeepsItsFirstRowsAndItsFields) {
    const std::string input = generated(1500);
    const QJsonObject whole = parsed(input);
    for (std::size_t piece : {std::size_t(1), std::size_t(7), std::size_t(65536)}) {
        JsonDetailExcerpt excerpt(1000);
        const auto kept = excerptOf(input, piece, excerpt);
        ASSERT_TRUE(kept) << piece;
        const QJsonObject object = parsed(*kept);
        EXPECT_EQ(excerpt.rows(), 1000u);
        EXPECT_TRUE(excerpt.partial());
        const QJsonArray rows = object.value(u"data").toArray();
        ASSERT_EQ(rows.size(), 1000);
        EXPECT_EQ(rows.first(), whole.value(u"data").toArray().first());
        EXPECT_EQ(rows.last(), whole.value(u"data").toArray().at(999));
        EXPECT_EQ(object.value(u"fields"), whole.value(u"fields"));
        EXPECT_LT(kept->size(), input.size());
    }
}

TEST(JsonDetailExcerpt, ExactlyTheLimitIsNotPartial) {
    JsonDetailExcerpt excerpt(3);
    const auto kept = excerptOf(generated(3), 100, excerpt);
    ASSERT_TRUE(kept);
    EXPECT_EQ(excerpt.rows(), 3u);
    EXPECT_FALSE(excerpt.partial());
}

TEST(JsonDetailExcerpt, RowsAreCutToFitTheByteLimit) {
    const std::string input = generated(200);
    JsonDetailExcerpt excerpt(1000, 20000);
    const auto kept = excerptOf(input, 333, excerpt);
    ASSERT_TRUE(kept);
    EXPECT_LE(kept->size(), 20002u);
    EXPECT_TRUE(excerpt.partial());
    EXPECT_GT(excerpt.rows(), 0u);
    EXPECT_EQ(parsed(*kept).value(u"data").toArray().size(), qsizetype(excerpt.rows()));
}

TEST(JsonDetailExcerpt, StringsWithBracketsCommasAndQuotesAreNotCut) {
    const std::string input =
        R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]}]},"ran_at":"x",)"
        R"("data":[{"u.id":{"value":"a],\"b\",{c"}} , {"u.id":{"value":"data\\"}},)"
        R"({"u.id":{"value":"d"}}],"after":[1,2]})";
    JsonDetailExcerpt excerpt(2);
    const auto kept = excerptOf(input, 1, excerpt);
    ASSERT_TRUE(kept);
    const QJsonObject object = parsed(*kept);
    const QJsonArray rows = object.value(u"data").toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(u"u.id").toObject().value(u"value").toString(),
              QStringLiteral("a],\"b\",{c"));
    EXPECT_EQ(object.value(u"ran_at").toString(), QStringLiteral("x"));
    EXPECT_TRUE(excerpt.partial());
}

TEST(JsonDetailExcerpt, ACutShortInputOrOneWithoutRoomKeepsNothing) {
    const std::string input = generated(10);
    JsonDetailExcerpt cut;
    EXPECT_FALSE(excerptOf(input.substr(0, input.size() / 2), 512, cut));
    JsonDetailExcerpt tiny(1000, 100); // the fields alone are larger
    EXPECT_FALSE(excerptOf(input, 512, tiny));
    JsonDetailExcerpt empty;
    EXPECT_FALSE(empty.take());
}

TEST(JsonDetailExcerpt, ARowThatNeverEndsIsNotCopiedPastTheLimit) {
    // Found by fuzz/jsondetailexcerpt: an unterminated row grew the copy without bound.
    JsonDetailExcerpt excerpt(8, 125);
    std::string input = R"({"data"::["a":{"v":1})";
    input.append(std::size_t(100000), '\xff');
    EXPECT_FALSE(excerpt.feed(input)) << "it stops wanting bytes at the limit";
    const auto kept = excerpt.take();
    ASSERT_TRUE(kept);
    EXPECT_LE(kept->size(), 127u);
    EXPECT_EQ(excerpt.rows(), 0u);
}
