#pragma once

#include "lookerapi/lookerapierror.h"
#include "lookerapi/lookerapisettings.h"

#include <QByteArray>
#include <QFuture>
#include <QIODevice>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

#include <optional>

namespace ActionDeck {

/// Looker's API 4.0 through QtNetwork: signs in (form-encoded POST /login), sends
/// `Authorization: token …`, signs in again before the token expires and once on a 401, retries
/// a 429 a bounded number of times, gives up on an unreachable Looker within the timeout (10 s),
/// and says every failure in words (LookerApiError). The secret goes only into the login body.
class LookerApiClient : public QObject {
    Q_OBJECT

public:
    struct Answer {
        int status = 0;
        QJsonDocument json;
        LookerApiError error;
        bool ok() const { return error.ok(); }

        /// Reads what Looker answered `path` with a status (over 0): its JSON, and the error
        /// when the status is one.
        static Answer fromReply(const QString& path, int status, const QByteArray& body);
    };

    explicit LookerApiClient(LookerApiSettings settings, QObject* parent = nullptr);
    ~LookerApiClient() override;

    const LookerApiSettings& settings() const { return m_settings; }
    bool signedIn() const { return !m_token.isEmpty(); }

    QFuture<Answer> login();
    /// DELETE /logout: Looker may limit the live tokens of a user.
    QFuture<Answer> logout();
    QFuture<Answer> get(const QString& path, const QUrlQuery& query = {});
    QFuture<Answer> post(const QString& path, const QJsonDocument& body = {});
    QFuture<Answer> patch(const QString& path, const QJsonDocument& body);
    QFuture<Answer> remove(const QString& path);
    /// GET whose successful body is written to `sink` as it arrives, never held whole (a Look's
    /// result of any size); an error's body is read as any other's. `sink` outlives the call.
    QFuture<Answer> download(const QString& path, const QUrlQuery& query, QIODevice& sink);
    /// Looker's release from GET /api/versions, as a best effort: nullopt when it does not say.
    QFuture<std::optional<QString>> version();

    /// The waits before each retry of a 429 (tests shorten them); a Retry-After within 60 s is
    /// taken instead.
    void setRetryDelays(QList<int> delaysMs) { m_retryDelaysMs = std::move(delaysMs); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    struct Call {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        int attempt = 0;
        bool loggedInAgain = false;
        /// Where a successful answer's body goes as it arrives (download), not into memory.
        QIODevice* sink = nullptr;
    };
    /// Signs in first when there is no token or it is about to expire.
    QFuture<Answer> authorized(Call call);
    QFuture<Answer> send(Call call, bool withToken);
    Answer answerOf(QNetworkReply* reply, const Call& call) const;

    LookerApiSettings m_settings;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    qint64 m_expiresAtMs = 0;
    QList<int> m_retryDelaysMs{1000, 2000, 4000};
    int m_timeoutMs = 10000;
};

} // namespace ActionDeck
