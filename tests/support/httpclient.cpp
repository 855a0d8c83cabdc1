#include "httpclient.h"

#include "waituntil.h"

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace ActionDeck::TestSupport {

QNetworkRequest HttpClient::makeRequest(const QUrl& url, const Headers& headers) const {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!m_authorities.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_authorities);
        request.setSslConfiguration(tls);
    }
    return request;
}

HttpClient::Response HttpClient::post(const QUrl& url, const QByteArray& body,
                                      const Headers& headers, int timeoutMs) {
    return wait(m_network.post(makeRequest(url, headers), body), timeoutMs);
}

HttpClient::Response HttpClient::get(const QUrl& url, const Headers& headers, int timeoutMs) {
    return wait(m_network.get(makeRequest(url, headers)), timeoutMs);
}

HttpClient::Response HttpClient::send(const QByteArray& verb, const QUrl& url,
                                      const QByteArray& body, const Headers& headers,
                                      int timeoutMs) {
    return wait(m_network.sendCustomRequest(makeRequest(url, headers), verb, body), timeoutMs);
}

void HttpClient::postAndAbandon(const QUrl& url, const QByteArray& body, const Headers& headers,
                                int abortAfterMs) {
    QNetworkReply* reply = m_network.post(makeRequest(url, headers), body);
    QTimer::singleShot(abortAfterMs, reply, [reply] {
        reply->abort();
        reply->deleteLater();
    });
}

HttpClient::Response HttpClient::wait(QNetworkReply* reply, int timeoutMs) {
    Response response;
    const bool done = waitUntil([reply] { return reply->isFinished(); }, timeoutMs);
    if (!done) {
        reply->abort();
        response.error = QStringLiteral("timed out");
    } else {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.etag = reply->rawHeader("ETag");
        if (reply->error() != QNetworkReply::NoError && response.status == 0)
            response.error = reply->errorString();
    }
    reply->deleteLater();
    return response;
}

} // namespace ActionDeck::TestSupport
