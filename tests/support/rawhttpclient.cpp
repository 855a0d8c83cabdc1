#include "rawhttpclient.h"

#include "waituntil.h"

namespace ActionDeck::TestSupport {

QByteArray RawHttpClient::Response::field(const QByteArray& name) const {
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool RawHttpClient::connect(quint16 port, const QHostAddress& from, int timeoutMs) {
    if (!from.isNull() && !m_socket.bind(from))
        return false;
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(timeoutMs);
}

bool RawHttpClient::write(const QByteArray& bytes) {
    if (m_socket.write(bytes) != bytes.size())
        return false;
    // The server may answer and close before all of it is sent: that is for read() to see.
    waitUntil([&] { return m_socket.bytesToWrite() == 0 || !isConnected(); }, 10000);
    return true;
}

std::optional<RawHttpClient::Response> RawHttpClient::read(int timeoutMs) {
    std::optional<Response> response;
    waitUntil(
        [&] {
            m_buffer += m_socket.readAll();
            response = parse();
            return response.has_value() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!response) {
        m_buffer += m_socket.readAll();
        response = parse();
    }
    return response;
}

bool RawHttpClient::waitClosed(int timeoutMs) {
    return waitUntil(
        [&] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

std::optional<RawHttpClient::Response> RawHttpClient::parse() {
    // A 100 Continue before the answer is skipped.
    while (m_buffer.startsWith("HTTP/1.1 100")) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        m_buffer.remove(0, end + 4);
    }
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    Response response;
    response.head = m_buffer.left(headEnd);
    const QList<QByteArray> statusLine = response.head.left(response.head.indexOf('\r')).split(' ');
    response.status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
    qsizetype at = headEnd + 4;
    if (response.field("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) == 0) {
        while (true) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return std::nullopt;
            bool ok = false;
            const qsizetype size = m_buffer.mid(at, lineEnd - at).trimmed().toLongLong(&ok, 16);
            if (!ok || m_buffer.size() < lineEnd + 2 + size + 2)
                return std::nullopt;
            if (size == 0) {
                at = lineEnd + 4;
                break;
            }
            response.body += m_buffer.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    } else {
        const qsizetype length = response.field("Content-Length").toLongLong();
        if (m_buffer.size() < at + length)
            return std::nullopt;
        response.body = m_buffer.mid(at, length);
        at += length;
    }
    m_buffer.remove(0, at);
    return response;
}

} // namespace ActionDeck::TestSupport
