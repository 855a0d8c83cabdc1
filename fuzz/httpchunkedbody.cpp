// A chunked request body read by the front's own parser as the session reads it: into pieces of
// a fixed buffer, handed on as each fills (http/httpsession.cpp, readSomeBody and onBody).
#include "http/httprequestparser.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <vector>

using namespace ActionDeck;
namespace http = boost::beast::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const std::size_t pieceBytes = 1 + input.ConsumeIntegral<std::uint8_t>() % 64;
    const std::size_t readBytes = 1 + input.ConsumeIntegral<std::uint8_t>() % 64;
    const std::string body = input.ConsumeRemainingBytesAsString();
    const std::string bytes =
        "POST /execute HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n" + body;

    std::optional<HttpRequestParser> parser;
    resetRequestParser(parser, HttpLimits{});
    std::vector<char> piece(pieceBytes);
    std::string pending;
    std::string_view rest = bytes;
    std::string received;
    boost::system::error_code ec;
    bool needMore = true;
    while (!parser->is_done()) {
        if (needMore) {
            if (rest.empty())
                return 0; // ended before its last chunk: the session answers 400
            const std::size_t take = std::min(readBytes, rest.size());
            pending.append(rest.substr(0, take));
            rest.remove_prefix(take);
        }
        // As the session: a piece to read into only once the header is in (until then the
        // body has none, and what put() reads is the header alone).
        const bool reading = parser->is_header_done();
        if (reading) {
            auto& buffer = parser->get().body();
            buffer.data = piece.data();
            buffer.size = piece.size();
        }
        ec = {};
        const std::size_t used = parser->put(boost::asio::buffer(pending), ec);
        pending.erase(0, used);
        if (reading) {
            const std::size_t got = piece.size() - parser->get().body().size;
            received.append(piece.data(), got);
        }
        if (ec == http::error::need_buffer)
            ec = {};
        if (ec && ec != http::error::need_more)
            return 0; // not valid chunked encoding: 400
        needMore = ec == http::error::need_more || (used == 0 && !parser->is_done());
    }
    // What came out is never more than what went in.
    if (received.size() > body.size() || !parser->chunked())
        std::abort();
    return 0;
}
