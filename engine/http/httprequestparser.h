#pragma once

// The HTTP front's request parser (Beast's), as a session sets it up and reads a head from it.
// Only the http/ sources and the fuzz targets include this: Beast stays out of the rest.

#include "http/httplimits.h"
#include "http/httprequesthead.h"

#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/parser.hpp>

#include <optional>
#include <string>
#include <variant>

namespace ActionDeck {

using HttpRequestParser = boost::beast::http::request_parser<boost::beast::http::buffer_body>;

/// Why the front refuses a request from its head alone.
struct HttpHeadRefusal {
    int status = 400;
    std::string reason;
};

/// Starts `parser` afresh for the next request, with the front's header limit; the body's limit is
/// checked by the session as the body arrives.
void resetRequestParser(std::optional<HttpRequestParser>& parser, const HttpLimits& limits);

/// The head of the request whose header `parser` has read whole (peer and client left unset), or
/// why it is refused.
std::variant<HttpRequestHead, HttpHeadRefusal> requestHeadOf(const HttpRequestParser& parser,
                                                             const HttpLimits& limits);

} // namespace ActionDeck
