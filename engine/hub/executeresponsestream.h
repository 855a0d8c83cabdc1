#pragma once

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ActionDeck {

/// The answer to an execute: a status and JSON at once for requests that can not start, else
/// 200 with a chunked body of keep-alive newlines every few seconds (so proxies don't cut a long
/// execute) followed by the final JSON. Writes nothing once the client has gone away.
class ExecuteResponseStream : public QObject {
    Q_OBJECT

public:
    ExecuteResponseStream(QHttpServerResponder&& responder, int keepAliveMs);

    void respond(QHttpServerResponder::StatusCode status, const QJsonObject& body);
    void begin();
    void finish(const QJsonObject& body);
    bool clientGone() const { return !m_socket; }

private:
    void writeChunk(const QByteArray& data);

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    QTimer m_keepAlive;
    bool m_begun = false;
    bool m_finished = false;
};

} // namespace ActionDeck
