#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

namespace ActionDeck {

/// How a batch's messages are kept in the outbox: one zstd frame (level 1). Messages are JSON
/// with the same keys again and again; stored compressed they are ~15× smaller, so the execute's
/// acknowledgement waits for ~60 MB of writes instead of ~900 MB for 1 M identify rows.
/// Holds zstd's contexts for reuse: one codec per thread.
class PayloadCodec {
public:
    enum class Encoding : int { Plain = 0, Zstd = 1 };

    PayloadCodec();
    ~PayloadCodec();
    PayloadCodec(const PayloadCodec&) = delete;
    PayloadCodec& operator=(const PayloadCodec&) = delete;

    /// One zstd frame holding `plain` (and its size), valid until the next call; nothing when
    /// zstd runs out of memory.
    std::optional<std::string_view> compress(std::string_view plain);
    /// The plain text of `stored`, or nothing with `error` set when it is not what `encoding`
    /// says (a damaged file, an unknown encoding from a newer version).
    std::optional<std::string> decode(int encoding, std::string_view stored, QString* error);
    /// Takes back a string decode() gave, done with: the next decode writes into it instead of
    /// a fresh zero-filled buffer (a few are kept, at most kSpareBytes in all).
    void recycle(std::string plain);
    static constexpr std::size_t kSpareBytes = 2 << 20;

private:
    ZSTD_CCtx_s* m_compressor = nullptr;
    ZSTD_DCtx_s* m_decompressor = nullptr;
    // Reused: a fresh buffer for every batch meant zero-filling and page-faulting it each time.
    std::string m_compressed;
    std::vector<std::string> m_spare;
    std::size_t m_spareBytes = 0;
};

} // namespace ActionDeck
