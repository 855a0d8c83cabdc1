#pragma once

#include "alerts/alertsettings.h"
#include "alerts/alertwebhook.h"
#include "alerts/stuckwatcher.h"
#include "outbox/runrecord.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

class QNetworkAccessManager;

namespace ActionDeck {

class Clock;
class Outbox;

/// Watches what the outbox says about runs and delivery, for alerts and metrics: each run that
/// became final through this hub (once in a fleet) is counted and, when it failed, ended
/// partial or was cut off, told to the webhook; now and then it looks at what is pending for
/// stuck delivery and reads each schedule's last good run.
class RunMonitor : public QObject {
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 60'000;

    /// Final runs by action and outcome, and their rows by action and kind (read, skipped,
    /// unchanged, stored), since this process started.
    struct Tally {
        std::map<std::pair<QString, QString>, qint64> runs;
        std::map<std::pair<QString, QString>, qint64> rows;
    };

    RunMonitor(Outbox& outbox, QNetworkAccessManager& network, const Clock& clock,
               QObject* parent = nullptr);

    void setSettings(const AlertSettings& alerts);
    /// Names a data plane endpoint as the configuration's source (else its host), for notices.
    void setSourceNamer(std::function<QString(const QString& endpoint)> namer) {
        m_sourceNamer = std::move(namer);
    }
    /// Looks now, then every `intervalMs`.
    void start(int intervalMs = kCheckIntervalMs);

    AlertWebhook& webhook() { return m_webhook; }
    const Tally& tally() const { return m_tally; }
    /// Each scheduled plan's last good run, as last read from the store.
    const std::vector<PlanLastSuccess>& lastSuccess() const { return m_lastSuccess; }
    /// When the oldest pending batch was stored, as last looked; nullopt when none was pending.
    std::optional<qint64> oldestPendingMs() const { return m_oldestPendingMs; }

signals:
    /// A run became final through this hub (each run once in a fleet).
    void runFinished(const ActionDeck::RunRecord& run);

private:
    void onRunsFinished(const QList<RunRecord>& runs);
    void check();
    void readLastSuccess();

    Outbox& m_outbox;
    const Clock& m_clock;
    AlertWebhook m_webhook;
    StuckWatcher m_stuck;
    QTimer m_timer;
    std::function<QString(const QString&)> m_sourceNamer;
    Tally m_tally;
    std::vector<PlanLastSuccess> m_lastSuccess;
    std::optional<qint64> m_oldestPendingMs;
};

} // namespace ActionDeck
