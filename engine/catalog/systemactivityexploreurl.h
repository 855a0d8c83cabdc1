#pragma once

#include <QString>
#include <QStringList>

namespace ActionDeck {

/// The URL of System Activity's Event Attribute Explore on a Looker instance, with the fields the
/// Rudder System Activity action reads, filtered to some event types and sorted by event (so the
/// hub rarely needs to spill): what a user opens, saves as a look and schedules to the action.
class SystemActivityExploreUrl {
public:
    /// The fields the action reads, in the order the Explore shows them.
    static const QStringList& fields();
    /// `host` as "acme.looker.com" or a URL ("https://acme.looker.com:9999/"; a given scheme is
    /// kept). Empty when the host is empty or not a host; `eventNames` may be empty (every event).
    static QString build(const QString& host, const QStringList& eventNames);
};

} // namespace ActionDeck
