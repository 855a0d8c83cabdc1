#include "http/clientaddress.h"

#include "http/httprequesthead.h"
#include "http/httpservercore.h"

#include <QList>

namespace ActionDeck {

namespace net = boost::asio;

net::ip::address ClientAddress::normalized(const net::ip::address& address) {
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        return net::ip::make_address_v4(net::ip::v4_mapped, address.to_v6());
    return address;
}

std::optional<net::ip::address> ClientAddress::forwardedFor(const HttpRequestHead& head,
                                                            const HttpServerCore& core) {
    // Every line of the field: a proxy may add one instead of appending to the client's.
    QByteArrayList lines;
    for (const auto& [name, value] : head.fields) {
        if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
            lines.append(value);
    }
    const QList<QByteArray> hops = lines.join(',').split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        boost::system::error_code ec;
        const auto address = net::ip::make_address(it->trimmed().toStdString(), ec);
        if (ec)
            return std::nullopt;
        if (!core.isTrustedProxy(normalized(address)))
            return normalized(address);
    }
    return std::nullopt;
}

QHostAddress ClientAddress::toQt(const net::ip::address& address) {
    return QHostAddress(QString::fromStdString(address.to_string()));
}

} // namespace ActionDeck
