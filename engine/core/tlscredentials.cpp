#include "core/tlscredentials.h"

#include <QDateTime>
#include <QFile>

#include <memory>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace ActionDeck {

namespace {

bool readFile(const QString& path, const QString& what, QByteArray* contents, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read the TLS %1 %2: %3").arg(what, path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

/// Whether `key` (PEM) is the private key of `certificate` (PEM). Qt has no such check, and the
/// handshake that would reveal it happens only when Looker first calls.
bool keyMatchesCertificate(const QByteArray& certificate, const QByteArray& key) {
    const auto bioOf = [](const QByteArray& pem) {
        return std::unique_ptr<BIO, decltype(&BIO_free)>(
            BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    };
    auto certificateBio = bioOf(certificate);
    auto keyBio = bioOf(key);
    std::unique_ptr<X509, decltype(&X509_free)> x509(
        PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr), &X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> privateKey(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return x509 && privateKey && X509_check_private_key(x509.get(), privateKey.get()) == 1;
}

} // namespace

std::optional<TlsCredentials> TlsCredentials::load(const QString& certificateFile,
                                                   const QString& keyFile, QString* error) {
    QString why;
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(certificateFile, QStringLiteral("certificate"), &certificatePem, &why) ||
        !readFile(keyFile, QStringLiteral("key"), &keyPem, &why))
        return fail(why);

    TlsCredentials credentials;
    credentials.m_chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (credentials.m_chain.isEmpty() || credentials.m_chain.first().isNull())
        return fail(QStringLiteral("the TLS certificate %1 holds no PEM certificate (a file "
                                   "starting with -----BEGIN CERTIFICATE-----)")
                        .arg(certificateFile));
    const QSslCertificate& leaf = credentials.m_chain.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (leaf.expiryDate() < now)
        return fail(QStringLiteral("the TLS certificate %1 expired on %2; Looker refuses it")
                        .arg(certificateFile, leaf.expiryDate().toString(Qt::ISODate)));
    if (leaf.effectiveDate() > now)
        return fail(QStringLiteral("the TLS certificate %1 is not valid before %2")
                        .arg(certificateFile, leaf.effectiveDate().toString(Qt::ISODate)));

    if (keyPem.contains("ENCRYPTED"))
        return fail(QStringLiteral("the TLS key %1 is protected by a passphrase; give ActionDeck "
                                   "an unencrypted key readable only by its user")
                        .arg(keyFile));
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        credentials.m_key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!credentials.m_key.isNull())
            break;
    }
    if (credentials.m_key.isNull())
        return fail(QStringLiteral("the TLS key %1 holds no PEM private key (RSA or EC, "
                                   "starting with -----BEGIN PRIVATE KEY-----)")
                        .arg(keyFile));
    if (!keyMatchesCertificate(certificatePem, keyPem))
        return fail(QStringLiteral("the TLS key %1 does not belong to the certificate %2 (issued "
                                   "to %3)")
                        .arg(keyFile, certificateFile,
                             leaf.subjectInfo(QSslCertificate::CommonName).value(0)));
    return credentials;
}

QSslConfiguration TlsCredentials::serverConfiguration() const {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QByteArray TlsCredentials::chainPem() const {
    QByteArray pem;
    for (const QSslCertificate& certificate : m_chain)
        pem += certificate.toPem();
    return pem;
}

QByteArray TlsCredentials::keyPem() const {
    return m_key.toPem();
}

} // namespace ActionDeck
