#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTcpServer>

#include <functional>

namespace ActionDeck::TestSupport {

/// A data plane on 127.0.0.1 for tests: records every request (gunzipped) and answers as told,
/// including errors, slow answers and refused connections, switchable mid-test.
class TestSink : public QObject {
    Q_OBJECT

public:
    struct Response {
        int status = 200;
        QByteArray body = "OK";
        QByteArray retryAfter;
        int delayMs = 0;
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;                       ///< gunzipped when the request was gzipped
        bool gzipped = false;
        bool gzipValid = true;
        int answeredStatus = 0;
        qint64 receivedMs = 0;
    };

    /// What a GET of a served path answers: Looker's download_url.
    struct Download {
        QByteArray body;
        int status = 200;
        int delayMs = 0;
        qsizetype cutAfter = -1; ///< close the connection after this many body bytes
    };

    explicit TestSink(QObject* parent = nullptr);
    ~TestSink() override;

    bool listen();
    quint16 port() const { return m_port; }
    QString url() const;

    void setDefaultResponse(Response response) { m_default = std::move(response); }
    /// Answers the next requests with these, in order, then with the default.
    void enqueue(const QList<Response>& responses) { m_script.append(responses); }
    /// Stops listening: new connections are refused until resume().
    void refuse();
    bool resume();

    void serve(const QByteArray& path, Download download) { m_downloads.insert(path, download); }
    QString downloadUrl(const QByteArray& path) const { return url() + QString::fromLatin1(path); }

    /// Keep only each request's headers and messageIds, not its body (for millions of events).
    void setCountOnly(bool countOnly) { m_countOnly = countOnly; }
    /// Called for each request answered 2xx, with the number of messages in it.
    std::function<void(int messages)> onDelivered;

    const QList<Request>& requests() const { return m_requests; }
    /// messageIds in requests answered 2xx, with repeats.
    QList<QByteArray> deliveredMessageIds() const;
    QSet<QByteArray> deliveredMessageIdSet() const;

private:
    void accept();
    void readFrom(class QTcpSocket* socket);
    void answer(class QTcpSocket* socket, Request request);
    void serveDownload(class QTcpSocket* socket, const Download& download);

    QTcpServer m_server;
    quint16 m_port = 0;
    Response m_default;
    QList<Response> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QTcpSocket*> m_sockets;
    QHash<QByteArray, Download> m_downloads;
    bool m_countOnly = false;
    QList<QByteArray> m_countedIds;
};

} // namespace ActionDeck::TestSupport
