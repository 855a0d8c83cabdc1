#include "delivery/deliveryworker.h"

#include "core/clock.h"
#include "version.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace ActionDeck {

namespace {

constexpr qsizetype kMaxErrorBody = 2000;
constexpr qint64 kMaxTimerMs = 60 * 1000;
constexpr qint64 kMinIdleTimerMs = 10;

/// `text` without the write key, plain or as the Basic credentials: the answer (a debugging
/// proxy's echo of the request, say) is stored and shown, the key must never be.
QString withoutWriteKey(QString text, const QString& writeKey) {
    if (writeKey.isEmpty())
        return text;
    const QString marker = QStringLiteral("[write key]");
    text.replace(QString::fromLatin1((writeKey.toUtf8() + ':').toBase64()), marker);
    return text.replace(writeKey, marker);
}

QString replyText(QNetworkReply* reply, const QString& writeKey) {
    // Read past the cut by a key's length (as Base64, too): a key that starts before the cut is
    // removed whole, not left as a prefix.
    const qsizetype margin = writeKey.toUtf8().size() * 2 + 8;
    const QByteArray body = reply->read(kMaxErrorBody + margin);
    QString text = withoutWriteKey(QString::fromUtf8(body), writeKey);
    const bool truncated = text.size() > kMaxErrorBody || reply->bytesAvailable() > 0;
    text.truncate(kMaxErrorBody);
    text = text.trimmed();
    if (truncated)
        text += QStringLiteral("…");
    return text;
}

} // namespace

DeliveryWorker::DeliveryWorker(Outbox& outbox, const Clock& clock, DeliverySettings settings,
                               QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_settings(settings)
    , m_policy(settings.retry)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); }) {
    qRegisterMetaType<ActionDeck::DeliverySnapshot>();
    addNetworks();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryWorker::pump);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &DeliveryWorker::publishSnapshot);
    connect(&m_outbox, &Outbox::workAvailable, this, &DeliveryWorker::pump);
}

void DeliveryWorker::addNetworks() {
    constexpr int kConnectionsPerManager = 6;
    const std::size_t managers =
        std::size_t(std::max(1, (m_settings.maxInFlightPerSource + kConnectionsPerManager - 1) /
                                    kConnectionsPerManager));
    while (m_networks.size() < managers)
        m_networks.push_back(std::make_unique<QNetworkAccessManager>());
}

void DeliveryWorker::setSettings(const DeliverySettings& settings) {
    m_settings = settings;
    m_policy = RetryPolicy(settings.retry);
    // Managers are only added: replies in flight belong to the existing ones.
    addNetworks();
    if (m_running) {
        m_snapshotTimer.start(m_settings.snapshotIntervalMs);
        pump();
    }
}

void DeliveryWorker::setYielding(bool yielding) {
    if (std::exchange(m_yielding, yielding) && !yielding && m_running)
        pump();
}

void DeliveryWorker::start() {
    m_running = true;
    m_snapshotTimer.start(m_settings.snapshotIntervalMs);
    pump();
}

void DeliveryWorker::stop() {
    m_running = false;
    m_timer.stop();
    m_snapshotTimer.stop();
}

void DeliveryWorker::publishSnapshot() {
    m_outbox.counts().then(this, [this](const OutboxCounts& counts) {
        emit snapshot({counts, m_inFlight, m_clock.nowMs()});
    });
}

void DeliveryWorker::pump() {
    if (!m_running)
        return;
    if (m_leasing) {
        m_pumpAgain = true;
        return;
    }
    const int room = m_settings.maxInFlight - m_inFlight;
    if (room <= 0)
        return;
    m_leasing = true;
    Outbox::LeaseRequest request;
    request.inFlightPerSource = m_inFlightPerSource;
    // A copy of its own, not one sharing m_inFlightPerSource's data: the outbox thread would drop
    // the shared reference after reading it, and QHash decides whether to detach before the next
    // write here with a relaxed load of its reference count, which orders nothing (TSan reported
    // that write racing with the outbox thread's read).
    request.inFlightPerSource.detach();
    request.perSourceLimit = m_yielding
                                 ? std::min(m_settings.maxInFlightPerSource, kYieldingPerSource)
                                 : m_settings.maxInFlightPerSource;
    request.maxCount = room;
    request.gzipLevel = m_settings.gzipLevel;
    m_outbox.lease(request).then(this, [this](std::vector<Outbox::Lease> leases) {
        m_leasing = false;
        for (Outbox::Lease& lease : leases)
            send(std::move(lease));
        if (std::exchange(m_pumpAgain, false) || !leases.empty())
            pump();
        else
            scheduleNext();
    });
}

void DeliveryWorker::scheduleNext() {
    if (!m_running)
        return;
    m_outbox.nextDueMs().then(this, [this](std::optional<qint64> due) {
        if (!due || !m_running)
            return;
        const qint64 now = m_clock.nowMs();
        // Due work that was not leased is waiting for room: a finishing request pumps again.
        if (*due <= now && m_inFlight > 0)
            return;
        const qint64 wait = std::clamp<qint64>(*due - now, kMinIdleTimerMs, kMaxTimerMs);
        if (!m_timer.isActive() || m_timer.remainingTime() > wait)
            m_timer.start(int(wait));
    });
}

void DeliveryWorker::send(Outbox::Lease lease) {
    QNetworkRequest request{QUrl(lease.batch.target.endpoint)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ActionDeck/") + QByteArray(kVersion));
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Basic ") +
                             (lease.batch.target.writeKey.toUtf8() + ':').toBase64());
    if (lease.gzipped)
        request.setRawHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    request.setTransferTimeout(m_settings.requestTimeoutMs);

    ++m_inFlight;
    ++m_inFlightPerSource[lease.batch.sourceId];
    QNetworkAccessManager& network = *m_networks[m_nextNetwork++ % m_networks.size()];
    QNetworkReply* reply = network.post(request, lease.body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, batch = std::move(lease.batch)] { finished(reply, batch); });
}

void DeliveryWorker::finished(QNetworkReply* reply, const LeasedBatch& batch) {
    reply->deleteLater();
    --m_inFlight;
    if (--m_inFlightPerSource[batch.sourceId] <= 0)
        m_inFlightPerSource.remove(batch.sourceId);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int attempt = batch.attempts + 1;
    if (status >= 200 && status < 300) {
        m_outbox.markDelivered(batch.id, status);
        emit attemptFinished(batch.id, status, true, false);
    } else if (RetryPolicy::isRetryable(status)) {
        const auto retryAfter = RetryPolicy::parseRetryAfter(
            reply->rawHeader(QByteArrayLiteral("Retry-After")), m_clock.nowMs());
        const qint64 delay = m_policy.delayMs(attempt, m_random(), retryAfter);
        const QString error = status == 0
                                  ? withoutWriteKey(reply->errorString(), batch.target.writeKey)
                                  : QStringLiteral("HTTP %1: %2")
                                        .arg(status)
                                        .arg(replyText(reply, batch.target.writeKey));
        m_outbox.markRetry(batch.id, m_clock.nowMs() + delay, status, error);
        emit attemptFinished(batch.id, status, false, true);
    } else {
        m_outbox.markFailed(
            batch.id, status,
            QStringLiteral("HTTP %1: %2").arg(status).arg(replyText(reply, batch.target.writeKey)));
        emit attemptFinished(batch.id, status, false, false);
    }
    pump();
}

} // namespace ActionDeck
