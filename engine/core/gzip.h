#pragma once

#include <QByteArray>

#include <optional>
#include <string_view>

namespace ActionDeck {

/// gzip (RFC 1952) through zlib, for `Content-Encoding: gzip` request bodies.
class Gzip {
public:
    static QByteArray compress(std::string_view data, int level = 1);
    /// Empty when `data` is not a complete gzip stream.
    static std::optional<QByteArray> decompress(const QByteArray& data);
};

} // namespace ActionDeck
