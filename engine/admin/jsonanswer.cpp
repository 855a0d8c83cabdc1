#include "admin/jsonanswer.h"

#include <QJsonDocument>

namespace ActionDeck {

Q_LOGGING_CATEGORY(adminLog, "actiondeck.admin")

void logAdminRequest(const HttpExchange& exchange, int status, const QElapsedTimer& timer) {
    qCInfo(adminLog).noquote() << QString::fromLatin1(exchange.head().method)
                               << exchange.head().path << status << timer.elapsed() << "ms";
}

void answerJson(HttpExchange* exchange, int status, const QJsonObject& body,
                const QElapsedTimer& timer, HttpFields fields) {
    if (!exchange || !exchange->isOpen())
        return;
    exchange->respond(status, QByteArrayLiteral("application/json"),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(fields));
    logAdminRequest(*exchange, status, timer);
}

QJsonObject errorBody(const QString& message) {
    return {{QStringLiteral("error"), message}};
}

} // namespace ActionDeck
