#include "httpclient.h"

#include "waituntil.h"

#include <QNetworkReply>
#include <QTimer>

namespace ActionDeck::TestSupport {

namespace {

QNetworkRequest makeRequest(const QUrl& url, const HttpClient::Headers& headers) {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

} // namespace

HttpClient::Response HttpClient::post(const QUrl& url, const QByteArray& body,
                                      const Headers& headers, int timeoutMs) {
    return wait(m_network.post(makeRequest(url, headers), body), timeoutMs);
}

HttpClient::Response HttpClient::get(const QUrl& url, const Headers& headers, int timeoutMs) {
    return wait(m_network.get(makeRequest(url, headers)), timeoutMs);
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
        if (reply->error() != QNetworkReply::NoError && response.status == 0)
            response.error = reply->errorString();
    }
    reply->deleteLater();
    return response;
}

} // namespace ActionDeck::TestSupport
