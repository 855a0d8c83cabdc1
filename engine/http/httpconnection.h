#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace ActionDeck {

using HttpFields = QList<std::pair<QByteArray, QByteArray>>;

/// What an HttpExchange asks of the connection its request came on. Implemented on the network
/// thread; every call may come from the Qt side and is carried out there, in call order.
class HttpConnection {
public:
    virtual ~HttpConnection() = default;

    /// Starts reading the body (after a `100 Continue` when the client asked for one). A body
    /// announced or growing over `maxBytes` fails with 413 without being read further.
    virtual void readBody(qint64 maxBytes) = 0;
    /// The Qt side is done with `bytes` of the body delivered so far: the connection reads at
    /// most a bounded amount ahead of that (back-pressure).
    virtual void bodyConsumed(qint64 bytes) = 0;
    /// One whole answer. When the body was not read to its end the connection then closes,
    /// after dropping what the client still sends for a bounded time and amount.
    virtual void respond(int status, HttpFields fields, QByteArray body) = 0;
    /// A chunked answer written as it is made; the connection closes after endStream().
    virtual void beginStream(int status, HttpFields fields) = 0;
    virtual void writeStream(QByteArray data) = 0;
    virtual void endStream() = 0;
    /// Closes without (more of) an answer: the exchange went away before answering.
    virtual void abandon() = 0;
    /// Closes once what is queued is written (the server is shutting down).
    virtual void closeWhenWritten() = 0;
};

} // namespace ActionDeck
