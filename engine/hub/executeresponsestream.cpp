#include "hub/executeresponsestream.h"

#include "http/httpexchange.h"

#include <QJsonDocument>

namespace ActionDeck {

QJsonObject lookerAnswer(bool success, const QString& message) {
    QJsonObject looker{{QStringLiteral("success"), success},
                       {QStringLiteral("refresh_query"), false},
                       {QStringLiteral("validation_errors"), QJsonObject()}};
    if (!message.isEmpty())
        looker.insert(QStringLiteral("message"), message);
    return {{QStringLiteral("looker"), looker}};
}

ExecuteResponseStream::ExecuteResponseStream(HttpExchange* exchange, int keepAliveMs)
    : m_exchange(exchange) {
    m_keepAlive.setInterval(keepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (clientGone())
            return m_keepAlive.stop();
        m_exchange->writeStream(QByteArrayLiteral("\n"));
    });
}

bool ExecuteResponseStream::clientGone() const {
    return !m_exchange || !m_exchange->isOpen();
}

void ExecuteResponseStream::respond(int status, const QJsonObject& body) {
    m_finished = true;
    if (!clientGone())
        m_exchange->respond(status, QByteArrayLiteral("application/json"),
                            QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void ExecuteResponseStream::begin() {
    if (clientGone() || m_finished)
        return;
    m_begun = true;
    m_exchange->beginStream(200, QByteArrayLiteral("application/json"));
    m_keepAlive.start();
}

void ExecuteResponseStream::finish(const QJsonObject& body) {
    if (m_finished)
        return;
    if (!m_begun) {
        // Finished before streaming began: one plain answer.
        respond(200, body);
        return;
    }
    m_finished = true;
    m_keepAlive.stop();
    if (clientGone())
        return;
    m_exchange->writeStream(QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_exchange->endStream();
}

} // namespace ActionDeck
