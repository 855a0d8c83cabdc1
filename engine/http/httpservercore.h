#pragma once

// The network side of the HTTP front, shared by HttpServer and its sessions. Only the http/
// sources include this: Asio and Beast stay out of every other translation unit.

#include "http/connectionlimiter.h"
#include "http/httpexchange.h"
#include "http/httplimits.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace ActionDeck {

struct HttpServerCore {
    HttpLimits limits; ///< network thread only, like everything below
    ConnectionLimiter limiter;
    std::vector<boost::asio::ip::address> trustedProxies;
    /// Runs a function on the Qt side, in order.
    std::function<void(std::function<void()>)> toQt;
    /// On the Qt side: a request's header has arrived.
    std::function<void(HttpRequestHead, std::weak_ptr<HttpConnection>,
                       std::shared_ptr<HttpExchange::Link>)>
        dispatch;

    /// Open sessions, closed all at once when the server goes.
    std::unordered_map<HttpConnection*, std::weak_ptr<HttpConnection>> sessions;
    bool shuttingDown = false;
    /// Called when the last session has closed during the shutdown.
    std::function<void()> allClosed;

    /// `address` as normalized by the session (IPv4-mapped IPv6 as IPv4).
    bool isTrustedProxy(const boost::asio::ip::address& address) const;
};

/// Starts serving one accepted connection (TLS when `tls` is set).
void startHttpSession(boost::asio::ip::tcp::socket socket,
                      std::shared_ptr<boost::asio::ssl::context> tls, HttpServerCore& core);

} // namespace ActionDeck
