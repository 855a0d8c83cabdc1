#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ActionDeck {

class HttpExchange;

/// Looker's answer to an execute: {"looker": {"success", "refresh_query", "validation_errors",
/// "message"}}.
QJsonObject lookerAnswer(bool success, const QString& message);

/// The answer to an execute: a status and JSON at once for requests that can not start, else
/// 200 with a chunked body of keep-alive newlines every few seconds (so proxies don't cut a long
/// execute) followed by the final JSON. Writes nothing once the client has gone away.
class ExecuteResponseStream : public QObject {
    Q_OBJECT

public:
    ExecuteResponseStream(HttpExchange* exchange, int keepAliveMs);

    void respond(int status, const QJsonObject& body);
    void begin();
    void finish(const QJsonObject& body);
    bool clientGone() const;

private:
    QPointer<HttpExchange> m_exchange;
    QTimer m_keepAlive;
    bool m_begun = false;
    bool m_finished = false;
};

} // namespace ActionDeck
