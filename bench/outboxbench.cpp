// Outbox and delivery throughput for the 100,000 identify messages of the shared document, next
// to the plain parse of that document's bytes (BM_PlainParse in readerbench.cpp).
#include "benchdata.h"
#include "core/clock.h"
#include "core/gzip.h"
#include "delivery/deliveryworker.h"
#include "outbox/outbox.h"
#include "outbox/payloadcodec.h"
#include "outbox/sqliteoutboxstore.h"
#include "rudder/batchassembler.h"
#include "rudder/batchbody.h"
#include "rudder/dataplaneurl.h"
#include "testsink.h"
#include "waituntil.h"

#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

using namespace ActionDeck;

namespace {

std::vector<NewBatch> assemble(const DeliveryTarget& target) {
    BatchAssembler assembler(target, {}, QStringLiteral("bench"));
    std::vector<NewBatch> batches;
    for (const std::string& message : Bench::identifyMessages())
        assembler.add(message, batches);
    assembler.flush(batches);
    return batches;
}

std::size_t messageBytes() {
    std::size_t bytes = 0;
    for (const std::string& message : Bench::identifyMessages())
        bytes += message.size();
    return bytes;
}

void reportPerDocument(benchmark::State& state) {
    state.SetItemsProcessed(std::int64_t(state.iterations() * Bench::kRows));
    state.SetBytesProcessed(std::int64_t(state.iterations() * Bench::document().size()));
    state.counters["message_MB"] = double(messageBytes()) / 1e6;
}

const DeliveryTarget kTarget{QStringLiteral("http://127.0.0.1:9/v1/batch"), QStringLiteral("key")};

} // namespace

static void BM_BatchAssembly(benchmark::State& state) {
    // As the execute pipeline does: every few batches go to the outbox and are freed.
    for (auto _ : state) {
        BatchAssembler assembler(kTarget, {}, QStringLiteral("bench"));
        std::vector<NewBatch> batches;
        std::size_t produced = 0;
        for (const std::string& message : Bench::identifyMessages()) {
            assembler.add(message, batches);
            if (batches.size() >= 4) {
                produced += batches.size();
                batches.clear();
            }
        }
        assembler.flush(batches);
        benchmark::DoNotOptimize(produced += batches.size());
    }
    reportPerDocument(state);
}
BENCHMARK(BM_BatchAssembly)->Unit(benchmark::kMillisecond);

static void BM_OutboxAppend(benchmark::State& state) {
    const std::vector<NewBatch> batches = assemble(kTarget);
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        SqliteOutboxStore store(QStringLiteral("bench-%1").arg(++round));
        store.open(dir.path(), nullptr);
        state.ResumeTiming();
        // One transaction per 4 batches (~2,000 messages), as a streaming execute appends.
        for (std::size_t at = 0; at < batches.size(); at += 4) {
            const std::vector<NewBatch> slice(batches.begin() + long(at),
                                              batches.begin() +
                                                  long(std::min(at + 4, batches.size())));
            if (!store.append(slice, 0, nullptr))
                state.SkipWithError("append failed");
        }
    }
    state.counters["batches"] = double(batches.size());
    reportPerDocument(state);
}
BENCHMARK(BM_OutboxAppend)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_PayloadCompress(benchmark::State& state) {
    // What the outbox stores for each batch (zstd level 1 with a checksum), and reading it back.
    const std::vector<NewBatch> batches = assemble(kTarget);
    const bool decode = state.range(0) != 0;
    PayloadCodec codec;
    std::vector<std::string> stored;
    std::size_t plain = 0;
    std::size_t packed = 0;
    for (const NewBatch& batch : batches) {
        stored.emplace_back(*codec.compress(batch.payload));
        plain += batch.payload.size();
        packed += stored.back().size();
    }
    for (auto _ : state) {
        if (decode) {
            for (const std::string& frame : stored)
                benchmark::DoNotOptimize(
                    codec.decode(int(PayloadCodec::Encoding::Zstd), frame, nullptr));
        } else {
            for (const NewBatch& batch : batches)
                benchmark::DoNotOptimize(codec.compress(batch.payload));
        }
    }
    state.counters["ratio"] = double(plain) / double(packed);
    reportPerDocument(state);
}
BENCHMARK(BM_PayloadCompress)->ArgName("decode")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

static void BM_BatchBodyAndGzip(benchmark::State& state) {
    const std::vector<NewBatch> batches = assemble(kTarget);
    const int level = int(state.range(0));
    std::size_t compressed = 0;
    std::size_t plain = 0;
    for (auto _ : state) {
        compressed = 0;
        plain = 0;
        for (const NewBatch& batch : batches) {
            const std::string body = BatchBody::build(batch.payload, "2026-11-23T10:00:00.000Z");
            plain += body.size();
            compressed += level > 0 ? std::size_t(Gzip::compress(body, level).size()) : body.size();
        }
    }
    state.counters["ratio"] = double(plain) / double(compressed);
    reportPerDocument(state);
}
BENCHMARK(BM_BatchBodyAndGzip)->Arg(0)->Arg(1)->Arg(6)->Unit(benchmark::kMillisecond);

/// Every message from the outbox to a data plane on 127.0.0.1 (a TestSink on its own thread).
static void BM_DeliveryToLoopback(benchmark::State& state) {
    QThread sinkThread;
    sinkThread.start();
    auto* sink = new TestSupport::TestSink;
    sink->moveToThread(&sinkThread);
    QString url;
    QMetaObject::invokeMethod(
        sink, [sink, &url] { url = sink->listen() ? sink->url() : QString(); },
        Qt::BlockingQueuedConnection);
    const DeliveryTarget target{batchEndpoint(url).toString(), QStringLiteral("key")};
    const std::vector<NewBatch> batches = assemble(target);
    SystemClock clock;
    qint64 total = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Outbox outbox(dir.path(), clock);
        outbox.open(nullptr);
        outbox.append(batches).waitForFinished();
        DeliverySettings settings;
        settings.snapshotIntervalMs = 60000;
        DeliveryWorker worker(outbox, clock, settings);
        state.ResumeTiming();
        worker.start();
        const bool done = TestSupport::waitUntil(
            [&] {
                const OutboxCounts counts = outbox.counts().result();
                return counts.pendingBatches == 0 && worker.inFlight() == 0;
            },
            120000);
        if (!done)
            state.SkipWithError("delivery did not finish");
        total += outbox.counts().result().deliveredMessages;
    }
    QMetaObject::invokeMethod(
        sink, [sink] { delete sink; }, Qt::BlockingQueuedConnection);
    sinkThread.quit();
    sinkThread.wait();
    state.counters["delivered_per_run"] = double(total) / double(state.iterations());
    state.counters["requests_per_run"] = double(batches.size());
    reportPerDocument(state);
}
BENCHMARK(BM_DeliveryToLoopback)->Unit(benchmark::kMillisecond)->Iterations(3);
