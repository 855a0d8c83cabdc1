#include "hub/executeresponsestream.h"

#include <QJsonDocument>

namespace ActionDeck {

ExecuteResponseStream::ExecuteResponseStream(QHttpServerResponder&& responder, int keepAliveMs)
    : m_responder(std::move(responder))
    , m_socket(m_responder.socket()) {
    m_keepAlive.setInterval(keepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] { writeChunk(QByteArrayLiteral("\n")); });
}

void ExecuteResponseStream::respond(QHttpServerResponder::StatusCode status,
                                    const QJsonObject& body) {
    m_finished = true;
    if (m_socket)
        m_responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                          QByteArrayLiteral("application/json"), status);
}

void ExecuteResponseStream::begin() {
    if (!m_socket || m_finished)
        return;
    m_begun = true;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder.writeHeaders(
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
         {QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked")},
         {QByteArrayLiteral("Connection"), QByteArrayLiteral("close")}});
    m_keepAlive.start();
}

void ExecuteResponseStream::finish(const QJsonObject& body) {
    if (m_finished)
        return;
    if (!m_begun) {
        // Finished before streaming began: one plain answer.
        respond(QHttpServerResponder::StatusCode::Ok, body);
        return;
    }
    m_finished = true;
    m_keepAlive.stop();
    writeChunk(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (m_socket) {
        m_responder.writeBody(QByteArrayLiteral("0\r\n\r\n"));
        // Hand the answer to the kernel now: the process may be about to exit (SIGTERM).
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
}

void ExecuteResponseStream::writeChunk(const QByteArray& data) {
    if (!m_socket) {
        m_keepAlive.stop();
        return;
    }
    m_responder.writeBody(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

} // namespace ActionDeck
