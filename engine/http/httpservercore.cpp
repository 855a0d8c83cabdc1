#include "http/httpservercore.h"

namespace ActionDeck {

bool HttpServerCore::isTrustedProxy(const boost::asio::ip::address& address) const {
    for (const auto& proxy : trustedProxies) {
        if (proxy == address)
            return true;
    }
    return false;
}

} // namespace ActionDeck
