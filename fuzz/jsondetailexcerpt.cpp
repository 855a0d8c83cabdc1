// JsonDetailExcerpt: the first rows of a streamed json_detail, cut out of bytes of any shape fed
// in pieces of fuzzed sizes. The first bytes choose the piece sizes and the limits; the rest is
// the document. An excerpt of valid JSON must be valid JSON, and never over its byte limit.
#include "looker/jsondetailexcerpt.h"

#include <boost/json/parse.hpp>

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace ActionDeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const auto pieceSeed = input.ConsumeIntegral<std::uint16_t>();
    const std::size_t maxRows = input.ConsumeIntegralInRange<std::size_t>(0, 8);
    const std::size_t maxBytes = input.ConsumeIntegralInRange<std::size_t>(0, 4096);
    const std::string document = input.ConsumeRemainingBytesAsString();

    JsonDetailExcerpt excerpt(maxRows, maxBytes);
    std::string_view rest = document;
    std::size_t piece = 1 + pieceSeed % 64;
    while (!rest.empty()) {
        const std::size_t take = std::min(piece, rest.size());
        if (!excerpt.feed(rest.substr(0, take)))
            break;
        rest.remove_prefix(take);
        piece = 1 + (piece * 31 + pieceSeed) % 97;
    }
    const auto kept = excerpt.take();
    if (!kept)
        return 0;
    // Room for the "]}" that closes a cut excerpt.
    if (kept->size() > maxBytes + 2 || excerpt.rows() > maxRows)
        std::abort();
    boost::system::error_code documentError;
    boost::json::parse(document, documentError);
    if (!documentError) {
        boost::system::error_code keptError;
        boost::json::parse(*kept, keptError);
        if (keptError)
            std::abort(); // a valid result must give a valid excerpt
    }
    return 0;
}
