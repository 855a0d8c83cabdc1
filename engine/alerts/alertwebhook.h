#pragma once

#include "alerts/alertnotice.h"
#include "alerts/alertsettings.h"

#include <QList>
#include <QObject>

#include <deque>

class QNetworkAccessManager;

namespace ActionDeck {

/// Sends alert notices to the configured webhook, one at a time in the order given, each
/// retried with backoff until the webhook takes it (2xx) or its attempts run out. It never
/// holds anything else up, and never says the URL (its path is the secret): not in logs, not
/// in the reasons it gives.
class AlertWebhook : public QObject {
    Q_OBJECT

public:
    /// Notices waiting beyond this drop the oldest: a webhook down for hours is not a reason
    /// to grow.
    static constexpr std::size_t kMaxQueued = 100;

    explicit AlertWebhook(QNetworkAccessManager& network, QObject* parent = nullptr);

    void setSettings(const AlertSettings& settings) { m_settings = settings; }
    const AlertSettings& settings() const { return m_settings; }
    /// Queues `notice` (nothing without a webhook URL).
    void send(const AlertNotice& notice);
    /// The waits before each retry; tests shorten them.
    void setRetryDelays(QList<int> delaysMs) { m_retryDelaysMs = std::move(delaysMs); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    std::size_t queued() const { return m_queue.size(); }

    /// The request body of `notice` in `format`.
    static QByteArray body(const AlertNotice& notice, AlertSettings::Format format);

signals:
    void delivered(const ActionDeck::AlertNotice& notice);
    /// Given up after its retries; `reason` never holds the URL.
    void gaveUp(const ActionDeck::AlertNotice& notice, const QString& reason);

private:
    void sendFirst();

    QNetworkAccessManager& m_network;
    AlertSettings m_settings;
    std::deque<AlertNotice> m_queue;
    bool m_sending = false;
    int m_attempt = 0;
    QList<int> m_retryDelaysMs{2000, 10000, 30000, 60000, 300000};
    int m_timeoutMs = 15000;
};

} // namespace ActionDeck
