#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

namespace ActionDeck::TestSupport {

/// One HTTP/1.1 request as the tests' loopback servers (the data plane sink, the Looker API
/// stand-in) read it: a head and a Content-Length body, nothing more.
struct LoopbackHttpRequest {
    QByteArray method;
    QByteArray path;                       ///< with its query
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;

    /// Takes the first whole request off `buffer`; nullopt while it has not all come.
    static std::optional<LoopbackHttpRequest> take(QByteArray& buffer);
};

} // namespace ActionDeck::TestSupport
