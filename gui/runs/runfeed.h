#pragma once

#include "outbox/runrecord.h"

#include <QHash>
#include <QObject>

#include <vector>

class QTimer;

namespace ActionDeck {

class HubConnection;
class RunListModel;

/// Keeps a RunListModel current with a hub's runs: all of them read at first (in pages, the
/// newest kRunLimit kept), then each run the hub reports (HubConnection::runChanged) replaced
/// in place. A run's delivered and failed counts move with its batches, which the hub reports
/// as batchesChanged: the runs still delivering are read again at most once a second, and only
/// while the feed is active (its page shown); an inactive feed catches up when shown.
class RunFeed : public QObject {
    Q_OBJECT

public:
    /// The most runs kept (the newest); the hub keeps 30 days of them.
    static constexpr int kRunLimit = 20000;
    /// Runs read per call.
    static constexpr int kPageSize = 1000;

    RunFeed(HubConnection& hub, RunListModel& model, QObject* parent = nullptr);

    /// Reads every run again; loaded() or problem() follows.
    void reload();
    /// Whether the page is shown: delivering runs are followed only then.
    void setActive(bool active);
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    /// More runs than kRunLimit: the oldest were left out.
    bool isTruncated() const { return m_truncated; }

signals:
    void loaded();
    /// The hub could not be asked; what is shown stays as it was.
    void problem(const QString& error);
    /// A run was added or changed (after loaded(): live).
    void runUpdated(const ActionDeck::RunRecord& run);

private:
    void readPage(qint64 afterId, std::vector<RunRecord> read);
    void finishLoad(std::vector<RunRecord> read);
    void apply(const RunRecord& run);
    void scheduleDeliveringRefresh();
    void refreshDelivering();

    HubConnection& m_hub;
    RunListModel& m_model;
    QTimer* m_deliveringTimer;
    /// Runs reported while a reload reads: newer than what it reads, applied after it.
    QHash<qint64, RunRecord> m_reportedWhileLoading;
    int m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_truncated = false;
    bool m_active = false;
    bool m_deliveringStale = false;
    bool m_reloadStale = false;
};

} // namespace ActionDeck
