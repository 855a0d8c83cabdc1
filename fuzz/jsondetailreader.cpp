// JsonDetailReader: a json_detail result of any shape, fed in pieces of fuzzed sizes as the
// network hands them over. The first bytes choose the piece sizes; the rest is the document.
#include "looker/jsondetailreader.h"

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace ActionDeck;

namespace {

/// Touches every value handed over, so a dangling or short view is read (and caught).
class TouchingConsumer : public JsonDetailConsumer {
public:
    bool onFields(const JsonDetailFieldSet&) override { return true; }
    bool onRanAt(std::string_view ranAt) override { return touch(ranAt); }
    bool onTimezone(std::string_view zone) override { return touch(zone); }
    bool onRow(const JsonDetailRow& row) override {
        for (const JsonDetailCell& cell : row.cells) {
            touch(cell.value.text);
            for (const PivotValue& pivot : cell.pivots)
                touch(pivot.key), touch(pivot.value.text);
        }
        return true;
    }
    std::size_t sum = 0;

private:
    bool touch(std::string_view text) {
        for (char c : text)
            sum += static_cast<unsigned char>(c);
        return true;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const auto pieceSeed = input.ConsumeIntegral<std::uint16_t>();
    const std::string document = input.ConsumeRemainingBytesAsString();

    TouchingConsumer consumer;
    // A small buffering bound, so that `data` before `fields` reaches its limit too.
    JsonDetailReader reader(consumer, JsonDetailReader::Limits{4096});
    std::string_view rest = document;
    std::size_t piece = 1 + pieceSeed % 64;
    bool ok = true;
    while (ok && !rest.empty()) {
        const std::size_t take = std::min(piece, rest.size());
        ok = reader.feed(rest.substr(0, take));
        rest.remove_prefix(take);
        piece = 1 + (piece * 31 + pieceSeed) % 97; // sizes vary from piece to piece
    }
    if (ok)
        ok = reader.finish();
    // A failure always says why, unless the consumer stopped it (this one never does).
    if (!ok && reader.error().message.empty())
        std::abort();
    if (reader.bytesRead() > document.size())
        std::abort();
    return 0;
}
