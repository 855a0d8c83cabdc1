#pragma once

#include "http/httpconnection.h"
#include "http/httprequesthead.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace ActionDeck {

/// One request and its answer, on the Qt side of the HTTP front. It arrives with the header
/// only: a handler checks the route and the token from head(), then answers at once or asks for
/// the body, which comes in pieces (bodyData) with back-pressure: the front reads at most a
/// bounded amount ahead of the pieces handled, and not at all while paused. Deletes itself once
/// the answer is written or the client has gone.
class HttpExchange : public QObject {
    Q_OBJECT

public:
    /// Carries the network side's events to this exchange while it exists (Qt thread only).
    struct Link {
        HttpExchange* exchange = nullptr;
    };

    HttpExchange(HttpRequestHead head, std::weak_ptr<HttpConnection> connection,
                 std::shared_ptr<Link> link, QObject* parent = nullptr);
    ~HttpExchange() override;

    const HttpRequestHead& head() const { return m_head; }

    void readBody(qint64 maxBytes);
    /// While paused, pieces already read are held back and no more is read; the body's idle
    /// timeout does not run.
    void pauseBody();
    void resumeBody();

    void respond(int status, const QByteArray& contentType, const QByteArray& body,
                 HttpFields fields = {});
    void beginStream(int status, const QByteArray& contentType, HttpFields fields = {});
    void writeStream(const QByteArray& data);
    void endStream();

    /// False once an answer is complete or the client has gone: further writes do nothing.
    bool isOpen() const { return !m_answered && !m_gone; }
    /// Bytes of a streamed answer handed to writeStream and not yet written to the socket: how
    /// far a slow client is behind.
    qint64 pendingWriteBytes() const { return m_pendingWrite; }

    // Called by the network side through Link, on the Qt thread.
    void deliverBodyData(QByteArray piece);
    void deliverBodyEnd();
    void deliverBodyFailure(int status, QString reason);
    void deliverGone();
    void deliverDone();
    void deliverWritten(qint64 bytes);

signals:
    void bodyData(const QByteArray& piece);
    void bodyEnd();
    /// The body can not be read to its end: 400 (malformed, cut off), 408 (stalled) or 413
    /// (over the limit), with a sentence that says why. The handler still answers.
    void bodyFailed(int status, const QString& reason);
    /// The client went away before the answer was complete.
    void clientGone();

private:
    void flushHeld();
    void handOver(const QByteArray& piece);
    void emitBodyEnd();
    void consumed(qint64 bytes);
    template <class F> void withConnection(F f) {
        if (const auto connection = m_connection.lock())
            f(*connection);
    }

    HttpRequestHead m_head;
    /// Weak: a connection lives on the network thread until it closes, and dies there.
    std::weak_ptr<HttpConnection> m_connection;
    std::shared_ptr<Link> m_link;
    QList<QByteArray> m_held; ///< pieces read while paused
    bool m_paused = false;
    bool m_bodyEnded = false;
    bool m_bodyEndEmitted = false;
    bool m_answered = false;
    bool m_gone = false;
    qint64 m_pendingWrite = 0;
};

} // namespace ActionDeck
