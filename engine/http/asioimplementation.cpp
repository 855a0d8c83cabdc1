// Asio's and Beast's compiled parts, built once here (BOOST_ASIO_SEPARATE_COMPILATION and
// BOOST_BEAST_SEPARATE_COMPILATION): every other http/ source includes only their declarations,
// which keeps the build quick on two cores.
//
// Their assertions (checked in builds without NDEBUG: the sanitizer builds) go through the handler
// below, which lets one wrong assertion of Beast 1.81 pass.
#define BOOST_ENABLE_ASSERT_DEBUG_HANDLER

#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace boost {

void assertion_failed(char const* expr, char const* function, char const* file, long line) {
    // basic_parser::parse_chunk_header asserts n >= 5 when it comes back to the last chunk, but
    // "0\r\n" and one byte of what follows is valid there and answered with need_more (fixed in
    // Beast after 1.81: boostorg/beast pull request 2861). Found by fuzz/httpchunkedbody: a
    // client sending the end of a chunked body a byte at a time aborted the hub.
    if (std::strcmp(expr, "n >= 5") == 0 && std::strstr(file, "beast/http/impl/basic_parser.ipp"))
        return;
    std::fprintf(stderr, "%s:%ld: %s: Assertion `%s' failed.\n", file, line, function, expr);
    std::abort();
}

void assertion_failed_msg(char const* expr, char const* msg, char const* function, char const* file,
                          long line) {
    std::fprintf(stderr, "%s:%ld: %s: Assertion `%s' failed: %s\n", file, line, function, expr,
                 msg);
    std::abort();
}

} // namespace boost
