#include "hub/hubtoken.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ActionDeck {

namespace {
constexpr qsizetype kDigestHexLength = 128; // SHA-512
constexpr qsizetype kMaxTokenLength = 1024;
} // namespace

QByteArray HubToken::make(const QByteArray& secret, const QByteArray& nonce) {
    return nonce + '/' +
           QMessageAuthenticationCode::hash(nonce, secret, QCryptographicHash::Sha512).toHex();
}

QByteArray HubToken::newSecret() {
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}

QByteArray HubToken::generate(const QByteArray& secret) {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray nonce =
        QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
    return make(secret, nonce);
}

std::optional<QByteArray> HubToken::fromAuthorization(const QByteArray& header) {
    // Looker sends: Token token="<token>"
    static const QByteArray prefix = QByteArrayLiteral("Token token=\"");
    const QByteArray value = header.trimmed();
    if (value.size() > kMaxTokenLength || !value.startsWith(prefix) || !value.endsWith('"') ||
        value.size() < prefix.size() + 2)
        return std::nullopt; // an empty token is no token
    return value.mid(prefix.size(), value.size() - prefix.size() - 1);
}

QByteArray HubToken::nonceOf(const QByteArray& token) {
    const qsizetype slash = token.indexOf('/');
    return slash > 0 ? token.left(slash) : QByteArray();
}

bool HubToken::constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

bool HubToken::isSignedWith(const QByteArray& token, const QByteArray& secret) {
    const QByteArray nonce = nonceOf(token);
    if (nonce.isEmpty() || secret.isEmpty())
        return false;
    const QByteArray digest = token.mid(nonce.size() + 1);
    if (digest.size() != kDigestHexLength)
        return false;
    // Hex case differs between implementations; compare lower case.
    return constantTimeEquals(digest.toLower(), make(secret, nonce).mid(nonce.size() + 1));
}

} // namespace ActionDeck
