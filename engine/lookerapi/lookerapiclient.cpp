#include "lookerapi/lookerapiclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace ActionDeck {

namespace {

/// A token is renewed this long before Looker says it expires.
constexpr qint64 kRenewBeforeMs = 60'000;
/// What QNAM may hold of a download before the sink takes it.
constexpr qint64 kDownloadBuffer = 512 << 10;

/// Whose certificate was refused: kept from the TLS errors, which carry it.
const char* const kRefusedCertificate = "actiondeckRefusedCertificate";

QString certificateOwner(QNetworkReply* reply) {
    QString names = reply->property(kRefusedCertificate).toString();
    if (names.isEmpty())
        names = reply->sslConfiguration()
                    .peerCertificate()
                    .subjectInfo(QSslCertificate::CommonName)
                    .join(u", ");
    return names.isEmpty() ? QStringLiteral("an unnamed certificate")
                           : QStringLiteral("the certificate of %1").arg(names);
}

} // namespace

LookerApiClient::LookerApiClient(LookerApiSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

LookerApiClient::~LookerApiClient() = default;

QFuture<LookerApiClient::Answer> LookerApiClient::login() {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"),
                      QString::fromUtf8(QUrl::toPercentEncoding(m_settings.clientId)));
    form.addQueryItem(
        QStringLiteral("client_secret"),
        QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(m_settings.clientSecret))));
    Call call{"POST",
              QStringLiteral("/login"),
              {},
              form.toString(QUrl::FullyEncoded).toUtf8(),
              QByteArrayLiteral("application/x-www-form-urlencoded")};
    return send(call, false).then(this, [this](Answer answer) {
        if (answer.ok()) {
            const QJsonObject token = answer.json.object();
            m_token = token.value(u"access_token").toString().toUtf8();
            const qint64 expiresIn = token.value(u"expires_in").toInteger(3600);
            m_expiresAtMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
        }
        return answer;
    });
}

QFuture<LookerApiClient::Answer> LookerApiClient::logout() {
    if (m_token.isEmpty())
        return QtFuture::makeReadyFuture(Answer{204, {}, {}});
    return send(Call{"DELETE", QStringLiteral("/logout"), {}, {}, {}}, true)
        .then(this, [this](Answer answer) {
            m_token.clear();
            return answer;
        });
}

QFuture<LookerApiClient::Answer> LookerApiClient::get(const QString& path, const QUrlQuery& query) {
    return authorized(Call{"GET", path, query, {}, {}});
}

QFuture<LookerApiClient::Answer> LookerApiClient::post(const QString& path,
                                                       const QJsonDocument& body) {
    return authorized(Call{"POST",
                           path,
                           {},
                           body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact),
                           QByteArrayLiteral("application/json")});
}

QFuture<LookerApiClient::Answer> LookerApiClient::patch(const QString& path,
                                                        const QJsonDocument& body) {
    return authorized(Call{"PATCH",
                           path,
                           {},
                           body.toJson(QJsonDocument::Compact),
                           QByteArrayLiteral("application/json")});
}

QFuture<LookerApiClient::Answer> LookerApiClient::remove(const QString& path) {
    return authorized(Call{"DELETE", path, {}, {}, {}});
}

QFuture<LookerApiClient::Answer>
LookerApiClient::download(const QString& path, const QUrlQuery& query, QIODevice& sink) {
    Call call{"GET", path, query, {}, {}};
    call.sink = &sink;
    return authorized(call);
}

QFuture<std::optional<QString>> LookerApiClient::version() {
    // Outside /api/4.0 and without a token; a Looker that does not answer it is no error.
    return send(Call{"GET", QStringLiteral("/api/versions"), {}, {}, {}}, false)
        .then([](const Answer& answer) -> std::optional<QString> {
            const QString release =
                answer.json.object().value(u"looker_release_version").toString();
            if (!answer.ok() || release.isEmpty())
                return std::nullopt;
            return release;
        });
}

