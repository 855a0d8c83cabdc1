#pragma once

#include "http/httplimits.h"
#include "http/httpserver.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

namespace ActionDeck {

class Hub;
class HttpExchange;
class TlsCredentials;

/// The Looker Action API over HTTP (SPEC section 2) on the HTTP front. Every route is decided
/// here from the request's header alone — the path, the method (405 for a wrong one on a known
/// path) and the token (403) — before any of the body is read; handlers then read what they
/// need and call the Hub. Logs method, path, status and time, never headers or bodies.
class HubServer : public QObject {
    Q_OBJECT

public:
    explicit HubServer(Hub& hub, QObject* parent = nullptr);

    /// Listens with HTTPS when `tls` is given, else plain HTTP. Listening again moves the
    /// listener; open connections finish their requests.
    bool listen(const QHostAddress& address, quint16 port, const TlsCredentials* tls,
                QString* error);
    void stopListening();
    QUrl url() const { return m_url; }
    void setLimits(const HttpLimits& limits) { m_server.setLimits(limits); }

private:
    void handle(HttpExchange* exchange);
    void execute(HttpExchange* exchange, const QString& actionName, const QString& region);
    /// Reads a small body (an action list or form request) and then answers with `answer`.
    void answerAfterBody(HttpExchange* exchange, std::function<void(HttpExchange*)> answer);

    Hub& m_hub;
    HttpServer m_server;
    QUrl m_url;
};

} // namespace ActionDeck
