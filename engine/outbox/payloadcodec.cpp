#include "outbox/payloadcodec.h"

#include <zstd.h>

namespace ActionDeck {

namespace {

// Level 1 compresses JSON messages at ~1.4 GB/s here, 15×; higher levels gain little for their
// cost.
constexpr int kLevel = 1;
// A batch body is at most 4 MB (RudderStack's limit); anything claiming far more is damaged.
constexpr unsigned long long kMaxPlainSize = 64ull * 1024 * 1024;

} // namespace

PayloadCodec::PayloadCodec()
    : m_compressor(ZSTD_createCCtx())
    , m_decompressor(ZSTD_createDCtx()) {
    if (m_compressor) {
        ZSTD_CCtx_setParameter(m_compressor, ZSTD_c_compressionLevel, kLevel);
        // A checksum of the content: a damaged page is found when read, never sent as messages.
        ZSTD_CCtx_setParameter(m_compressor, ZSTD_c_checksumFlag, 1);
    }
}

PayloadCodec::~PayloadCodec() {
    ZSTD_freeCCtx(m_compressor);
    ZSTD_freeDCtx(m_decompressor);
}

std::optional<std::string_view> PayloadCodec::compress(std::string_view plain) {
    if (!m_compressor)
        return std::nullopt;
    const std::size_t bound = ZSTD_compressBound(plain.size());
    if (m_compressed.size() < bound)
        m_compressed.resize(bound);
    const std::size_t size =
        ZSTD_compress2(m_compressor, m_compressed.data(), bound, plain.data(), plain.size());
    // Fails only for a destination smaller than the bound, or without memory.
    if (ZSTD_isError(size))
        return std::nullopt;
    return std::string_view(m_compressed.data(), size);
}

std::optional<std::string> PayloadCodec::decode(int encoding, std::string_view stored,
                                                QString* error) {
    if (encoding == int(Encoding::Plain))
        return std::string(stored);
    if (encoding != int(Encoding::Zstd)) {
        if (error)
            *error = QStringLiteral("stored messages have an unknown encoding (%1)").arg(encoding);
        return std::nullopt;
    }
    const unsigned long long size = ZSTD_getFrameContentSize(stored.data(), stored.size());
    QString damage;
    if (size == ZSTD_CONTENTSIZE_ERROR)
        damage = QStringLiteral("not a zstd frame");
    else if (size == ZSTD_CONTENTSIZE_UNKNOWN)
        damage = QStringLiteral("the frame does not say its size");
    else if (size > kMaxPlainSize)
        damage = QStringLiteral("the frame claims %1 bytes").arg(size);
    if (!damage.isEmpty()) {
        if (error)
            *error = QStringLiteral("stored messages are damaged (%1)").arg(damage);
        return std::nullopt;
    }
    if (!m_decompressor) {
        if (error)
            *error = QStringLiteral("out of memory reading stored messages");
        return std::nullopt;
    }
    // A spare of about the same size is only cut or grown a little: no zero-fill of the whole,
    // and no fresh pages to fault in for every batch.
    std::string plain;
    if (!m_spare.empty()) {
        plain = std::move(m_spare.back());
        m_spare.pop_back();
        m_spareBytes -= plain.capacity();
    }
    plain.resize(std::size_t(size));
    const std::size_t written = ZSTD_decompressDCtx(m_decompressor, plain.data(), plain.size(),
                                                    stored.data(), stored.size());
    if (ZSTD_isError(written) || written != size) {
        if (error)
            *error = QStringLiteral("stored messages are damaged (%1)")
                         .arg(QString::fromUtf8(ZSTD_isError(written) ? ZSTD_getErrorName(written)
                                                                      : "short frame"));
        return std::nullopt;
    }
    return plain;
}

void PayloadCodec::recycle(std::string plain) {
    if (plain.capacity() == 0 || m_spareBytes + plain.capacity() > kSpareBytes)
        return;
    m_spareBytes += plain.capacity();
    m_spare.push_back(std::move(plain));
}

} // namespace ActionDeck
