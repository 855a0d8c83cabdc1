#include "testsink.h"

#include "core/gzip.h"
#include "loopbackhttprequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ActionDeck::TestSupport {

TestSink::TestSink(QObject* parent)
    : QObject(parent) {
    // A child, so that moving the sink to another thread moves its server too.
    m_server.setParent(this);
    connect(&m_server, &QTcpServer::newConnection, this, &TestSink::accept);
}

TestSink::~TestSink() {
    // The sockets would otherwise report their disconnection to a half-destroyed sink.
    m_server.close();
    for (QTcpSocket* socket : std::as_const(m_sockets)) {
        socket->disconnect(this);
        delete socket;
    }
}

bool TestSink::listen() {
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QString TestSink::url() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void TestSink::refuse() {
    m_server.close();
}

bool TestSink::resume() {
    return m_server.isListening() || listen();
}

void TestSink::accept() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_sockets.removeOne(socket);
            socket->deleteLater();
        });
    }
}

void TestSink::readFrom(QTcpSocket* socket) {
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (auto read = LoopbackHttpRequest::take(buffer)) {
        Request request;
        request.method = read->method;
        request.path = read->path;
        request.headers = read->headers;
        QByteArray body = read->body;
        request.gzipped = request.headers.value("content-encoding") == "gzip";
        if (request.gzipped) {
            const auto inflated = Gzip::decompress(body);
            request.gzipValid = inflated.has_value();
            body = inflated.value_or(QByteArray());
        }
        request.body = body;
        request.receivedMs = QDateTime::currentMSecsSinceEpoch();
        answer(socket, std::move(request));
    }
}

void TestSink::serveDownload(QTcpSocket* socket, const Download& download) {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(download.status) + " Status\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " +
            QByteArray::number(download.body.size()) + "\r\n\r\n";
    QPointer<QTcpSocket> target(socket);
    const auto send = [target, head, download] {
        if (!target)
            return;
        target->write(head);
        if (download.cutAfter >= 0) {
            target->write(download.body.left(download.cutAfter));
            target->flush();
            target->disconnectFromHost();
        } else {
            target->write(download.body);
        }
    };
    if (download.delayMs > 0)
        QTimer::singleShot(download.delayMs, this, send);
    else
        send();
}

void TestSink::answer(QTcpSocket* socket, Request request) {
    if (request.method == "GET" && m_downloads.contains(request.path)) {
        const Download download = m_downloads.value(request.path);
        request.answeredStatus = download.status;
        m_requests.append(std::move(request));
        serveDownload(socket, download);
        return;
    }
    const Response response = m_script.isEmpty() ? m_default : m_script.takeFirst();
    request.answeredStatus = response.status;
    if (response.status >= 200 && response.status < 300) {
        int messages = 0;
        static const QByteArray marker = "\"messageId\":\"";
        for (qsizetype at = request.body.indexOf(marker); at >= 0;
             at = request.body.indexOf(marker, at + 1)) {
            ++messages;
            if (m_countOnly) {
                const qsizetype start = at + marker.size();
                m_countedIds.append(
                    request.body.mid(start, request.body.indexOf('"', start) - start));
            }
        }
        if (onDelivered)
            onDelivered(messages);
    }
    if (m_countOnly)
        request.body.clear();
    m_requests.append(std::move(request));

    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    reply +=
        "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(response.body.size()) +
        "\r\nConnection: keep-alive\r\n";
    if (!response.retryAfter.isEmpty())
        reply += "Retry-After: " + response.retryAfter + "\r\n";
    reply += "\r\n" + response.body;
    QPointer<QTcpSocket> target(socket);
    const auto send = [target, reply] {
        if (target)
            target->write(reply);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}

QList<QByteArray> TestSink::deliveredMessageIds() const {
    if (m_countOnly)
        return m_countedIds;
    QList<QByteArray> ids;
    for (const Request& request : m_requests) {
        if (request.answeredStatus < 200 || request.answeredStatus >= 300)
            continue;
        const QJsonArray batch =
            QJsonDocument::fromJson(request.body).object().value(u"batch").toArray();
        for (const auto& message : batch)
            ids.append(message.toObject().value(u"messageId").toString().toUtf8());
    }
    return ids;
}

QSet<QByteArray> TestSink::deliveredMessageIdSet() const {
    const QList<QByteArray> ids = deliveredMessageIds();
    return QSet<QByteArray>(ids.begin(), ids.end());
}

} // namespace ActionDeck::TestSupport
