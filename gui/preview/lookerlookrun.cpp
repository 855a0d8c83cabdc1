#include "gui/preview/lookerlookrun.h"

#include "gui/lookerlink/lookertext.h"

namespace ActionDeck {

LookerLookRun::LookerLookRun(const LookerApiSettings& settings, QObject* parent)
    : QObject(parent)
    , m_api(settings)
    , m_looks(m_api) {}

void LookerLookRun::start(const QString& lookId, int limit) {
    m_looks.look(lookId).then(this, [this, lookId, limit](const LookerLooks::Result& found) {
        if (m_cancelled)
            return finish();
        if (!found.ok() || found.looks.isEmpty()) {
            emit failed(LookerText::error(found.error));
            return finish();
        }
        const LookerLook look = found.looks.constFirst();
        m_result.open(QIODevice::WriteOnly);
        m_looks.run(lookId, limit, m_result)
            .then(this, [this, look](const LookerApiClient::Answer& ran) {
                m_result.close();
                if (!m_cancelled) {
                    if (ran.ok())
                        emit loaded(look, m_result.data());
                    else
                        emit failed(LookerText::error(ran.error));
                }
                finish();
            });
    });
}

void LookerLookRun::cancel() {
    m_cancelled = true;
}

void LookerLookRun::finish() {
    // No Looker session outlives the run.
    if (!m_api.signedIn()) {
        deleteLater();
        return;
    }
    m_api.logout().then(this, [this](const LookerApiClient::Answer&) { deleteLater(); });
}

} // namespace ActionDeck
