#include "core/gzip.h"

#include <algorithm>
#include <libdeflate.h>
#include <memory>
#include <zlib.h>

namespace ActionDeck {

namespace {
// windowBits 15 plus 16 selects zlib's gzip wrapper instead of its own.
constexpr int kGzipWindowBits = 15 + 16;
} // namespace

QByteArray Gzip::compress(std::string_view data, int level) {
    // libdeflate compresses a whole buffer about 1.8× as fast as zlib at level 1 (PERFORMANCE.md);
    // a compressor is a few hundred KB, so each thread keeps one for the level it last used.
    struct Compressor {
        int level = -1;
        std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> state{
            nullptr, &libdeflate_free_compressor};
    };
    thread_local Compressor compressor;
    level = std::clamp(level, 0, 12);
    if (!compressor.state || compressor.level != level) {
        compressor.state.reset(libdeflate_alloc_compressor(level));
        compressor.level = compressor.state ? level : -1;
        if (!compressor.state)
            return {};
    }
    QByteArray out;
    out.resize(qsizetype(libdeflate_gzip_compress_bound(compressor.state.get(), data.size())));
    const std::size_t written = libdeflate_gzip_compress(
        compressor.state.get(), data.data(), data.size(), out.data(), std::size_t(out.size()));
    if (written == 0)
        return {};
    out.resize(qsizetype(written));
    // The buffer was sized for the worst case (about the input's size); bodies wait in flight
    // for a while, so keep only what the compressed data needs.
    out.squeeze();
    return out;
}

std::optional<QByteArray> Gzip::decompress(const QByteArray& data) {
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        if (result == Z_OK || result == Z_STREAM_END)
            out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (result == Z_BUF_ERROR && stream.avail_in == 0)
            break;
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END)
        return std::nullopt;
    return out;
}

} // namespace ActionDeck
