#include "http/httpserver.h"

#include "core/threadhandover.h"
#include "core/tlscredentials.h"
#include "http/httpservercore.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <future>
#include <optional>
#include <thread>

namespace ActionDeck {

namespace net = boost::asio;
using tcp = net::ip::tcp;
using boost::system::error_code;

struct HttpServer::Impl {
    Impl()
        : work(net::make_work_guard(io))
        , thread([this] { io.run(); }) {}

    ~Impl() { shutdown(); }

    /// Closes the acceptor and every session — those still writing an answer once it is
    /// written, for at most two seconds — then ends the network thread.
    void shutdown() {
        if (!thread.joinable())
            return;
        net::post(io, [this] {
            closeAcceptor();
            core.shuttingDown = true;
            if (!core.sessions.empty()) {
                // The grace timer keeps the loop only while a session is left.
                core.allClosed = [this] { grace.cancel(); };
                grace.expires_after(std::chrono::seconds(2));
                grace.async_wait([this](error_code) {
                    const auto sessions = core.sessions;
                    for (const auto& [raw, weak] : sessions) {
                        if (const auto session = weak.lock())
                            session->abandon();
                    }
                });
                for (auto& [raw, weak] : core.sessions) {
                    if (const auto session = weak.lock())
                        session->closeWhenWritten();
                }
            }
            work.reset();
        });
        thread.join();
    }

    /// Runs `f` on the network thread and waits for its result.
    template <class F> auto onNetwork(F f) {
        std::packaged_task<decltype(f())()> task(std::move(f));
        auto result = task.get_future();
        net::post(io, [&task] { task(); });
        return result.get();
    }

    void accept() {
        acceptor->async_accept([this](error_code ec, tcp::socket socket) {
            if (!acceptor || !acceptor->is_open())
                return;
            if (!ec) {
                startHttpSession(std::move(socket), tls, core);
                return accept();
            }
            // Out of descriptors (or another failure): try again shortly, not in a tight loop.
            retry.expires_after(std::chrono::milliseconds(200));
            retry.async_wait([this](error_code waited) {
                if (!waited && acceptor && acceptor->is_open())
                    accept();
            });
        });
    }

    void closeAcceptor() {
        retry.cancel();
        if (acceptor) {
            error_code ignored;
            acceptor->close(ignored);
        }
    }

    // Declared before the io_context so that sessions, destroyed with it, still find them.
    std::shared_ptr<net::ssl::context> tls;
    HttpServerCore core;
    net::io_context io{1};
    net::executor_work_guard<net::io_context::executor_type> work;
    std::optional<tcp::acceptor> acceptor;
    net::steady_timer retry{io};
    net::steady_timer grace{io};
    std::thread thread;
};

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
    , m_handler(std::move(handler)) {
    d->core.toQt = [this](std::function<void()> f) {
        QMetaObject::invokeMethod(this, handedOver(std::move(f)), Qt::QueuedConnection);
    };
    d->core.dispatch = [this](HttpRequestHead head, std::weak_ptr<HttpConnection> connection,
                              std::shared_ptr<HttpExchange::Link> link) {
        auto* exchange =
            new HttpExchange(std::move(head), std::move(connection), std::move(link), this);
        m_handler(exchange);
    };
}

HttpServer::~HttpServer() {
    d->shutdown();
    qDeleteAll(findChildren<HttpExchange*>(Qt::FindDirectChildrenOnly));
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, const TlsCredentials* tls,
                        QString* error) {
    stopListening();
    std::shared_ptr<net::ssl::context> context;
    if (tls) {
        context = std::make_shared<net::ssl::context>(net::ssl::context::tls_server);
        context->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                             net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                             net::ssl::context::no_tlsv1_1 | net::ssl::context::single_dh_use);
        const QByteArray chain = tls->chainPem();
        const QByteArray key = tls->keyPem();
        error_code ec;
        context->use_certificate_chain(net::buffer(chain.constData(), std::size_t(chain.size())),
                                       ec);
        if (!ec)
            context->use_private_key(net::buffer(key.constData(), std::size_t(key.size())),
                                     net::ssl::context::pem, ec);
        if (ec) {
            if (error)
                *error = QStringLiteral("cannot use the TLS certificate and key: %1")
                             .arg(QString::fromStdString(ec.message()));
            return false;
        }
    }
    const std::string host = address.toString().toStdString();
    std::string reason;
    const auto bound = d->onNetwork([&]() -> std::optional<quint16> {
        error_code ec;
        const auto ip = net::ip::make_address(host, ec);
        if (ec) {
            reason = "not an IP address";
            return std::nullopt;
        }
        tcp::acceptor acceptor(d->io);
        const tcp::endpoint endpoint(ip, port);
        acceptor.open(endpoint.protocol(), ec);
        if (!ec)
            acceptor.set_option(net::socket_base::reuse_address(true), ec);
        if (!ec)
            acceptor.bind(endpoint, ec);
        if (!ec)
            acceptor.listen(net::socket_base::max_listen_connections, ec);
        if (ec) {
            reason = ec.message();
            return std::nullopt;
        }
        const quint16 chosen = acceptor.local_endpoint().port();
        d->tls = std::move(context);
        d->acceptor.emplace(std::move(acceptor));
        d->accept();
        return chosen;
    });
    if (!bound) {
        if (error) {
            const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol
                                      ? u'[' + address.toString() + u']'
                                      : address.toString();
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(shown)
                         .arg(port)
                         .arg(QString::fromStdString(reason));
        }
        return false;
    }
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(*bound);
    m_url = url;
    return true;
}

void HttpServer::stopListening() {
    m_url.clear();
    d->onNetwork([this] {
        d->closeAcceptor();
        d->acceptor.reset();
        return true;
    });
}

void HttpServer::setLimits(const HttpLimits& limits) {
    std::vector<net::ip::address> proxies;
    for (const QHostAddress& proxy : limits.trustedProxies) {
        error_code ec;
        const auto address = net::ip::make_address(proxy.toString().toStdString(), ec);
        if (!ec)
            proxies.push_back(address);
    }
    d->onNetwork([this, limits, proxies = std::move(proxies)]() mutable {
        d->core.limits = limits;
        d->core.trustedProxies = std::move(proxies);
        d->core.limiter.setLimits(limits.maxConnections, limits.maxConnectionsPerAddress);
        return true;
    });
}

int HttpServer::openConnections() const {
    return d->onNetwork([this] { return d->core.limiter.open(); });
}

} // namespace ActionDeck
