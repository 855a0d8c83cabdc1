#pragma once

#include <QByteArray>

#include <optional>

namespace ActionDeck {

/// Action Hub tokens as the reference hub and RudderStack's hosted hub make them:
/// `<nonce>/<hex HMAC-SHA512(secret, nonce)>`, sent as `Authorization: Token token="<token>"`.
class HubToken {
public:
    /// The token for `nonce` under `secret`.
    static QByteArray make(const QByteArray& secret, const QByteArray& nonce);
    /// A new hub secret: 256 random bits as 64 hex digits.
    static QByteArray newSecret();
    /// A new token with a random 32-hex-digit nonce.
    static QByteArray generate(const QByteArray& secret);
    /// The token in an Authorization header value, if it has the expected form.
    static std::optional<QByteArray> fromAuthorization(const QByteArray& header);
    /// True when `token` was signed with `secret`. Constant time in the token's content; any
    /// malformed token (no `/`, not hex, wrong length) is simply not valid.
    static bool isSignedWith(const QByteArray& token, const QByteArray& secret);
    /// The part before `/`, or empty.
    static QByteArray nonceOf(const QByteArray& token);
    /// Compares without returning early, so timing does not tell how much matched.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
};

} // namespace ActionDeck
