#include "loopbackfileserver.h"

#include <QDateTime>
#include <QFile>
#include <QTcpSocket>

namespace ActionDeck::Bench {

LoopbackFileServer::LoopbackFileServer() {
    m_server.setParent(this);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { start(socket); });
    });
}

void LoopbackFileServer::serve(const QByteArray& urlPath, const QString& file) {
    m_files.insert(urlPath, file);
}

quint16 LoopbackFileServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

void LoopbackFileServer::start(QTcpSocket* socket) {
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    if (!head.contains("\r\n\r\n") || socket->property("file").isValid())
        return;
    // "GET /path HTTP/1.1"
    const QByteArray path = head.left(head.indexOf("\r\n")).split(' ').value(1);
    auto* file = new QFile(m_files.value(path), socket);
    socket->setProperty("file", true);
    if (!file->open(QIODevice::ReadOnly)) {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(file->size()) + "\r\nConnection: close\r\n\r\n");
    const auto pump = [socket, file] {
        while (socket->bytesToWrite() < 4 * 1024 * 1024 && !file->atEnd())
            socket->write(file->read(1024 * 1024));
        if (file->atEnd() && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_firstByteNs == 0)
        m_firstByteNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    pump();
}

} // namespace ActionDeck::Bench
