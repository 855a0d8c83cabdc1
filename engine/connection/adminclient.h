#pragma once

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;
class QNetworkRequest;

namespace ActionDeck {

/// How to reach one hub's admin API: its URL, an admin token, and the SHA-256 fingerprint of a
/// self-signed certificate the user accepted (hex; empty: the system's trust only).
struct RemoteHubSettings {
    QString name;
    QUrl adminUrl;
    QByteArray token;
    QByteArray pinnedSha256;
};

/// One answer of the admin API, read whole.
struct AdminAnswer {
    int status = 0; ///< HTTP status; 0 when none came (refused, timed out, TLS)
    QByteArray body;
    QString error;            ///< empty for 2xx; else the hub's {"error"} text or the network's
    QByteArray offeredSha256; ///< set when the certificate was refused: the one the hub showed
    QByteArray etag;          ///< the ETag header, when the hub sent one
    QByteArray syncScopeId;   ///< the ActionDeck-Sync-Scope header (GET /api/v1/sync-state/rows)
    bool ok() const { return error.isEmpty(); }
    QJsonObject json() const;
};

/// The admin API's HTTP calls for a RemoteHubConnection: the token on every request, no
/// redirects (a token is not handed to another host), no HTTP/2 (the hub speaks HTTP/1.1), and
/// a self-signed certificate accepted only when its fingerprint is the pinned one.
class AdminClient : public QObject {
    Q_OBJECT

public:
    explicit AdminClient(RemoteHubSettings settings, QObject* parent = nullptr);
    ~AdminClient() override;

    const RemoteHubSettings& settings() const { return m_settings; }
    void setPinnedSha256(const QByteArray& fingerprint) { m_settings.pinnedSha256 = fingerprint; }

    QNetworkRequest request(const QString& path, const QUrlQuery& query = {}) const;
    QFuture<AdminAnswer> get(const QString& path, const QUrlQuery& query = {});
    QFuture<AdminAnswer> post(const QString& path, const QUrlQuery& query = {});
    /// A POST with a body of `contentType`.
    QFuture<AdminAnswer> post(const QString& path, const QUrlQuery& query, const QByteArray& body,
                              const QByteArray& contentType);
    /// A JSON change (PATCH) that must match the ETag the caller last saw.
    QFuture<AdminAnswer> patch(const QString& path, const QByteArray& json,
                               const QByteArray& ifMatch);
    /// A reply that streams (the events): the caller reads it; certificate checks as for calls.
    QNetworkReply* open(const QNetworkRequest& request);
    /// Forgets kept connections and TLS sessions: the next call shakes hands anew (after a
    /// failure, or a change of the pinned certificate).
    void forgetConnections() { m_network.clearConnectionCache(); }
    /// Ends every call and stream in flight (their futures get an error).
    void abortAll();
    /// What a finished reply says.
    static AdminAnswer answerOf(QNetworkReply* reply);
    /// The SHA-256 fingerprint of the certificate the reply's peer showed (hex), or empty.
    static QByteArray peerSha256(QNetworkReply* reply);

private:
    QFuture<AdminAnswer> send(QNetworkReply* reply);
    void checkCertificate(QNetworkReply* reply);

    RemoteHubSettings m_settings;
    QNetworkAccessManager m_network;
};

} // namespace ActionDeck
