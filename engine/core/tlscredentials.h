#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

namespace ActionDeck {

/// A certificate (with its chain) and the private key it was issued for, read from PEM files and
/// checked before the hub listens: a wrong, encrypted, expired or mismatched file is an error at
/// start, where a TLS server would only find out at each handshake.
class TlsCredentials {
public:
    /// Reads `certificateFile` (the server certificate first, then any intermediates) and
    /// `keyFile` (an unencrypted RSA or EC key). The error names the file and what is wrong.
    static std::optional<TlsCredentials> load(const QString& certificateFile,
                                              const QString& keyFile, QString* error);

    const QSslCertificate& certificate() const { return m_chain.first(); }
    /// The pair as a Qt server configuration (no client certificates asked for).
    QSslConfiguration serverConfiguration() const;
    /// The certificate and its chain, and the key, as PEM for OpenSSL (the HTTP front).
    QByteArray chainPem() const;
    QByteArray keyPem() const;

private:
    TlsCredentials() = default;

    QList<QSslCertificate> m_chain;
    QSslKey m_key;
};

} // namespace ActionDeck
