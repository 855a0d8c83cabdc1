#include "selfsignedcertificate.h"

#include <QFile>

#include <cstring>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace ActionDeck::TestSupport {

namespace {

QByteArray drain(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

bool writeFile(const QString& path, const QByteArray& contents) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::make(KeyType type, int validFromDays,
                                                  int validToDays) {
    constexpr long kDay = 24 * 3600;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        type == KeyType::Ec ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048), &EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> x509(X509_new(), &X509_free);
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(x509.get()), validFromDays * kDay);
    X509_gmtime_adj(X509_getm_notAfter(x509.get()), validToDays * kDay);
    X509_set_pubkey(x509.get(), key.get());
    X509_NAME* name = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(x509.get(), name);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, x509.get(), x509.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : {std::pair{NID_subject_alt_name, "IP:127.0.0.1"},
                                     std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
        X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
        X509_add_ext(x509.get(), extension, -1);
        X509_EXTENSION_free(extension);
    }
    X509_sign(x509.get(), key.get(), EVP_sha256());

    SelfSignedCertificate result;
    std::unique_ptr<BIO, decltype(&BIO_free)> certificateBio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_X509(certificateBio.get(), x509.get());
    result.certificatePem = drain(certificateBio.get());
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    result.keyPem = drain(keyBio.get());
    return result;
}

bool SelfSignedCertificate::write(const QString& directory, const QString& name) {
    certificateFile = directory + u'/' + name + QStringLiteral(".crt");
    keyFile = directory + u'/' + name + QStringLiteral(".key");
    return writeFile(certificateFile, certificatePem) && writeFile(keyFile, keyPem);
}

QByteArray SelfSignedCertificate::encryptedKeyPem(const char* passphrase) const {
    std::unique_ptr<BIO, decltype(&BIO_free)> in(
        BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PKCS8PrivateKey(out.get(), key.get(), EVP_aes_256_cbc(), passphrase,
                                  int(std::strlen(passphrase)), nullptr, nullptr);
    return drain(out.get());
}

} // namespace ActionDeck::TestSupport
