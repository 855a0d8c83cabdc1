#include "hub/regionauthenticator.h"

#include "hub/hubtoken.h"

namespace ActionDeck {

RegionAuthenticator::RegionAuthenticator(QList<RegionConfig> regions)
    : m_regions(std::move(regions)) {}

std::optional<QString> RegionAuthenticator::regionFor(const QByteArray& authorization) const {
    const auto token = HubToken::fromAuthorization(authorization);
    if (!token)
        return std::nullopt;
    const QByteArray nonce = HubToken::nonceOf(*token);
    std::optional<QString> match;
    for (const RegionConfig& region : m_regions) {
        bool accepted = !region.secret.isEmpty() && HubToken::isSignedWith(*token, region.secret);
        for (const QByteArray& exact : region.tokens)
            accepted =
                (!exact.isEmpty() && HubToken::constantTimeEquals(*token, exact)) || accepted;
        if (accepted && !region.revokedNonces.contains(nonce) && !match)
            match = region.name;
    }
    return match;
}

} // namespace ActionDeck
