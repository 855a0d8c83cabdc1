#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

namespace ActionDeck {

class Hub;

/// The Looker Action API over HTTP (SPEC section 2). Every route is registered in this class;
/// one wrapper checks the token, maps errors to statuses and logs without secrets; handlers turn
/// the request into values and call the Hub.
class HubServer : public QObject {
    Q_OBJECT

public:
    explicit HubServer(Hub& hub, QObject* parent = nullptr);

    /// Listens with HTTPS when `tls` is given, else plain HTTP.
    bool listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls,
                QString* error);
    void stopListening();
    QUrl url() const { return m_url; }

private:
    void registerRoutes();

    Hub& m_hub;
    QHttpServer m_server;
    QUrl m_url;
};

} // namespace ActionDeck
