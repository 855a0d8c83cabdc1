#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace ActionDeck {

/// "Test connection" for a source: posts a batch with no events to its data plane with its
/// write key. Nothing is delivered whatever the answer; the status tells whether the URL
/// leads to a RudderStack data plane and whether it takes the key.
class ConnectionProbe : public QObject {
    Q_OBJECT

public:
    enum class Outcome {
        Accepted,     ///< 2xx: reachable, key taken
        EmptyRefused, ///< 400: reachable, key taken, the empty batch refused as expected
        KeyRefused,   ///< 401/403
        NotFound,     ///< 404: no batch endpoint there
        ServerError,  ///< 5xx, 429 and other answers
        Unreachable,  ///< no HTTP answer: refused, DNS, TLS, timeout
        InvalidUrl,
    };
    struct Result {
        Outcome outcome = Outcome::Unreachable;
        int status = 0;
        QString detail; ///< the network error or the answer's first line; never the key
    };

    explicit ConnectionProbe(QObject* parent = nullptr);

    /// Starts a test; a test still running is abandoned. `finished` follows.
    void test(const QString& dataPlaneUrl, const QString& writeKey, int timeoutMs = 10000);

signals:
    void finished(const ActionDeck::ConnectionProbe::Result& result);

private:
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::ConnectionProbe::Result)
