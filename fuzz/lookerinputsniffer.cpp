// LookerInputSniffer: tells a json_detail result from an execute body by its first telling key,
// whatever the bytes and however they are split; a decision, once made, never changes.
#include "looker/lookerinputsniffer.h"

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace ActionDeck;
using Kind = LookerInputSniffer::Kind;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const auto pieceSeed = input.ConsumeIntegral<std::uint8_t>();
    const std::string text = input.ConsumeRemainingBytesAsString();

    LookerInputSniffer sniffer;
    Kind decided = Kind::Undecided;
    std::string_view rest = text;
    const std::size_t piece = 1 + pieceSeed % 32;
    while (!rest.empty()) {
        const std::size_t take = std::min(piece, rest.size());
        const Kind now = sniffer.feed(rest.substr(0, take));
        rest.remove_prefix(take);
        if (decided != Kind::Undecided && now != decided)
            std::abort();
        decided = now;
    }
    const Kind final = sniffer.finish();
    if (final == Kind::Undecided || (decided != Kind::Undecided && final != decided))
        std::abort();

    // Fed whole, it decides the same.
    LookerInputSniffer whole;
    whole.feed(text);
    if (whole.finish() != final)
        std::abort();
    return 0;
}
