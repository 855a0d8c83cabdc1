#pragma once

// Only the http/ sources include this: it speaks Asio.

#include <QByteArray>
#include <QHostAddress>

#include <boost/asio/ip/address.hpp>

#include <optional>

namespace ActionDeck {

struct HttpRequestHead;
struct HttpServerCore;

/// Who a connection or a request is from, as the limits count it.
class ClientAddress {
public:
    /// An IPv4 client of a dual-stack listener arrives as ::ffff:a.b.c.d: counted and trusted as
    /// a.b.c.d.
    static boost::asio::ip::address normalized(const boost::asio::ip::address& address);
    /// The rightmost address of X-Forwarded-For (all its lines, joined) that is not a trusted
    /// proxy: the client as the nearest proxy saw it — entries left of it are the client's own
    /// claims. Nothing when the header is absent or not addresses.
    static std::optional<boost::asio::ip::address> forwardedFor(const HttpRequestHead& head,
                                                                const HttpServerCore& core);
    static QHostAddress toQt(const boost::asio::ip::address& address);
};

} // namespace ActionDeck
