#pragma once

#include "loopbackhttprequest.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

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

    bool listen();
    QUrl url() const;

    /// The next `count` calls (any route) are answered 429.
    void refuseNext(int count) { m_refuseNext = count; }
    /// Tokens live this long (Looker's expires_in).
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetime = seconds; }
    /// Every token given so far stops working, as after Looker's session limit.
    void expireTokens() { m_tokens.clear(); }
    /// GET /api/versions answers 404, as some instances do.
    void setVersionsMissing(bool missing) { m_versionsMissing = missing; }

    int logins() const { return m_logins; }
    int logouts() const { return m_logouts; }
    /// Every request received, bodies included (a test checks what the client sent).
    const QList<LoopbackHttpRequest>& requests() const { return m_requests; }

private:
    void readFrom(class QTcpSocket* socket);
    void answer(class QTcpSocket* socket, const LoopbackHttpRequest& request);
    /// The token's user, or empty when it is not one in force.
    bool authorized(const LoopbackHttpRequest& request) const;

    QTcpServer m_server;
    QHash<class QTcpSocket*, QByteArray> m_buffers;
    QString m_clientId;
    QByteArray m_clientSecret;
    QHash<QByteArray, qint64> m_tokens; ///< token → expiry (ms since the epoch)
    QList<LoopbackHttpRequest> m_requests;
    int m_tokenLifetime = 3600;
    int m_refuseNext = 0;
    int m_logins = 0;
    int m_logouts = 0;
    int m_issued = 0;
    bool m_versionsMissing = false;
};

} // namespace ActionDeck::TestSupport
