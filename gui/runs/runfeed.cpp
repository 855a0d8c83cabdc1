#include "gui/runs/runfeed.h"

#include "connection/hubconnection.h"
#include "gui/runs/runlistmodel.h"
#include "gui/widgets/whenready.h"

#include <QSet>
#include <QTimer>

#include <utility>

namespace ActionDeck {

namespace {

constexpr int kDeliveringRefreshMs = 1000;

} // namespace

RunFeed::RunFeed(HubConnection& hub, RunListModel& model, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_model(model)
    , m_deliveringTimer(new QTimer(this)) {
    m_deliveringTimer->setSingleShot(true);
    m_deliveringTimer->setInterval(kDeliveringRefreshMs);
    connect(m_deliveringTimer, &QTimer::timeout, this, &RunFeed::refreshDelivering);
    connect(&m_hub, &HubConnection::runChanged, this, &RunFeed::apply);
    connect(&m_hub, &HubConnection::batchesChanged, this, &RunFeed::scheduleDeliveringRefresh);
    connect(&m_hub, &HubConnection::resynced, this, [this] {
        if (m_active)
            reload();
        else
            m_reloadStale = true;
    });
}

void RunFeed::setActive(bool active) {
    m_active = active;
    if (!active)
        return;
    if (!m_loaded || std::exchange(m_reloadStale, false))
        reload();
    else if (std::exchange(m_deliveringStale, false))
        scheduleDeliveringRefresh();
}

void RunFeed::reload() {
    // A reload under way is left to finish unheard: its generation is no longer current.
    ++m_generation;
    m_loading = true;
    m_truncated = false;
    m_reloadStale = false;
    m_reportedWhileLoading.clear();
    readPage(0, {});
}

void RunFeed::readPage(qint64 afterId, std::vector<RunRecord> read) {
    const int generation = m_generation;
    RunFilter filter;
    filter.afterId = afterId;
    filter.limit = kPageSize;
    whenReady(
        m_hub.runs(filter), m_hub, this,
        [this, generation, read = std::move(read)](HubReply<std::vector<RunRecord>> reply) mutable {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                m_loading = false;
                emit problem(reply.error);
                return;
            }
            const bool more = int(reply.value.size()) >= kPageSize;
            const qint64 last = reply.value.empty() ? 0 : reply.value.back().id;
            read.insert(read.end(), std::make_move_iterator(reply.value.begin()),
                        std::make_move_iterator(reply.value.end()));
            // Ascending by id: the oldest go first when there are too many.
            if (read.size() > std::size_t(kRunLimit)) {
                m_truncated = true;
                read.erase(read.begin(), read.end() - kRunLimit);
            }
            if (more)
                readPage(last, std::move(read));
            else
                finishLoad(std::move(read));
        });
}

void RunFeed::finishLoad(std::vector<RunRecord> read) {
    m_model.setRuns(std::move(read));
    m_loading = false;
    m_loaded = true;
    for (const RunRecord& run : std::as_const(m_reportedWhileLoading))
        m_model.upsert(run);
    m_reportedWhileLoading.clear();
    emit loaded();
}

void RunFeed::apply(const RunRecord& run) {
    if (m_loading) {
        m_reportedWhileLoading.insert(run.id, run);
        return;
    }
    if (m_model.upsert(run))
        emit runUpdated(run);
}

void RunFeed::scheduleDeliveringRefresh() {
    if (!m_active) {
        m_deliveringStale = true;
        return;
    }
    // At most once per interval however many batches settle (the timer is not restarted).
    if (!m_deliveringTimer->isActive())
        m_deliveringTimer->start();
}

void RunFeed::refreshDelivering() {
    if (!m_loaded)
        return;
    RunFilter filter;
    filter.state = RunState::Delivering;
    whenReady(m_hub.runs(filter), m_hub, this, [this](HubReply<std::vector<RunRecord>> reply) {
        if (!reply.ok())
            return;
        QSet<qint64> stillDelivering;
        for (const RunRecord& run : reply.value) {
            stillDelivering.insert(run.id);
            apply(run);
        }
        // Those shown as delivering that no longer are: each is read for its final counts.
        for (const RunRecord& shown : m_model.runs()) {
            if (shown.state != RunState::Delivering || stillDelivering.contains(shown.id))
                continue;
            whenReady(m_hub.run(shown.id), m_hub, this, [this](HubReply<RunRecord> one) {
                if (one.ok())
                    apply(one.value);
            });
        }
    });
}

} // namespace ActionDeck
