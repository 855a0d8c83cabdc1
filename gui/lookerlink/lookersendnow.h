#pragma once

#include "gui/lookerlink/lookeraccount.h"
#include "lookerapi/lookerapiclient.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ActionDeck {

/// Send now: asks Looker to run scheduled plan `planId` once, at once (its run_once), with a
/// client of its own (lookerCall). `done` has Looker's answer, on `receiver`'s thread. What the
/// Looker page's schedules and the Runs page both offer.
void lookerSendNow(LookerAccount& account, const QString& planId, QObject* receiver,
                   std::function<void(const LookerApiClient::Answer&)> done);

} // namespace ActionDeck
