#include "alerts/alertwebhook.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <iterator>

namespace ActionDeck {

namespace {

Q_LOGGING_CATEGORY(lcAlerts, "actiondeck.alerts")

/// Why an attempt failed, without the URL (QNetworkReply::errorString names it).
QString reasonOf(QNetworkReply* reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0)
        return QStringLiteral("the webhook answered HTTP %1").arg(status);
    return QStringLiteral("the webhook could not be reached (%1)")
        .arg(QString::fromLatin1(
            QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error())));
}

} // namespace

AlertWebhook::AlertWebhook(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

QByteArray AlertWebhook::body(const AlertNotice& notice, AlertSettings::Format format) {
    QJsonObject json;
    if (format == AlertSettings::Format::Slack) {
        json.insert(u"text", notice.text);
    } else {
        json = notice.json;
        json.insert(u"event", AlertNotice::kindName(notice.kind));
        json.insert(u"text", notice.text);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void AlertWebhook::send(const AlertNotice& notice) {
    if (!m_settings.hasWebhook())
        return;
    m_queue.push_back(notice);
    while (m_queue.size() > kMaxQueued) {
        // The oldest that is not on its way.
        qCWarning(lcAlerts, "webhook: %zu notices waiting; the oldest is dropped", m_queue.size());
        m_queue.erase(m_sending ? std::next(m_queue.begin()) : m_queue.begin());
    }
    if (!m_sending)
        sendFirst();
}

void AlertWebhook::sendFirst() {
    if (m_queue.empty() || !m_settings.hasWebhook()) {
        m_sending = false;
        return;
    }
    m_sending = true;
    QNetworkRequest request{QUrl(m_settings.webhookUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    const AlertNotice notice = m_queue.front();
    QNetworkReply* reply = m_network.post(request, body(notice, m_settings.format));
    connect(reply, &QNetworkReply::finished, this, [this, reply, notice] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            qCInfo(lcAlerts, "webhook: %s notice taken (HTTP %d)",
                   qPrintable(AlertNotice::kindName(notice.kind)), status);
            m_queue.pop_front();
            m_attempt = 0;
            emit delivered(notice);
            sendFirst();
            return;
        }
        const QString reason = reasonOf(reply);
        if (m_attempt >= m_retryDelaysMs.size()) {
            qCWarning(lcAlerts, "webhook: %s notice given up: %s",
                      qPrintable(AlertNotice::kindName(notice.kind)), qPrintable(reason));
            m_queue.pop_front();
            m_attempt = 0;
            emit gaveUp(notice, reason);
            sendFirst();
            return;
        }
        const int waitMs = m_retryDelaysMs[m_attempt++];
        qCInfo(lcAlerts, "webhook: %s; again in %d ms", qPrintable(reason), waitMs);
        QTimer::singleShot(waitMs, this, &AlertWebhook::sendFirst);
    });
}

} // namespace ActionDeck
