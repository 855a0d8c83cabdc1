#include "gui/lookerlink/lookersendnow.h"

#include "gui/lookerlink/lookercall.h"
#include "lookerapi/lookerschedules.h"

namespace ActionDeck {

void lookerSendNow(LookerAccount& account, const QString& planId, QObject* receiver,
                   std::function<void(const LookerApiClient::Answer&)> done) {
    lookerCall<LookerApiClient::Answer>(
        account,
        [planId](LookerApiClient& api) {
            auto* schedules = new LookerSchedules(api, &api);
            return schedules->runOnce(planId);
        },
        receiver, std::move(done));
}

} // namespace ActionDeck
