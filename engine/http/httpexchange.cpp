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
    if (!m_gone)
        withConnection([maxBytes](HttpConnection& connection) { connection.readBody(maxBytes); });
}

void HttpExchange::pauseBody() {
    m_paused = true;
}

void HttpExchange::resumeBody() {
    if (!m_paused)
        return;
    m_paused = false;
    flushHeld();
}

void HttpExchange::respond(int status, const QByteArray& contentType, const QByteArray& body,
                           HttpFields fields) {
    if (!isOpen())
        return;
    m_answered = true;
    m_status = status;
    fields.prepend({QByteArrayLiteral("Content-Type"), contentType});
    withConnection(
        [&](HttpConnection& connection) { connection.respond(status, std::move(fields), body); });
}

void HttpExchange::beginStream(int status, const QByteArray& contentType, HttpFields fields) {
    if (!isOpen())
        return;
    m_status = status;
    fields.prepend({QByteArrayLiteral("Content-Type"), contentType});
    withConnection(
        [&](HttpConnection& connection) { connection.beginStream(status, std::move(fields)); });
}

void HttpExchange::writeStream(const QByteArray& data) {
    if (isOpen())
        withConnection([&](HttpConnection& connection) { connection.writeStream(data); });
}

void HttpExchange::endStream() {
    if (!isOpen())
        return;
    m_answered = true;
    withConnection([](HttpConnection& connection) { connection.endStream(); });
}

void HttpExchange::deliverBodyData(QByteArray piece) {
    if (m_paused) {
        m_held.append(std::move(piece));
        return;
    }
    m_bodyBytes += piece.size();
    const qint64 size = piece.size();
    emit bodyData(piece);
    withConnection([size](HttpConnection& connection) { connection.bodyConsumed(size); });
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

void HttpExchange::deliverDone() {
    m_gone = true;
    deleteLater();
}

void HttpExchange::flushHeld() {
    while (!m_held.isEmpty() && !m_paused) {
        QByteArray piece = m_held.takeFirst();
        m_bodyBytes += piece.size();
        const qint64 size = piece.size();
        emit bodyData(piece);
        withConnection([size](HttpConnection& connection) { connection.bodyConsumed(size); });
    }
    if (m_held.isEmpty() && !m_paused && m_bodyEnded)
        emitBodyEnd();
}

void HttpExchange::emitBodyEnd() {
    if (m_bodyEndEmitted)
        return;
    m_bodyEndEmitted = true;
    emit bodyEnd();
}

} // namespace ActionDeck
