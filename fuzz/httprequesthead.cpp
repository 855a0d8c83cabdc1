// An HTTP request header read by the front's own parser (the session's: Beast's request parser
// as resetRequestParser sets it up, then requestHeadOf), in pieces of fuzzed sizes as the
// network delivers them.
#include "http/httprequestparser.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace ActionDeck;
namespace http = boost::beast::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const auto pieceSeed = input.ConsumeIntegral<std::uint8_t>();
    HttpLimits limits;
    // Small limits, so the fuzzer reaches them with small inputs.
    limits.maxHeaderBytes = 1024 + pieceSeed * 8;
    limits.maxHeaderFields = 1 + pieceSeed % 16;
    const std::string bytes = input.ConsumeRemainingBytesAsString();

    std::optional<HttpRequestParser> parser;
    resetRequestParser(parser, limits);
    // As Beast's read_header does: hand the parser what is unread, read more when it needs more.
    std::string pending;
    std::string_view rest = bytes;
    const std::size_t piece = 1 + pieceSeed % 40;
    boost::system::error_code ec;
    while (!parser->is_header_done()) {
        if (pending.empty() || ec == http::error::need_more) {
            if (rest.empty())
                return 0; // the connection closed before the header ended
            const std::size_t take = std::min(piece, rest.size());
            pending.append(rest.substr(0, take));
            rest.remove_prefix(take);
        }
        ec = {};
        const std::size_t used = parser->put(boost::asio::buffer(pending), ec);
        pending.erase(0, used);
        if (ec && ec != http::error::need_more)
            return 0; // refused: 400 or 431
    }
    const auto head = requestHeadOf(*parser, limits);
    if (const auto* refusal = std::get_if<HttpHeadRefusal>(&head)) {
        if (refusal->reason.empty())
            std::abort();
        return 0;
    }
    const HttpRequestHead& request = std::get<HttpRequestHead>(head);
    if (request.method.isEmpty() || request.fields.size() > limits.maxHeaderFields)
        std::abort();
    (void)request.value("authorization");
    (void)request.hasBody();
    return 0;
}
