#include "admin/requestroutes.h"

#include "admin/jsonanswer.h"
#include "admin/receivedrequestjson.h"
#include "http/httpexchange.h"
#include "hub/hub.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ActionDeck {

namespace {

const QRegularExpression& requestPath() {
    static const QRegularExpression path(QStringLiteral("^/api/v1/requests(?:/(\\d+)/result)?$"));
    return path;
}

} // namespace

RequestRoutes::RequestRoutes(Hub& hub)
    : m_hub(hub) {}

bool RequestRoutes::handles(const QString& path) {
    return requestPath().match(path).hasMatch();
}

void RequestRoutes::handle(HttpExchange* exchange, const QElapsedTimer& timer) {
    const QString path = exchange->head().path;
    if (exchange->head().method != "GET")
        return answerJson(exchange, 405, errorBody(QStringLiteral("%1 takes GET only.").arg(path)),
                          timer, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")}});
    const auto match = requestPath().match(path);
    if (match.captured(1).isEmpty())
        return list(exchange, timer);
    result(exchange, match.captured(1).toLongLong(), timer);
}

void RequestRoutes::list(HttpExchange* exchange, const QElapsedTimer& timer) {
    // A viewer is looking: results that come next are kept for it, for a while.
    m_hub.keepRecentResultsFor(kKeepForMs);
    QJsonArray requests;
    for (const ReceivedRequest& request : m_hub.recentRequests())
        requests.append(receivedRequestJson(request));
    answerJson(exchange, 200, {{QStringLiteral("requests"), requests}}, timer);
}

void RequestRoutes::result(HttpExchange* exchange, qint64 seq, const QElapsedTimer& timer) {
    const ReceivedRequest* request = m_hub.recentRequest(seq);
    if (!request)
        return answerJson(
            exchange, 404,
            errorBody(QStringLiteral("Request %1 is no longer held (the hub keeps the last %2).")
                          .arg(seq)
                          .arg(Hub::kRecentRequests)),
            timer);
    if (!request->resultKept)
        return answerJson(
            exchange, 404,
            errorBody(QStringLiteral("The result of request %1 was not kept.").arg(seq)), timer);
    if (!exchange->isOpen())
        return;
    exchange->respond(200, QByteArrayLiteral("application/json"), request->jsonDetail);
    logAdminRequest(*exchange, 200, timer);
}

} // namespace ActionDeck