QFuture<LookerApiClient::Answer> LookerApiClient::authorized(Call call) {
    const bool fresh =
        !m_token.isEmpty() && QDateTime::currentMSecsSinceEpoch() < m_expiresAtMs - kRenewBeforeMs;
    if (fresh)
        return send(call, true);
    return login()
        .then(this,
              [this, call](Answer signedIn) {
                  if (!signedIn.ok())
                      return QtFuture::makeReadyFuture(signedIn);
                  return send(call, true);
              })
        .unwrap();
}

QFuture<LookerApiClient::Answer> LookerApiClient::send(Call call, bool withToken) {
    QNetworkRequest request(m_settings.apiUrl(call.path, call.query));
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    if (withToken)
        request.setRawHeader("Authorization", "token " + m_token);
    if (!m_settings.verifySsl) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    // A GET through QNAM's get(): sendCustomRequest's replies ignore setReadBufferSize (Qt
    // 6.4), and a download then piles up in memory however fast the sink takes it.
    QNetworkReply* reply = call.method == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, call.method, call.body);
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            const QStringList names = error.certificate().subjectInfo(QSslCertificate::CommonName);
            if (!names.isEmpty())
                reply->setProperty(kRefusedCertificate, names.join(u", "));
        }
    });
    // A download's body goes to its sink as it comes, once the status says it is the answer (a
    // 401 or 429 is retried; an error's body is read as usual).
    const auto drain = [reply, sink = call.sink] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (sink && status >= 200 && status < 300)
            sink->write(reply->readAll());
    };
    if (call.sink) {
        // Without a cap QNAM's download thread reads ahead without limit when the sink is the
        // slower side: a 500 MB Look was held whole (bench/preview-look-memory.sh).
        reply->setReadBufferSize(kDownloadBuffer);
        connect(reply, &QNetworkReply::readyRead, this, drain);
    }
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, withToken, promise, drain] {
        reply->deleteLater();
        drain();
        Answer answer = answerOf(reply, call);
        const auto settle = [promise](Answer result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        const auto relay = [settle](QFuture<Answer> next) {
            next.then([settle](Answer result) { settle(std::move(result)); });
        };
        // An expired or revoked token: signed in again, once.
        if (answer.status == 401 && withToken && !call.loggedInAgain) {
            Call again = call;
            again.loggedInAgain = true;
            m_token.clear();
            return relay(authorized(again));
        }
        if (answer.status == 429 && call.attempt < m_retryDelaysMs.size()) {
            bool ok = false;
            const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
            const int waitMs = ok && retryAfter >= 0 && retryAfter <= 60
                                   ? retryAfter * 1000
                                   : m_retryDelaysMs[call.attempt];
            Call again = call;
            ++again.attempt;
            QTimer::singleShot(waitMs, this,
                               [this, again, withToken, relay] { relay(send(again, withToken)); });
            return;
        }
        settle(std::move(answer));
    });
    return promise->future();
}

LookerApiClient::Answer LookerApiClient::answerOf(QNetworkReply* reply, const Call& call) const {
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString where = m_settings.baseUrl.toString(QUrl::RemoveUserInfo);
    if (answer.status == 0) {
        const auto error = reply->error();
        if (error == QNetworkReply::SslHandshakeFailedError)
            answer.error = {LookerApiError::Kind::Tls, 0,
                            QStringLiteral("Looker's certificate at %1 is not trusted (%2): %3")
                                .arg(where, certificateOwner(reply), reply->errorString()),
                            certificateOwner(reply)};
        else
            answer.error = {LookerApiError::Kind::Unreachable, 0,
                            QStringLiteral("Looker can not be reached at %1: %2")
                                .arg(where, reply->errorString()),
                            reply->errorString()};
        return answer;
    }
    return Answer::fromReply(call.path, answer.status, body);
}

LookerApiClient::Answer LookerApiClient::Answer::fromReply(const QString& path, int status,
                                                           const QByteArray& body) {
    Answer answer;
    answer.status = status;
    QJsonParseError parse;
    answer.json = QJsonDocument::fromJson(body, &parse);
    if (status >= 400) {
        // Looker's errors are JSON with a message; anything else is not Looker's API.
        const bool lookerShaped =
            parse.error == QJsonParseError::NoError && answer.json.object().contains(u"message");
        answer.error = LookerApiError::fromAnswer(path, status, answer.json.object(), lookerShaped);
    }
    return answer;
}

} // namespace ActionDeck
