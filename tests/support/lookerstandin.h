#pragma once

#include "lookerstandincontent.h"
#include "loopbackhttprequest.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

namespace ActionDeck::TestSupport {

/// Looker's API 4.0 as the tests need it, on 127.0.0.1, written from the spec
/// (looker-open-source/sdk-codegen spec/Looker.4.0.oas.json) and what Looker does: a
/// form-encoded POST /api/4.0/login answering a refusal with 404 {"message": "Not found"},
/// `Authorization: token …` on every other call and 401 once a token expired or was logged out,
/// GET /api/4.0/user, GET /api/versions, errors as {message, documentation_url}, and 429s on
/// demand.
class LookerStandIn : public QObject {
    Q_OBJECT

public:
    LookerStandIn(QString clientId, QByteArray clientSecret, QObject* parent = nullptr);
    ~LookerStandIn() override;

    /// On 127.0.0.1 (`port` 0: a free one); with `tls` (PEM certificate and key), HTTPS.
    bool listen(const QByteArray& certificatePem = {}, const QByteArray& keyPem = {},
                quint16 port = 0);
    QUrl url() const;

    /// The next `count` calls (any route) are answered 429.
    void refuseNext(int count) { m_refuseNext = count; }
    /// Tokens live this long (Looker's expires_in).
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetime = seconds; }
    /// Every token given so far stops working, as after Looker's session limit.
    void expireTokens() { m_tokens.clear(); }
    /// GET /api/versions answers 404, as some instances do.
    void setVersionsMissing(bool missing) { m_versionsMissing = missing; }

    /// The integration hubs Looker holds (its copy of the hubs' action lists included).
    struct IntegrationHub {
        QString id;
        QString url;
        QByteArray token;
        QString fetchError;
        QJsonArray integrations; ///< as read from the hub's action list
    };
    const QList<IntegrationHub>& hubs() const { return m_hubs; }
    /// What an integration's param was set to (sensitive ones included, which Looker never
    /// shows again).
    QString paramValue(const QString& integrationId, const QString& name) const;

    /// Its Looks and scheduled plans.
    LookerStandInContent& content() { return m_content; }

    int logins() const { return m_logins; }
    int logouts() const { return m_logouts; }
    /// Every request received, bodies included (a test checks what the client sent).
    const QList<LoopbackHttpRequest>& requests() const { return m_requests; }

private:
    void readFrom(class QTcpSocket* socket);
    void answer(class QTcpSocket* socket, const LoopbackHttpRequest& request);
    /// The token's user, or empty when it is not one in force.
    bool authorized(const LoopbackHttpRequest& request) const;
    /// The integration hub routes; false when `path` is none of them.
    bool answerHubs(class QTcpSocket* socket, const LoopbackHttpRequest& request,
                    const QString& path);
    /// As Looker does when a hub is added or changed: POST to its URL with its token, and keep
    /// what the action list says (or why it could not be read); then `done`.
    void fetchActions(IntegrationHub& hub, std::function<void()> done);
    static QJsonObject hubJson(const IntegrationHub& hub);
    /// PATCH /integrations/{id} and POST /integrations/{id}/test.
    bool answerIntegration(class QTcpSocket* socket, const LoopbackHttpRequest& request,
                           const QString& rest);
    /// Where integration `id` is: its hub's index and its own; false when it is nowhere.
    bool findIntegration(const QString& id, int* hubIndex, int* itemIndex) const;
    void respond(class QTcpSocket* socket, int status, const QByteArray& body);
    /// POST /scheduled_plans/{id}/run_once: as Looker does, the plan's destination hub gets an
    /// execute whose result is at a download URL (the Look's json_detail, served here).
    bool runOnce(class QTcpSocket* socket, const LoopbackHttpRequest& request, const QString& path);

    std::unique_ptr<QTcpServer> m_server; ///< a QSslServer for HTTPS
    QHash<class QTcpSocket*, QByteArray> m_buffers;
    QString m_clientId;
    QByteArray m_clientSecret;
    QHash<QByteArray, qint64> m_tokens; ///< token → expiry (ms since the epoch)
    QList<LoopbackHttpRequest> m_requests;
    QList<IntegrationHub> m_hubs;
    QHash<QString, QString> m_paramValues;
    LookerStandInContent m_content;
    int m_nextHubId = 1;
    QNetworkAccessManager m_network;
    int m_tokenLifetime = 3600;
    int m_refuseNext = 0;
    int m_logins = 0;
    int m_logouts = 0;
    int m_issued = 0;
    bool m_versionsMissing = false;
};

} // namespace ActionDeck::TestSupport
