#pragma once

#include "http/httpexchange.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>

namespace ActionDeck {

Q_DECLARE_LOGGING_CATEGORY(adminLog)

/// One log line per admin request: method, path, status and time — never a token or the query.
void logAdminRequest(const HttpExchange& exchange, int status, const QElapsedTimer& timer);
/// Answers with a compact JSON body and logs it; nothing when the client has gone meanwhile.
void answerJson(HttpExchange* exchange, int status, const QJsonObject& body,
                const QElapsedTimer& timer, HttpFields fields = {});
/// The admin API's error body: {"error": message}.
QJsonObject errorBody(const QString& message);

} // namespace ActionDeck
