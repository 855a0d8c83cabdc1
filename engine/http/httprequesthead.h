#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace ActionDeck {

/// The header of one HTTP request, as the front read it before any of the body: what a route
/// and a token check need.
struct HttpRequestHead {
    QByteArray method; ///< "GET", "POST", …
    QString path;      ///< percent-decoded, without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> fields;
    QHostAddress peer;   ///< the TCP peer
    QHostAddress client; ///< the peer, or the client a trusted proxy forwarded for
    std::optional<qint64> contentLength;
    bool chunked = false;
    bool expectContinue = false;

    /// The first field of that name (case-insensitive), or empty.
    QByteArray value(QByteArrayView name) const;
    /// True when the request announces a body (a length over 0, or chunked).
    bool hasBody() const { return chunked || contentLength.value_or(0) > 0; }
};

} // namespace ActionDeck
