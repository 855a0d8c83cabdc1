#include "rudder/batchassembler.h"

#include "core/gzip.h"
#include "rudder/batchbody.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

const DeliveryTarget kTarget{QStringLiteral("http://127.0.0.1:1/v1/batch"), QStringLiteral("k")};

std::string message(int i, std::size_t padding = 0) {
    return R"({"type":"track","pad":")" + std::string(padding, 'p') + R"(","messageId":"m)" +
           std::to_string(i) + R"("})";
}

} // namespace

TEST(BatchAssembler, SplitsAtTheEventCountLimit) {
    BatchAssembler assembler(kTarget, {.maxEventsPerBatch = 4}, QStringLiteral("t"));
    std::vector<NewBatch> out;
    for (int i = 0; i < 10; ++i)
        assembler.add(message(i), out);
    assembler.flush(out);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].messageCount, 4);
    EXPECT_EQ(out[2].messageCount, 2);
    EXPECT_EQ(out[0].payload,
              message(0) + "\n" + message(1) + "\n" + message(2) + "\n" + message(3));
}

TEST(BatchAssembler, KeepsEveryRequestBodyWithinTheByteLimit) {
    const BatchLimits limits{
        .maxEventsPerBatch = 10000, .maxBodyBytes = 20000, .maxEventBytes = 32 * 1024};
    BatchAssembler assembler(kTarget, limits, QStringLiteral("t"));
    std::vector<NewBatch> out;
    for (int i = 0; i < 100; ++i)
        assembler.add(message(i, 900), out);
    assembler.flush(out);
    int total = 0;
    for (const NewBatch& batch : out) {
        const std::string body = BatchBody::build(batch.payload, "2026-11-23T10:00:00.000Z");
        EXPECT_LE(body.size(), 20000u);
        EXPECT_GT(body.size(), 15000u) << "batches should be filled";
        total += batch.messageCount;
    }
    EXPECT_EQ(total, 100);
}

TEST(BatchAssembler, DefaultLimitsAreRudderStacks) {
    const BatchLimits limits;
    EXPECT_EQ(limits.maxBodyBytes, 4000 * 1024);
    EXPECT_EQ(limits.maxEventBytes, 32 * 1024);
}

TEST(BatchAssembler, AnEventOverThe32KBLimitBecomesAFailedBatchOfItsOwn) {
    BatchAssembler assembler(kTarget, {}, QStringLiteral("rudder_event execute"));
    std::vector<NewBatch> out;
    EXPECT_TRUE(assembler.add(message(1), out));
    EXPECT_FALSE(assembler.add(message(2, 33 * 1024), out)) << "the caller learns it was rejected";
    EXPECT_TRUE(assembler.add(message(3), out));
    assembler.flush(out);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].messageCount, 1);
    EXPECT_FALSE(out[0].failure.isEmpty());
    EXPECT_TRUE(out[0].failure.contains(QStringLiteral("32768")));
    EXPECT_EQ(out[0].payload, message(2, 33 * 1024));
    EXPECT_EQ(out[1].messageCount, 2);
    EXPECT_TRUE(out[1].failure.isEmpty());
    EXPECT_EQ(out[1].origin, QStringLiteral("rudder_event execute"));
}

TEST(BatchAssembler, BatchesCarryTheRunSetForThemEvenOneStartedBefore) {
    BatchAssembler assembler(kTarget, {.maxEventsPerBatch = 2}, QStringLiteral("t"));
    std::vector<NewBatch> out;
    assembler.add(message(0), out);
    assembler.setRun(42); // the partial batch in the making belongs to it too
    for (int i = 1; i < 3; ++i)
        assembler.add(message(i), out);
    assembler.add(std::string(40 * 1024, 'x'), out); // too large: failed, of the run all the same
    assembler.flush(out);
    ASSERT_EQ(out.size(), 3u);
    for (const NewBatch& batch : out)
        EXPECT_EQ(batch.runId, 42);
}

TEST(BatchBody, AddsTheSameSentAtToEveryMessageAndTheBatch) {
    const std::string body =
        BatchBody::build(message(1) + "\n" + message(2), "2026-11-23T10:00:00.000Z");
    const auto parsed = boost::json::parse(body).as_object();
    EXPECT_EQ(parsed.at("sentAt"), "2026-11-23T10:00:00.000Z");
    const auto& batch = parsed.at("batch").as_array();
    ASSERT_EQ(batch.size(), 2u);
    for (const auto& m : batch)
        EXPECT_EQ(m.at("sentAt"), "2026-11-23T10:00:00.000Z");
    EXPECT_EQ(batch[1].at("messageId"), "m2");
}

TEST(Gzip, RoundTripsAndRejectsBrokenStreams) {
    const std::string text = std::string(100000, 'a') + "ü\n\0end";
    const QByteArray packed = Gzip::compress(text, 6);
    ASSERT_FALSE(packed.isEmpty());
    EXPECT_LT(packed.size(), 2000);
    EXPECT_EQ(quint8(packed[0]), 0x1f);
    EXPECT_EQ(quint8(packed[1]), 0x8b);
    const auto unpacked = Gzip::decompress(packed);
    ASSERT_TRUE(unpacked);
    EXPECT_EQ(unpacked->toStdString(), text);
    EXPECT_FALSE(Gzip::decompress(packed.left(packed.size() / 2)));
    EXPECT_FALSE(Gzip::decompress(QByteArray("not gzip")));
}
