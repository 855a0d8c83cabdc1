#include "http/httpexchange.h"

namespace ActionDeck {

HttpExchange::HttpExchange(HttpRequestHead head, std::weak_ptr<HttpConnection> connection,
                           std::shared_ptr<Link> link, QObject* parent)
    : QObject(parent)
    , m_head(std::move(head))
    , m_connection(std::move(connection))
    , m_link(std::move(link)) {
    m_link->exchange = this;
}

HttpExchange::~HttpExchange() {
    m_link->exchange = nullptr;
    if (!m_answered && !m_gone)
        withConnection([](HttpConnection& connection) { connection.abandon(); });
}

void HttpExchange::readBody(qint64 maxBytes) {
    // Once answered, the connection may already be reading its next request.
    if (!m_gone && !m_answered)
        withConnection([maxBytes](HttpConnection& connection) { connection.readBody(maxBytes); });
}

void HttpExchange::pauseBody() {
    m_paused = true;
}

void HttpExchange::resumeBody() {
    if (!m_paused)
        return;
    m_paused = false;
    // On the next turn: resuming is often asked from inside the work the held pieces feed.
    QMetaObject::invokeMethod(this, &HttpExchange::flushHeld, Qt::QueuedConnection);
}

void HttpExchange::respond(int status, const QByteArray& contentType, const QByteArray& body,
                           HttpFields fields) {
    if (!isOpen())
        return;
    m_answered = true;
    fields.prepend({QByteArrayLiteral("Content-Type"), contentType});
    withConnection(
        [&](HttpConnection& connection) { connection.respond(status, std::move(fields), body); });
}

void HttpExchange::beginStream(int status, const QByteArray& contentType, HttpFields fields) {
    if (!isOpen())
        return;
    fields.prepend({QByteArrayLiteral("Content-Type"), contentType});
    withConnection(
        [&](HttpConnection& connection) { connection.beginStream(status, std::move(fields)); });
}

void HttpExchange::writeStream(const QByteArray& data) {
    if (!isOpen() || data.isEmpty())
        return;
    // Counted with its chunk framing, as the session reports it written.
    m_pendingWrite += data.size() + QByteArray::number(data.size(), 16).size() + 4;
    withConnection([&](HttpConnection& connection) { connection.writeStream(data); });
}

void HttpExchange::endStream() {
    if (!isOpen())
        return;
    m_answered = true;
    withConnection([](HttpConnection& connection) { connection.endStream(); });
}

void HttpExchange::deliverBodyData(QByteArray piece) {
    // Behind held pieces too: a resume flushes them on the next turn, and order must hold.
    if (m_paused || !m_held.isEmpty()) {
        m_held.append(std::move(piece));
        return;
    }
    handOver(piece);
}

void HttpExchange::handOver(const QByteArray& piece) {
    emit bodyData(piece);
    consumed(piece.size());
}

void HttpExchange::deliverBodyEnd() {
    m_bodyEnded = true;
    if (!m_paused && m_held.isEmpty())
        emitBodyEnd();
}

void HttpExchange::deliverBodyFailure(int status, QString reason) {
    m_held.clear();
    emit bodyFailed(status, reason);
}

void HttpExchange::deliverGone() {
    if (m_gone)
        return;
    m_gone = true;
    if (!m_answered)
        emit clientGone();
}

void HttpExchange::deliverWritten(qint64 bytes) {
    m_pendingWrite = std::max<qint64>(0, m_pendingWrite - bytes);
}

void HttpExchange::deliverDone() {
    m_gone = true;
    deleteLater();
}

void HttpExchange::flushHeld() {
    while (!m_held.isEmpty() && !m_paused) {
        handOver(m_held.takeFirst());
    }
    if (m_held.isEmpty() && !m_paused && m_bodyEnded)
        emitBodyEnd();
}

void HttpExchange::consumed(qint64 bytes) {
    // After the answer the credit would count against the connection's next request.
    if (!m_answered)
        withConnection([bytes](HttpConnection& connection) { connection.bodyConsumed(bytes); });
}

void HttpExchange::emitBodyEnd() {
    if (m_bodyEndEmitted)
        return;
    m_bodyEndEmitted = true;
    emit bodyEnd();
}

} // namespace ActionDeck
