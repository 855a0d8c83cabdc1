#pragma once

#include "http/httpexchange.h"
#include "http/httplimits.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace ActionDeck {

class TlsCredentials;

/// The hub's HTTP front (Boost.Beast on a network thread of its own): HTTP/1.1 with keep-alive,
/// chunked bodies and `Expect: 100-continue`, TLS through OpenSSL, every limit of HttpLimits
/// enforced before a byte of a body is read. Each request's header is handed to the handler on
/// this object's (Qt) thread as an HttpExchange.
class HttpServer : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<void(HttpExchange*)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    /// Listens with HTTPS when `tls` is given, else plain HTTP; port 0 picks a free port.
    bool listen(const QHostAddress& address, quint16 port, const TlsCredentials* tls,
                QString* error);
    /// Accepts no new connections; open ones finish their requests.
    void stopListening();
    bool isListening() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }

    /// Applies to connections and requests from now on.
    void setLimits(const HttpLimits& limits);
    /// Open connections (for tests and /status); read from the network thread.
    int openConnections() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Handler m_handler;
    QUrl m_url;
};

} // namespace ActionDeck
