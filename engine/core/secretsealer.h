#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace ActionDeck {

/// Seals the secrets a shared PostgreSQL database keeps (write keys, region secrets and tokens)
/// with AES-256-GCM under a key every hub of the fleet is given as a file: a dump of the
/// database alone reveals none of them. Each sealed value is bound to a context (where it is
/// kept), so one can not be moved into another's place. The file holds 32 bytes, raw or as 64
/// hex digits or base64 (`openssl rand -hex 32 > key`), and must not be readable by others.
class SecretSealer {
public:
    /// The prefix of every sealed value: "adk1:" and base64 of nonce, ciphertext and tag.
    static constexpr const char* kPrefix = "adk1:";

    static std::optional<SecretSealer> fromFile(const QString& path, QString* error);
    /// fromFile, shared by the stores that seal with it (null with `error`).
    static std::shared_ptr<const SecretSealer> load(const QString& path, QString* error);
    /// A sealer for a key of exactly 32 bytes (nullopt otherwise).
    static std::optional<SecretSealer> fromKey(QByteArrayView key);

    QByteArray seal(QByteArrayView plain, QByteArrayView context) const;
    /// The plain text, or nullopt when `sealed` was not sealed by this key for this context
    /// (another key, another place, or changed).
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView context) const;
    /// HMAC-SHA256 under a key derived from the file's: equal inputs give equal digests, so a
    /// sealed value can still be looked up (a UNIQUE column) without being kept in clear.
    QByteArray digest(QByteArrayView data) const;

private:
    SecretSealer() = default;

    QByteArray m_encryptionKey; ///< derived: the file's key is used for nothing directly
    QByteArray m_digestKey;
};

} // namespace ActionDeck
