#include "delivery/connectionprobe.h"

#include "rudder/dataplaneurl.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ActionDeck {

ConnectionProbe::ConnectionProbe(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<ActionDeck::ConnectionProbe::Result>();
}

void ConnectionProbe::test(const QString& dataPlaneUrl, const QString& writeKey, int timeoutMs) {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    QString why;
    const QUrl endpoint = batchEndpoint(dataPlaneUrl, &why);
    if (!endpoint.isValid()) {
        const Result result{Outcome::InvalidUrl, 0, why};
        // Asynchronous like every other outcome, so callers handle one path.
        QTimer::singleShot(0, this, [this, result] { emit finished(result); });
        return;
    }
    QNetworkRequest request(endpoint);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         "Basic " + (writeKey.toUtf8() + ':').toBase64());
    QNetworkReply* reply = m_network.post(request, QByteArrayLiteral(R"({"batch":[]})"));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        Result result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.status == 0) {
            result.outcome = Outcome::Unreachable;
            result.detail = reply->errorString();
        } else {
            result.detail = QString::fromUtf8(reply->read(200)).section(u'\n', 0, 0).trimmed();
            if (result.status >= 200 && result.status < 300)
                result.outcome = Outcome::Accepted;
            else if (result.status == 400)
                result.outcome = Outcome::EmptyRefused;
            else if (result.status == 401 || result.status == 403)
                result.outcome = Outcome::KeyRefused;
            else if (result.status == 404)
                result.outcome = Outcome::NotFound;
            else
                result.outcome = Outcome::ServerError;
        }
        emit finished(result);
    });
}

} // namespace ActionDeck
