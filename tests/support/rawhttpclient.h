#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

#include <optional>

namespace ActionDeck::TestSupport {

/// A TCP client that writes requests byte by byte as a test wants them (half a request line, a
/// body that stalls, a header of 20 KB) and reads the answer as it comes.
class RawHttpClient {
public:
    struct Response {
        int status = 0;
        QByteArray head; ///< status line and fields
        QByteArray body; ///< de-chunked
        QByteArray field(const QByteArray& name) const;
    };

    /// Connects from `from` (e.g. 127.0.0.2) when given; false when the connection failed.
    bool connect(quint16 port, const QHostAddress& from = {}, int timeoutMs = 5000);
    /// Writes and waits until the bytes are sent or the connection closed; false when the
    /// socket would not take them.
    bool write(const QByteArray& bytes);
    /// The next complete answer (Content-Length or chunked); nullopt on timeout or close first.
    std::optional<Response> read(int timeoutMs = 5000);
    /// True once the server has closed the connection (within the time given).
    bool waitClosed(int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket& socket() { return m_socket; }

private:
    std::optional<Response> parse();

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace ActionDeck::TestSupport
