#include "core/secretsealer.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace ActionDeck {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data) {
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()),
         reinterpret_cast<const unsigned char*>(data.data()), std::size_t(data.size()),
         reinterpret_cast<unsigned char*>(out.data()), &length);
    out.resize(int(length));
    return out;
}

struct CipherContext {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
};

const unsigned char* bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}

/// The key a file gives: 32 raw bytes, or their hex or base64 text (a trailing newline allowed).
std::optional<QByteArray> keyFromFileBytes(const QByteArray& content) {
    if (content.size() == kKeyBytes)
        return content;
    const QByteArray text = content.trimmed();
    if (text.size() == 2 * kKeyBytes) {
        const QByteArray hex = QByteArray::fromHex(text);
        if (hex.size() == kKeyBytes && hex.toHex() == text.toLower())
            return hex;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == kKeyBytes)
        return decoded.decoded;
    return std::nullopt;
}

} // namespace

std::optional<SecretSealer> SecretSealer::fromKey(QByteArrayView key) {
    if (key.size() != kKeyBytes)
        return std::nullopt;
    SecretSealer sealer;
    sealer.m_encryptionKey = hmacSha256(key, "actiondeck secrets: AES-256-GCM v1");
    sealer.m_digestKey = hmacSha256(key, "actiondeck secrets: digest v1");
    return sealer;
}

std::optional<SecretSealer> SecretSealer::fromFile(const QString& path, QString* error) {
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("--secrets-key-file %1: %2").arg(path, why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther))
        return fail(QStringLiteral("others may read it; make it readable by the hub's user "
                                   "only (chmod 600, or hand it over as a systemd credential)"));
    const auto key = keyFromFileBytes(file.read(1024));
    if (!key)
        return fail(QStringLiteral("it must hold a 256-bit key: 32 bytes, or 64 hex digits, or "
                                   "their base64 (make one with: openssl rand -hex 32)"));
    return fromKey(*key);
}

std::shared_ptr<const SecretSealer> SecretSealer::load(const QString& path, QString* error) {
    auto sealer = fromFile(path, error);
    return sealer ? std::make_shared<const SecretSealer>(std::move(*sealer)) : nullptr;
}

QByteArray SecretSealer::seal(QByteArrayView plain, QByteArrayView context) const {
    QByteArray out(kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    RAND_bytes(nonce, kNonceBytes);
    CipherContext c;
    int length = 0;
    EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, bytes(m_encryptionKey), nonce);
    EVP_EncryptUpdate(c.ctx, nullptr, &length, bytes(context), int(context.size()));
    EVP_EncryptUpdate(c.ctx, nonce + kNonceBytes, &length, bytes(plain), int(plain.size()));
    EVP_EncryptFinal_ex(c.ctx, nonce + kNonceBytes + length, &length);
    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagBytes, nonce + kNonceBytes + plain.size());
    return QByteArray(kPrefix) + out.toBase64();
}

std::optional<QByteArray> SecretSealer::open(QByteArrayView sealed, QByteArrayView context) const {
    if (!sealed.startsWith(kPrefix))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        sealed.sliced(qstrlen(kPrefix)).toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray& box = decoded.decoded;
    const qsizetype plainBytes = box.size() - kNonceBytes - kTagBytes;
    QByteArray plain(plainBytes, Qt::Uninitialized);
    QByteArray tag = box.right(kTagBytes);
    CipherContext c;
    int length = 0;
    EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, bytes(m_encryptionKey), bytes(box));
    EVP_DecryptUpdate(c.ctx, nullptr, &length, bytes(context), int(context.size()));
    EVP_DecryptUpdate(c.ctx, reinterpret_cast<unsigned char*>(plain.data()), &length,
                      bytes(box) + kNonceBytes, int(plainBytes));
    EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data());
    unsigned char rest[16];
    if (EVP_DecryptFinal_ex(c.ctx, rest, &length) != 1)
        return std::nullopt;
    return plain;
}

QByteArray SecretSealer::digest(QByteArrayView data) const {
    return hmacSha256(m_digestKey, data);
}

} // namespace ActionDeck
