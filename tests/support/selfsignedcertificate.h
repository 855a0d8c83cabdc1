#pragma once

#include <QByteArray>
#include <QString>

namespace ActionDeck::TestSupport {

/// A key pair and a certificate for 127.0.0.1 signed by that key, made with OpenSSL in the test
/// (no fixture files to expire). PEM.
struct SelfSignedCertificate {
    enum class KeyType { Ec, Rsa };

    /// Valid from `validFromDays` to `validToDays` days from now (negative: in the past).
    static SelfSignedCertificate make(KeyType type = KeyType::Ec, int validFromDays = -1,
                                      int validToDays = 30);

    /// Writes both PEM files into `directory` as <name>.crt and <name>.key.
    bool write(const QString& directory, const QString& name);
    /// The key protected by `passphrase` (AES-256), as `openssl genpkey -aes256` writes it.
    QByteArray encryptedKeyPem(const char* passphrase) const;
    QString certificateFile;
    QString keyFile;

    QByteArray certificatePem;
    QByteArray keyPem;
};

} // namespace ActionDeck::TestSupport
