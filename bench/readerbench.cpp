// Reader and builder throughput on a generated 100,000-row json_detail, each next to the
// practical limit: a plain Boost.JSON basic_parser pass over the same bytes in the same pieces.
#include "baselinehandlers.h"
#include "benchdata.h"
#include "clock.h"
#include "idgenerator.h"
#include "jsondetailreader.h"
#include "messagebuilder.h"
#include "messageproducer.h"

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

static void BM_PlainParse(benchmark::State& state) {
    const std::string& text = document();
    for (auto _ : state) {
        json::basic_parser<Bench::NullHandler> parser{json::parse_options{}};
        boost::system::error_code ec;
        feedInPieces(text, [&](std::string_view piece) {
            parser.write_some(true, piece.data(), piece.size(), ec);
        });
        parser.write_some(false, nullptr, 0, ec);
        benchmark::DoNotOptimize(parser.handler().events);
        if (ec)
            state.SkipWithError("parse failed");
    }
    report(state);
}
BENCHMARK(BM_PlainParse)->Unit(benchmark::kMillisecond);

static void BM_ParseBuildingRows(benchmark::State& state) {
    const std::string& text = document();
    for (auto _ : state) {
        json::basic_parser<Bench::RowBuildingHandler> parser{json::parse_options{}};
        boost::system::error_code ec;
        feedInPieces(text, [&](std::string_view piece) {
            parser.write_some(true, piece.data(), piece.size(), ec);
        });
        parser.write_some(false, nullptr, 0, ec);
        if (ec || parser.handler().rows != kRows)
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
