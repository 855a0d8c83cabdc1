#include "connection/adminclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>

namespace ActionDeck {

namespace {

constexpr int kCallTimeoutMs = 30000;
const char* const kOfferedProperty = "actiondeckOfferedSha256";

} // namespace

QJsonObject AdminAnswer::json() const {
    return QJsonDocument::fromJson(body).object();
}

AdminClient::AdminClient(RemoteHubSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {
    // A hub's answers are never cached: each call asks the hub.
    m_network.setCache(nullptr);
}

AdminClient::~AdminClient() {
    abortAll();
}

void AdminClient::abortAll() {
    for (QNetworkReply* reply : m_network.findChildren<QNetworkReply*>())
        reply->abort();
}

QNetworkRequest AdminClient::request(const QString& path, const QUrlQuery& query) const {
    QUrl url = m_settings.adminUrl;
    // Tolerant: names in a path come percent-encoded by the caller, and stay so.
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_settings.token);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(kCallTimeoutMs);
    return request;
}

QFuture<AdminAnswer> AdminClient::get(const QString& path, const QUrlQuery& query) {
    return send(open(request(path, query)));
}

QFuture<AdminAnswer> AdminClient::post(const QString& path, const QUrlQuery& query) {
    return post(path, query, QByteArray(), QByteArrayLiteral("application/json"));
}

QFuture<AdminAnswer> AdminClient::post(const QString& path, const QUrlQuery& query,
                                       const QByteArray& body, const QByteArray& contentType) {
    QNetworkRequest call = request(path, query);
    call.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = m_network.post(call, body);
    checkCertificate(reply);
    return send(reply);
}

QFuture<AdminAnswer> AdminClient::patch(const QString& path, const QByteArray& json,
                                        const QByteArray& ifMatch) {
    QNetworkRequest call = request(path);
    call.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    call.setRawHeader("If-Match", ifMatch);
    QNetworkReply* reply = m_network.sendCustomRequest(call, "PATCH", json);
    checkCertificate(reply);
    return send(reply);
}

QNetworkReply* AdminClient::open(const QNetworkRequest& request) {
    QNetworkReply* reply = m_network.get(request);
    checkCertificate(reply);
    return reply;
}

QFuture<AdminAnswer> AdminClient::send(QNetworkReply* reply) {
    auto promise = std::make_shared<QPromise<AdminAnswer>>();
    promise->start();
    QFuture<AdminAnswer> future = promise->future();
    connect(reply, &QNetworkReply::finished, this, [reply, promise] {
        promise->addResult(answerOf(reply));
        promise->finish();
        reply->deleteLater();
    });
    return future;
}

void AdminClient::checkCertificate(QNetworkReply* reply) {
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>&) {
        // Only the certificate the user accepted, and only that one: a changed certificate
        // is refused until it is accepted again.
        const QByteArray offered = peerSha256(reply);
        if (!m_settings.pinnedSha256.isEmpty() && offered == m_settings.pinnedSha256)
            reply->ignoreSslErrors();
        else
            reply->setProperty(kOfferedProperty, offered);
    });
}

QByteArray AdminClient::peerSha256(QNetworkReply* reply) {
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    return peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256).toHex();
}

AdminAnswer AdminClient::answerOf(QNetworkReply* reply) {
    const QByteArray offeredSha256 = reply->property(kOfferedProperty).toByteArray();
    AdminAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.offeredSha256 = offeredSha256;
    answer.etag = reply->rawHeader("ETag");
    answer.syncScopeId = reply->rawHeader("ActionDeck-Sync-Scope");
    if (answer.status >= 200 && answer.status < 300 && reply->error() == QNetworkReply::NoError)
        return answer;
    const QString hubError =
        QJsonDocument::fromJson(answer.body).object().value(u"error").toString();
    if (!offeredSha256.isEmpty())
        answer.error =
            QCoreApplication::translate("ActionDeck::HubConnection",
                                        "The hub's certificate is not trusted (SHA-256 %1).")
                .arg(QString::fromLatin1(offeredSha256));
    else if (!hubError.isEmpty())
        answer.error = hubError;
    else if (answer.status != 0)
        answer.error =
            QCoreApplication::translate("ActionDeck::HubConnection", "The hub answered HTTP %1.")
                .arg(answer.status);
    else
        answer.error = reply->errorString();
    return answer;
}

} // namespace ActionDeck
