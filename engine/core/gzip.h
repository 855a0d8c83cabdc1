#pragma once

#include <QByteArray>

#include <optional>
#include <string_view>

namespace ActionDeck {

/// gzip (RFC 1952) for `Content-Encoding: gzip` request bodies: compressed whole by libdeflate,
/// read back in a stream by zlib.
class Gzip {
public:
    /// Empty when it could not be compressed. `level` is libdeflate's, 0 to 12 (1 to 9 as zlib's).
    static QByteArray compress(std::string_view data, int level = 1);
    /// Empty when `data` is not a complete gzip stream.
    static std::optional<QByteArray> decompress(const QByteArray& data);
};

} // namespace ActionDeck
