// One connection of the HTTP front, on the network thread: reads each request's header within a
// time limit, hands it to the Qt side, reads the body only when asked and only as fast as the Qt
// side takes it, and writes the answers it is given.
#include "http/clientaddress.h"
#include "http/httprequestparser.h"
#include "http/httpservercore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <boost/asio/post.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <deque>
#include <optional>
#include <sstream>

namespace ActionDeck {

namespace net = boost::asio;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;
using boost::system::error_code;

namespace {

/// How much of a body is read ahead of what the Qt side has taken.
constexpr qint64 kReadAheadBytes = 1 << 20;
constexpr std::size_t kBodyPieceBytes = 256 * 1024;

/// "30 s", "0.3 s": a limit as the messages say it.
std::string seconds(int ms) {
    if (ms % 1000 == 0)
        return std::to_string(ms / 1000) + " s";
    return QString::number(ms / 1000.0, 'g', 3).toStdString() + " s";
}

template <class Stream>
class HttpSession : public HttpConnection,
                    public std::enable_shared_from_this<HttpSession<Stream>> {
public:
    template <class... Args>
    HttpSession(HttpServerCore& core, std::shared_ptr<net::ssl::context> tls, tcp::endpoint peer,
                Args&&... stream)
        : m_core(core)
        , m_tls(std::move(tls))
        , m_stream(std::forward<Args>(stream)...)
        , m_timer(m_stream.get_executor())
        , m_writeTimer(m_stream.get_executor())
        , m_peer(ClientAddress::normalized(peer.address()))
        , m_peerKey(m_peer.to_string()) {}

    ~HttpSession() override { releaseSlots(); }

    void start(bool proxy) {
        m_peerIsProxy = proxy;
        // A session owns itself until it closes, and so always dies on the network thread.
        m_self = this->shared_from_this();
        m_core.sessions.emplace(this, m_self);
        // The TLS handshake and the first header share one header timeout.
        m_firstHeaderDeadline = std::chrono::steady_clock::now() +
                                std::chrono::milliseconds(m_core.limits.headerTimeoutMs);
        armTimer(m_core.limits.headerTimeoutMs);
        if constexpr (isTls) {
            m_stream.async_handshake(net::ssl::stream_base::server,
                                     [self = this->shared_from_this()](error_code ec) {
                                         self->cancelTimer();
                                         if (ec)
                                             return self->close();
                                         self->readHeader(true);
                                     });
        } else {
            readHeader(true);
        }
    }

    // HttpConnection: called on the Qt thread, carried out here.
    void readBody(qint64 maxBytes) override {
        onNetwork([maxBytes](HttpSession& self) { self.startBody(maxBytes); });
    }
    void bodyConsumed(qint64 bytes) override {
        onNetwork([bytes](HttpSession& self) {
            self.m_unconsumed -= bytes;
            self.readSomeBody();
        });
    }
    void respond(int status, HttpFields fields, QByteArray body) override {
        onNetwork([status, fields = std::move(fields), body = std::move(body)](HttpSession& self) {
            self.writeAnswer(status, fields, body);
        });
    }
    void beginStream(int status, HttpFields fields) override {
        onNetwork([status, fields = std::move(fields)](HttpSession& self) {
            self.writeStreamHead(status, fields);
        });
    }
    void writeStream(QByteArray data) override {
        onNetwork([data = std::move(data)](HttpSession& self) {
            if (data.isEmpty() || !self.m_streaming)
                return;
            std::string chunk = QByteArray::number(data.size(), 16).toStdString() + "\r\n";
            chunk.append(data.constData(), std::size_t(data.size()));
            chunk += "\r\n";
            self.queueWrite(std::move(chunk));
        });
    }
    void abandon() override {
        onNetwork([](HttpSession& self) { self.close(); });
    }
    void closeWhenWritten() override {
        onNetwork([](HttpSession& self) {
            if (self.m_writing || !self.m_writes.empty())
                self.m_closeAfterWrites = true;
            else
                self.close();
        });
    }
    void endStream() override {
        onNetwork([](HttpSession& self) {
            if (!self.m_streaming)
                return;
            self.m_streaming = false;
            self.queueWrite("0\r\n\r\n");
            self.m_answerComplete = true;
            self.afterWrites();
        });
    }

private:
    static constexpr bool isTls = std::is_same_v<Stream, net::ssl::stream<tcp::socket>>;

    tcp::socket& socket() { return boost::beast::get_lowest_layer(m_stream); }
    char* piece() {
        if (!m_pieceBuffer)
            m_pieceBuffer.reset(new char[kBodyPieceBytes]);
        return m_pieceBuffer.get();
    }

    template <class F> void onNetwork(F f) {
        net::post(m_stream.get_executor(),
                  [self = this->shared_from_this(), f = std::move(f)]() mutable {
                      if (!self->m_closed)
                          f(*self);
                  });
    }

    /// Runs `f` on the Qt side with this request's exchange, if it still exists.
    template <class F> void toExchange(F f) {
        if (!m_link)
            return;
        m_core.toQt([link = m_link, f = std::move(f)]() mutable {
            if (link->exchange)
                f(*link->exchange);
        });
    }

    void armTimer(int ms) {
        const unsigned generation = ++m_timerGeneration;
        m_timedOut = false;
        m_timer.expires_after(std::chrono::milliseconds(ms));
        m_timer.async_wait([self = this->shared_from_this(), generation](error_code ec) {
            if (ec || generation != self->m_timerGeneration || self->m_closed)
                return;
            self->m_timedOut = true;
            if (self->m_draining)
                return self->close();
            // The pending read ends (end of stream) and sees m_timedOut; a write under way (a
            // streamed answer) is left alone.
            error_code ignored;
            self->socket().shutdown(tcp::socket::shutdown_receive, ignored);
        });
    }
    void cancelTimer() {
        ++m_timerGeneration;
        m_timer.cancel();
    }

    void readHeader(bool first) {
        resetRequestParser(m_parser, m_core.limits);
        m_link.reset();
        m_keepAlive = true;
        m_bodyStarted = m_bodyDone = m_bodyFailed = m_answerComplete = m_streaming = false;
        m_bodyRead = m_unconsumed = 0;
        releaseRequestSlot();
        const auto firstLeft = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   m_firstHeaderDeadline - std::chrono::steady_clock::now())
                                   .count();
        armTimer(first                 ? int(std::max<qint64>(1, firstLeft))
                 : m_buffer.size() > 0 ? m_core.limits.headerTimeoutMs
                                       : m_core.limits.keepAliveTimeoutMs);
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = this->shared_from_this()](error_code ec, std::size_t) {
                                    self->cancelTimer();
                                    self->onHeader(ec);
                                });
    }

    void onHeader(error_code ec) {
        if (ec) {
            if (m_timedOut && m_buffer.size() > 0)
                return refuse(408,
                              "The request header did not arrive within " +
                                  seconds(m_core.limits.headerTimeoutMs) + ".",
                              false);
            if (ec == http::error::header_limit)
                return refuse(431, "The request header is over " +
                                       std::to_string(m_core.limits.maxHeaderBytes / 1024) +
                                       " KB.");
            if (ec == http::error::end_of_stream || ec == net::error::eof ||
                ec == net::error::connection_reset || ec == net::error::operation_aborted ||
                ec == http::error::partial_message)
                return close();
            return refuse(400, "The request is not valid HTTP: " + ec.message() + ".");
        }
        auto parsed = requestHeadOf(*m_parser, m_core.limits);
        if (const auto* refusal = std::get_if<HttpHeadRefusal>(&parsed))
            return refuse(refusal->status, refusal->reason);
        HttpRequestHead head = std::get<HttpRequestHead>(std::move(parsed));
        head.peer = ClientAddress::toQt(m_peer);
        head.client = head.peer;
        const auto& request = m_parser->get();
        m_keepAlive = request.keep_alive();
        m_hasBody = !m_parser->is_done();
        if (m_peerIsProxy) {
            const auto client = ClientAddress::forwardedFor(head, m_core);
            if (client) {
                head.client = ClientAddress::toQt(*client);
                m_requestKey = client->to_string();
                if (m_core.limiter.admit(m_requestKey, false) !=
                    ConnectionLimiter::Verdict::Admitted) {
                    m_requestKey.clear();
                    return refuse(503, "Too many connections from " + client->to_string() + ".");
                }
            }
        }
        m_link = std::make_shared<HttpExchange::Link>();
        // Weak: a queued call must never be what keeps a session alive on the Qt side.
        std::weak_ptr<HttpConnection> self = this->shared_from_this();
        m_core.toQt([dispatch = m_core.dispatch, head = std::move(head), self = std::move(self),
                     link = m_link]() mutable { dispatch(std::move(head), self, link); });
    }

    void startBody(qint64 maxBytes) {
        if (m_bodyStarted || m_answerComplete)
            return;
        m_bodyStarted = true;
        m_maxBody = maxBytes;
        if (!m_hasBody) {
            m_bodyDone = true;
            toExchange([](HttpExchange& exchange) { exchange.deliverBodyEnd(); });
            return;
        }
        if (const auto length = m_parser->content_length(); length && qint64(*length) > maxBytes)
            return failBody(413, tooLarge());
        if (boost::beast::iequals(m_parser->get()[http::field::expect], "100-continue"))
            queueWrite("HTTP/1.1 100 Continue\r\n\r\n");
        readSomeBody();
    }

    std::string tooLarge() const {
        return "The request body is over this hub's limit of " + std::to_string(m_maxBody >> 20) +
               " MB.";
    }

    void readSomeBody() {
        if (!m_bodyStarted || m_bodyDone || m_bodyFailed || m_reading || m_draining ||
            m_unconsumed >= kReadAheadBytes)
            return;
        auto& body = m_parser->get().body();
        body.data = piece();
        body.size = kBodyPieceBytes;
        m_reading = true;
        armTimer(m_core.limits.bodyIdleTimeoutMs);
        http::async_read_some(m_stream, m_buffer, *m_parser,
                              [self = this->shared_from_this()](error_code ec, std::size_t) {
                                  self->m_reading = false;
                                  if (self->m_closed)
                                      return;
                                  // An answer came while this read was pending: drain instead.
                                  if (self->m_draining)
                                      return self->drainSome();
                                  self->cancelTimer();
                                  self->onBody(ec);
                              });
    }

    void onBody(error_code ec) {
        if (ec == http::error::need_buffer)
            ec = {};
        const std::size_t got = kBodyPieceBytes - m_parser->get().body().size;
        if (got > 0) {
            m_bodyRead += qint64(got);
            if (m_bodyRead > m_maxBody)
                return failBody(413, tooLarge());
            m_unconsumed += qint64(got);
            toExchange(
                [piece = QByteArray(piece(), qsizetype(got))](HttpExchange& exchange) mutable {
                    exchange.deliverBodyData(std::move(piece));
                });
        }
        if (ec) {
            if (m_timedOut)
                return failBody(408, "The request body stalled: nothing arrived for " +
                                         seconds(m_core.limits.bodyIdleTimeoutMs) + ".");
            if (ec == http::error::partial_message || ec == net::error::eof ||
                ec == net::error::connection_reset)
                return failBody(400, "The request body ended after " + std::to_string(m_bodyRead) +
                                         " bytes, before its end.");
            return failBody(400, "The request body is not valid HTTP: " + ec.message() + ".");
        }
        if (m_parser->is_done()) {
            m_bodyDone = true;
            toExchange([](HttpExchange& exchange) { exchange.deliverBodyEnd(); });
            return;
        }
        readSomeBody();
    }

    void failBody(int status, std::string reason) {
        m_bodyFailed = true;
        m_keepAlive = false;
        toExchange([status, reason = QString::fromStdString(reason)](HttpExchange& exchange) {
            exchange.deliverBodyFailure(status, reason);
        });
    }

    /// An answer from the network side itself (no exchange): a JSON error, then close, after
    /// draining what the client still sends when `drainAfter`.
    void refuse(int status, const std::string& message, bool drainAfter = true) {
        m_keepAlive = false;
        m_hasBody = drainAfter;
        m_bodyDone = false;
        QJsonObject body{{QStringLiteral("success"), false},
                         {QStringLiteral("error"), QString::fromStdString(message)}};
        writeAnswer(status,
                    {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    void writeAnswer(int status, const HttpFields& fields, const QByteArray& body) {
        if (m_answerComplete || m_streaming)
            return;
        http::response<http::string_body> response{http::int_to_status(unsigned(status)), 11};
        for (const auto& [name, value] : fields)
            response.set(boost::beast::string_view(name.constData(), std::size_t(name.size())),
                         boost::beast::string_view(value.constData(), std::size_t(value.size())));
        response.body().assign(body.constData(), std::size_t(body.size()));
        // The connection stays only when the request was read to its end.
        if (m_hasBody && !m_bodyDone)
            m_keepAlive = false;
        response.keep_alive(m_keepAlive);
        response.prepare_payload();
        std::ostringstream text;
        text << response;
        queueWrite(std::move(text).str());
        m_answerComplete = true;
        afterWrites();
    }

    void writeStreamHead(int status, const HttpFields& fields) {
        if (m_answerComplete || m_streaming)
            return;
        http::response<http::empty_body> response{http::int_to_status(unsigned(status)), 11};
        for (const auto& [name, value] : fields)
            response.set(boost::beast::string_view(name.constData(), std::size_t(name.size())),
                         boost::beast::string_view(value.constData(), std::size_t(value.size())));
        response.chunked(true);
        // The connection stays open after the stream when the body was read to its end.
        response.keep_alive(m_keepAlive);
        std::ostringstream text;
        text << response.base();
        m_streaming = true;
        queueWrite(std::move(text).str());
    }

    void queueWrite(std::string bytes) {
        m_writes.push_back(std::move(bytes));
        if (!m_writing)
            writeNext();
    }

    void writeNext() {
        if (m_writes.empty()) {
            m_writing = false;
            if (m_closeAfterWrites)
                return close();
            afterWrites();
            return;
        }
        m_writing = true;
        // A client that takes nothing of an answer for the idle timeout is closed: else one that
        // never reads would hold its connection for ever.
        m_writeTimer.expires_after(std::chrono::milliseconds(m_core.limits.bodyIdleTimeoutMs));
        m_writeTimer.async_wait([self = this->shared_from_this()](error_code ec) {
            if (!ec && self->m_writing)
                self->close();
        });
        net::async_write(m_stream, net::buffer(m_writes.front()),
                         [self = this->shared_from_this()](error_code ec, std::size_t) {
                             self->m_writeTimer.cancel();
                             if (self->m_closed)
                                 return;
                             const qsizetype written = qsizetype(self->m_writes.front().size());
                             self->m_writes.pop_front();
                             // Streamed answers: the exchange knows how much is still queued.
                             if (self->m_streaming)
                                 self->toExchange([written](HttpExchange& exchange) {
                                     exchange.deliverWritten(written);
                                 });
                             if (ec) {
                                 self->m_writes.clear();
                                 self->m_writing = false;
                                 return self->close();
                             }
                             self->writeNext();
                         });
    }

    /// Once the whole answer is written: the next request, or drain and close.
    void afterWrites() {
        if (!m_answerComplete || m_writing || !m_writes.empty() || m_closed || m_draining)
            return;
        toExchange([](HttpExchange& exchange) { exchange.deliverDone(); });
        m_link.reset();
        if (m_keepAlive && (!m_hasBody || m_bodyDone))
            return readHeader(false);
        if (m_hasBody && !m_bodyDone)
            return drain();
        close();
    }

    /// The client may still be sending a body nobody will read: take and drop it for a while
    /// so that it reads the answer, rather than a reset, then close.
    void drain() {
        m_draining = true;
        if constexpr (!isTls) {
            error_code ignored;
            socket().shutdown(tcp::socket::shutdown_send, ignored);
        }
        armTimer(m_core.limits.drainTimeoutMs);
        error_code ignored;
        if (m_reading)
            socket().cancel(ignored); // the body read ends and starts draining
        else
            drainSome();
    }
    void drainSome() {
        m_stream.async_read_some(net::buffer(piece(), kBodyPieceBytes),
                                 [self = this->shared_from_this()](error_code ec, std::size_t n) {
                                     self->m_drained += qint64(n);
                                     if (ec || self->m_drained > self->m_core.limits.drainMaxBytes)
                                         return self->close();
                                     self->drainSome();
                                 });
    }

    void close() {
        if (m_closed)
            return;
        m_closed = true;
        m_core.sessions.erase(this);
        if (m_core.shuttingDown && m_core.sessions.empty() && m_core.allClosed)
            std::exchange(m_core.allClosed, {})();
        cancelTimer();
        m_writeTimer.cancel();
        error_code ignored;
        socket().shutdown(tcp::socket::shutdown_both, ignored);
        socket().close(ignored);
        toExchange([](HttpExchange& exchange) {
            exchange.deliverGone();
            exchange.deliverDone();
        });
        m_link.reset();
        releaseSlots();
        // Last: may destroy this session once the handler that called close() returns.
        net::post(m_stream.get_executor(), [self = std::move(m_self)] {});
    }

    void releaseRequestSlot() {
        if (!m_requestKey.empty()) {
            m_core.limiter.release(m_requestKey, false);
            m_requestKey.clear();
        }
    }
    void releaseSlots() {
        releaseRequestSlot();
        if (m_slotReleased)
            return;
        m_slotReleased = true;
        if (m_peerIsProxy)
            m_core.limiter.releaseUncounted();
        else
            m_core.limiter.release(m_peerKey);
    }

    HttpServerCore& m_core;
    std::shared_ptr<net::ssl::context> m_tls; ///< outlives m_stream, which uses it
    std::shared_ptr<HttpSession> m_self;
    Stream m_stream;
    net::steady_timer m_timer;
    net::steady_timer m_writeTimer;
    unsigned m_timerGeneration = 0;
    std::chrono::steady_clock::time_point m_firstHeaderDeadline;
    bool m_timedOut = false;
    net::ip::address m_peer;
    std::string m_peerKey;
    std::string m_requestKey; ///< a proxied client's slot for this request
    bool m_peerIsProxy = false;
    bool m_slotReleased = false;

    boost::beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::buffer_body>> m_parser;
    std::unique_ptr<char[]> m_pieceBuffer; ///< allocated when a body or a drain needs it
    std::shared_ptr<HttpExchange::Link> m_link;

    bool m_keepAlive = true;
    bool m_hasBody = false;
    bool m_bodyStarted = false;
    bool m_bodyDone = false;
    bool m_bodyFailed = false;
    bool m_reading = false;
    qint64 m_maxBody = 0;
    qint64 m_bodyRead = 0;
    qint64 m_unconsumed = 0;

    std::deque<std::string> m_writes;
    bool m_writing = false;
    bool m_streaming = false;
    bool m_answerComplete = false;
    bool m_closeAfterWrites = false; ///< the server is shutting down
    bool m_draining = false;
    qint64 m_drained = 0;
    bool m_closed = false;
};

} // namespace

void startHttpSession(tcp::socket socket, std::shared_ptr<net::ssl::context> tls,
                      HttpServerCore& core) {
    error_code ec;
    const tcp::endpoint peer = socket.remote_endpoint(ec);
    if (ec)
        return;
    socket.set_option(tcp::no_delay(true), ec);
    const bool proxy = core.isTrustedProxy(ClientAddress::normalized(peer.address()));
    const std::string key = ClientAddress::normalized(peer.address()).to_string();
    if (proxy ? !core.limiter.admitUncounted()
              : core.limiter.admit(key) != ConnectionLimiter::Verdict::Admitted) {
        // Over a limit: closed at once, before anything is read or allocated for it.
        socket.close(ec);
        return;
    }
    if (tls) {
        net::ssl::context& context = *tls;
        std::make_shared<HttpSession<net::ssl::stream<tcp::socket>>>(core, std::move(tls), peer,
                                                                     std::move(socket), context)
            ->start(proxy);
    } else {
        std::make_shared<HttpSession<tcp::socket>>(core, nullptr, peer, std::move(socket))
            ->start(proxy);
    }
}

} // namespace ActionDeck
