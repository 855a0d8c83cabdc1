#include "outbox/payloadcodec.h"

#include <gtest/gtest.h>

#include <random>

using namespace ActionDeck;

namespace {

constexpr int kZstd = int(PayloadCodec::Encoding::Zstd);

std::string messages(int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        if (i)
            text += '\n';
        text +=
            R"({"userId":")" + std::to_string(i) + R"(","traits":{"email":"user)" +
            std::to_string(i) +
            R"(@example.com","city":"São Paulo","note":"a \"quoted\"\\ line"},"type":"identify"})";
    }
    return text;
}

std::string roundTrip(PayloadCodec& codec, const std::string& plain) {
    const auto stored = codec.compress(plain);
    EXPECT_TRUE(stored);
    if (!stored)
        return {};
    QString error;
    const auto back = codec.decode(kZstd, *stored, &error);
    EXPECT_TRUE(back) << error.toStdString();
    return back.value_or(std::string("<failed>"));
}

} // namespace

TEST(PayloadCodec, GivesBackExactlyWhatWasStored) {
    PayloadCodec codec;
    const std::string text = messages(500);
    EXPECT_EQ(roundTrip(codec, text), text);
    EXPECT_EQ(roundTrip(codec, std::string()), std::string());

    std::mt19937 random(7);
    std::string noise(3 << 20, '\0');
    for (char& c : noise)
        c = char(random());
    EXPECT_EQ(roundTrip(codec, noise), noise) << "incompressible bytes too";
    // The codec's buffer is reused: a short batch after a long one is not padded with the rest.
    EXPECT_EQ(roundTrip(codec, messages(2)), messages(2));
}

TEST(PayloadCodec, ARecycledStringHoldsTheNextBatchWholeWhateverItHeldBefore) {
    PayloadCodec codec;
    const std::string longer = messages(500);
    const std::string shorter = messages(3);
    const std::string storedLong(*codec.compress(longer));
    const std::string storedShort(*codec.compress(shorter));
    QString error;
    std::optional<std::string> back = codec.decode(kZstd, storedLong, &error);
    ASSERT_EQ(back, longer);
    const char* buffer = back->data();
    codec.recycle(std::move(*back));
    back = codec.decode(kZstd, storedShort, &error);
    ASSERT_EQ(back, shorter) << "cut to the shorter batch, nothing of the longer after it";
    EXPECT_EQ(back->data(), buffer) << "written into the recycled buffer";
    codec.recycle(std::move(*back));
    EXPECT_EQ(codec.decode(kZstd, storedLong, &error), longer);
    EXPECT_EQ(codec.decode(kZstd, storedShort, &error), shorter) << "none spare: a fresh one";
    codec.recycle(std::string(PayloadCodec::kSpareBytes + 1, 'x'));
    EXPECT_EQ(codec.decode(kZstd, storedShort, &error), shorter) << "too large to keep";
}

TEST(PayloadCodec, MessagesTakeAFractionOfTheirSize) {
    PayloadCodec codec;
    const std::string text = messages(500);
    const auto stored = codec.compress(text);
    ASSERT_TRUE(stored);
    EXPECT_LT(stored->size() * 5, text.size()) << stored->size() << " of " << text.size();
}

TEST(PayloadCodec, PlainPayloadsFromOlderOutboxesPassThrough) {
    PayloadCodec codec;
    const auto back = codec.decode(int(PayloadCodec::Encoding::Plain), "{\"a\":1}", nullptr);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, "{\"a\":1}");
}

TEST(PayloadCodec, DamageIsReportedNeverReturnedAsMessages) {
    PayloadCodec codec;
    const std::string stored(*codec.compress(messages(100)));
    const auto decodeError = [&](int encoding, std::string_view bytes) {
        QString error;
        const auto back = codec.decode(encoding, bytes, &error);
        EXPECT_FALSE(back) << "decoded " << back.value_or("").size() << " bytes";
        return error.toStdString();
    };
    EXPECT_EQ(decodeError(kZstd, stored.substr(0, stored.size() / 2)),
              "stored messages are damaged (Src size is incorrect)");
    EXPECT_EQ(decodeError(kZstd, "not zstd at all"),
              "stored messages are damaged (not a zstd frame)");
    EXPECT_EQ(decodeError(kZstd, ""), "stored messages are damaged (not a zstd frame)");
    // A changed byte anywhere is caught (content checksum), or was a bit zstd never reads and
    // the messages come back intact: never different messages.
    int caught = 0;
    for (std::size_t at = 0; at < stored.size(); ++at) {
        std::string flipped = stored;
        flipped[at] = char(flipped[at] ^ 0x20);
        QString error;
        const auto back = codec.decode(kZstd, flipped, &error);
        if (back) {
            EXPECT_EQ(*back, messages(100)) << "byte " << at;
        } else {
            EXPECT_TRUE(error.startsWith(QStringLiteral("stored messages are damaged ("))) << at;
            ++caught;
        }
    }
    EXPECT_GT(caught, int(stored.size()) * 9 / 10);
    EXPECT_EQ(decodeError(9, stored), "stored messages have an unknown encoding (9)");

    // A frame claiming more than any batch can be is not trusted with an allocation.
    const std::string huge(*codec.compress(std::string(65 << 20, 'x')));
    EXPECT_EQ(decodeError(kZstd, huge),
              "stored messages are damaged (the frame claims 68157440 bytes)");
}
