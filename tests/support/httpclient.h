#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

namespace ActionDeck::TestSupport {

/// A real HTTP client for tests (QNetworkAccessManager), waiting with a deadline.
class HttpClient {
public:
    struct Response {
        int status = 0; ///< 0: no answer (network error or timeout)
        QByteArray body;
        QString error;
        QByteArray etag; ///< the ETag header, if any
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    Response post(const QUrl& url, const QByteArray& body, const Headers& headers = {},
                  int timeoutMs = 20000);
    Response get(const QUrl& url, const Headers& headers = {}, int timeoutMs = 20000);
    /// Any other method (PATCH, DELETE), with a body.
    Response send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                  const Headers& headers = {}, int timeoutMs = 20000);
    /// Starts a POST and gives up on it after `abortAfterMs`, as a client that goes away.
    void postAndAbandon(const QUrl& url, const QByteArray& body, const Headers& headers,
                        int abortAfterMs);

    /// HTTPS requests then trust `authority` alone (as a client pinned to a self-signed hub
    /// would), and still verify the host name.
    void trustOnly(const QSslCertificate& authority) { m_authorities = {authority}; }

    QNetworkAccessManager& network() { return m_network; }

private:
    QNetworkRequest makeRequest(const QUrl& url, const Headers& headers) const;
    Response wait(class QNetworkReply* reply, int timeoutMs);
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_authorities;
};

} // namespace ActionDeck::TestSupport
