// Reader and builder throughput on a generated 100,000-row json_detail, each next to the
// practical limit: a plain Boost.JSON basic_parser pass over the same bytes in the same pieces.
#include "baselinehandlers.h"
#include "benchdata.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "looker/jsondetailreader.h"
#include "rudder/messagebuilder.h"
#include "rudder/messageproducer.h"

#include <benchmark/benchmark.h>
#include <boost/json/basic_parser_impl.hpp>

using namespace ActionDeck;
namespace json = boost::json;

namespace {

constexpr std::size_t kPiece = 64 * 1024;
using Bench::document;
using Bench::kRows;

class CountingConsumer : public JsonDetailConsumer {
public:
    bool onFields(const JsonDetailFieldSet&) override { return true; }
    bool onRanAt(std::string_view) override { return true; }
    bool onRow(const JsonDetailRow& row) override {
        rows += row.cells.size() > 0;
        return true;
    }
    std::uint64_t rows = 0;
};

class DiscardingSink : public MessageSink {
public:
    bool accept(std::string_view message, const MessageBuilder::RowResult&) override {
        bytes += message.size();
        return true;
    }
    std::uint64_t bytes = 0;
};

template <typename Feed> void feedInPieces(const std::string& text, Feed&& feed) {
    for (std::size_t at = 0; at < text.size(); at += kPiece)
        feed(std::string_view(text).substr(at, kPiece));
}

void report(benchmark::State& state) {
    state.SetBytesProcessed(std::int64_t(state.iterations() * document().size()));
    state.SetItemsProcessed(std::int64_t(state.iterations() * kRows));
    state.counters["doc_MB"] = double(document().size()) / 1e6;
}

} // namespace

/// One baseline pass over the document with `Handler`; false when the parse failed.
template <typename Handler> bool parseDocument(std::size_t* rows = nullptr) {
    json::basic_parser<Handler> parser{json::parse_options{}};
    boost::system::error_code ec;
    feedInPieces(document(), [&](std::string_view piece) {
        parser.write_some(true, piece.data(), piece.size(), ec);
    });
    parser.write_some(false, nullptr, 0, ec);
    if constexpr (std::is_same_v<Handler, Bench::NullHandler>)
        benchmark::DoNotOptimize(parser.handler().events);
    else if (rows)
        *rows = std::size_t(parser.handler().rows);
    return !ec;
}

static void BM_PlainParse(benchmark::State& state) {
    for (auto _ : state) {
        if (!parseDocument<Bench::NullHandler>())
            state.SkipWithError("parse failed");
    }
    report(state);
}
BENCHMARK(BM_PlainParse)->Unit(benchmark::kMillisecond);

static void BM_ParseBuildingRows(benchmark::State& state) {
    for (auto _ : state) {
        std::size_t rows = 0;
        if (!parseDocument<Bench::RowBuildingHandler>(&rows) || rows != kRows)
            state.SkipWithError("parse failed");
    }
    report(state);
}
BENCHMARK(BM_ParseBuildingRows)->Unit(benchmark::kMillisecond);

static void BM_Reader(benchmark::State& state) {
    const std::string& text = document();
    for (auto _ : state) {
        CountingConsumer consumer;
        JsonDetailReader reader(consumer);
        feedInPieces(text, [&](std::string_view piece) { reader.feed(piece); });
        if (!reader.finish() || consumer.rows != kRows)
            state.SkipWithError("read failed");
    }
    report(state);
}
BENCHMARK(BM_Reader)->Unit(benchmark::kMillisecond);

static void readAndBuild(benchmark::State& state, CallType call) {
    const std::string& text = document();
    SystemClock clock;
    RandomIdGenerator ids;
    for (auto _ : state) {
        BuildOptions options;
        options.call = call;
        options.event = "Bench Event";
        MessageBuilder builder(options, clock, ids);
        DiscardingSink sink;
        MessageProducer producer(builder, sink);
        JsonDetailReader reader(producer);
        feedInPieces(text, [&](std::string_view piece) { reader.feed(piece); });
        if (!reader.finish() || producer.messagesBuilt() == 0)
            state.SkipWithError("build failed");
        state.counters["message_bytes_per_row"] = double(sink.bytes) / double(kRows);
    }
    report(state);
}

static void BM_ReaderAndBuilderIdentify(benchmark::State& state) {
    readAndBuild(state, CallType::Identify);
}
BENCHMARK(BM_ReaderAndBuilderIdentify)->Unit(benchmark::kMillisecond);

static void BM_ReaderAndBuilderTrack(benchmark::State& state) {
    readAndBuild(state, CallType::Track);
}
BENCHMARK(BM_ReaderAndBuilderTrack)->Unit(benchmark::kMillisecond);

static void BM_UuidGeneration(benchmark::State& state) {
    RandomIdGenerator ids;
    std::string out;
    for (auto _ : state) {
        out.clear();
        ids.appendUuid(out);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(std::int64_t(state.iterations()));
}
BENCHMARK(BM_UuidGeneration);
