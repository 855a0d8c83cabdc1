#pragma once

#include "hub/hubconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ActionDeck {

/// Tells which region a request's `Authorization` header belongs to, if any.
class RegionAuthenticator {
public:
    explicit RegionAuthenticator(QList<RegionConfig> regions);

    /// The region whose secret signed the token or whose configured token it is; nothing for a
    /// missing, malformed, unknown or revoked token. Every region is checked, so the time taken
    /// does not depend on which one matches.
    std::optional<QString> regionFor(const QByteArray& authorization) const;

private:
    QList<RegionConfig> m_regions;
};

} // namespace ActionDeck
