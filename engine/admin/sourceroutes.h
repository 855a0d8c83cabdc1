#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace ActionDeck {

class HttpExchange;
class Hub;
enum class AdminScope;

/// What a window does with a server's source through the admin API:
/// POST /api/v1/sources/{name}/test (admin scope: it uses the write key) posts an empty batch
/// to the data plane from where the hub runs and says what it answered; an optional JSON body
/// {"dataPlaneUrl", "writeKey"} tests what a form has typed instead of the saved values.
/// POST /api/v1/sources/{name}/messages (operate scope) stores messages, one JSON object a line,
/// in the hub's outbox for that source, as Preview's "Send to source" does on this computer.
class SourceRoutes : public QObject {
    Q_OBJECT

public:
    explicit SourceRoutes(Hub& hub, QObject* parent = nullptr);

    static bool handles(const QString& path);
    static AdminScope scopeFor(const QString& path);
    void handle(HttpExchange* exchange, const QString& callerName, const QElapsedTimer& timer);

    /// A test's outcome as the API names it ("accepted", "keyRefused"…).
    static QString outcomeName(int outcome);
    /// The outcome of a name; -1 for none.
    static int outcomeOf(const QString& name);

private:
    void test(HttpExchange* exchange, const QString& source, const QByteArray& body,
              const QElapsedTimer& timer);
    void store(HttpExchange* exchange, const QString& source, const QByteArray& body,
               const QString& callerName, const QElapsedTimer& timer);

    Hub& m_hub;
};

} // namespace ActionDeck
