#include "hub/hubserver.h"

#include "core/spoolfile.h"
#include "http/httpexchange.h"
#include "hub/executeresponsestream.h"
#include "hub/hub.h"
#include "looker/executerequest.h"
#include "looker/executerequestparser.h"
#include "looker/lookerversion.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <memory>

namespace ActionDeck {

namespace {

Q_LOGGING_CATEGORY(httpLog, "actiondeck.http")

/// Requests other than an execute carry a few hundred bytes of JSON at most.
constexpr qint64 kSmallBodyBytes = 1 << 20;

QJsonObject lookerReply(bool success, const QString& message) {
    QJsonObject looker{{QStringLiteral("success"), success},
                       {QStringLiteral("refresh_query"), false},
                       {QStringLiteral("validation_errors"), QJsonObject()}};
    if (!message.isEmpty())
        looker.insert(QStringLiteral("message"), message);
    return {{QStringLiteral("looker"), looker}};
}

QJsonObject errorReply(const QString& error) {
    return {{QStringLiteral("success"), false}, {QStringLiteral("error"), error}};
}

LookerVersion versionOf(const HttpExchange& exchange) {
    return LookerVersion::fromUserAgent(exchange.head().value("User-Agent"))
        .value_or(LookerVersion::assumed());
}

/// Method, path, status and time: never headers, bodies or parameters, which carry secrets.
void logRequest(const HttpExchange& exchange, int status, const QElapsedTimer& timer) {
    qCInfo(httpLog).noquote() << QString::fromLatin1(exchange.head().method) << exchange.head().path
                              << status << timer.elapsed() << "ms";
}

void answerJson(HttpExchange* exchange, int status, const QJsonObject& body,
                const QElapsedTimer& timer, HttpFields fields = {}) {
    exchange->respond(status, QByteArrayLiteral("application/json"),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(fields));
    logRequest(*exchange, status, timer);
}

/// The routes: a path pattern and the one method it takes.
enum class Route { ActionList, Status, Action, Form, Execute, None };

Route routeFor(const QString& path, QString* actionName) {
    if (path == u"/")
        return Route::ActionList;
    if (path == u"/status")
        return Route::Status;
    static const QRegularExpression actionPath(
        QStringLiteral("^/actions/([^/]+)(/form|/execute)?$"));
    const auto match = actionPath.match(path);
    if (!match.hasMatch())
        return Route::None;
    *actionName = match.captured(1);
    if (match.captured(2) == u"/form")
        return Route::Form;
    if (match.captured(2) == u"/execute")
        return Route::Execute;
    return Route::Action;
}

} // namespace

HubServer::HubServer(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_server([this](HttpExchange* exchange) { handle(exchange); }) {}

bool HubServer::listen(const QHostAddress& address, quint16 port, const TlsCredentials* tls,
                       QString* error) {
    if (!m_server.listen(address, port, tls, error))
        return false;
    m_url = m_server.url();
    return true;
}

void HubServer::stopListening() {
    m_server.stopListening();
}

void HubServer::handle(HttpExchange* exchange) {
    QElapsedTimer timer;
    timer.start();
    QString name;
    const Route route = routeFor(exchange->head().path, &name);
    if (route == Route::None)
        return answerJson(exchange, 404, errorReply(QStringLiteral("Not found.")), timer);
    const QByteArray method = route == Route::Status ? "GET" : "POST";
    if (exchange->head().method != method)
        return answerJson(exchange, 405,
                          errorReply(QStringLiteral("%1 takes %2 only.")
                                         .arg(exchange->head().path, QString::fromLatin1(method))),
                          timer, {{QByteArrayLiteral("Allow"), method}});
    // From the header alone: a request without a valid token never has its body read.
    const auto region = m_hub.regionFor(exchange->head().value("Authorization"));
    if (!region)
        return answerJson(exchange, 403,
                          errorReply(QStringLiteral("Invalid 'Authorization' header.")), timer);

    switch (route) {
    case Route::ActionList:
        return answerAfterBody(exchange, [this, timer](HttpExchange* e) {
            answerJson(e, 200, m_hub.actionList(versionOf(*e)), timer);
        });
    case Route::Status:
        return answerJson(exchange, 200, m_hub.status(), timer);
    case Route::Action:
        return answerAfterBody(exchange, [this, name, timer](HttpExchange* e) {
            const auto action = m_hub.action(name, versionOf(*e));
            if (!action)
                return answerJson(
                    e, 404, errorReply(QStringLiteral("No action named \"%1\".").arg(name)), timer);
            answerJson(e, 200, *action, timer);
        });
    case Route::Form:
        return answerAfterBody(exchange, [this, name, timer](HttpExchange* e) {
            const auto form = m_hub.form(name);
            if (!form)
                return answerJson(e, 404, errorReply(QStringLiteral("No form defined for action.")),
                                  timer);
            answerJson(e, 200, *form, timer);
        });
    case Route::Execute:
        return execute(exchange, name, *region);
    case Route::None:
        break;
    }
}

void HubServer::answerAfterBody(HttpExchange* exchange, std::function<void(HttpExchange*)> answer) {
    connect(exchange, &HttpExchange::bodyEnd, exchange,
            [exchange, answer = std::move(answer)] { answer(exchange); });
    connect(exchange, &HttpExchange::bodyFailed, exchange,
            [exchange](int status, const QString& reason) {
                QElapsedTimer timer;
                timer.start();
                answerJson(exchange, status, errorReply(reason), timer);
            });
    exchange->readBody(kSmallBodyBytes);
}

void HubServer::execute(HttpExchange* exchange, const QString& actionName, const QString& region) {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const qint64 limit = m_hub.config().maxBodyBytes;
    auto stream = std::make_shared<ExecuteResponseStream>(exchange, m_hub.config().keepAliveMs);
    const auto refuse = [exchange, stream, timer](int status, const QString& message) {
        stream->respond(status, lookerReply(false, message));
        logRequest(*exchange, status, *timer);
    };
    // The body is parsed as it arrives; the attachment (Looker sends it before the settings a
    // message needs) goes to a temporary file in the data directory, never to memory.
    struct Reading {
        std::shared_ptr<SpoolFile> spool;
        QString spoolError;
        std::unique_ptr<ExecuteRequestParser> parser;
        bool failed = false;
    };
    auto reading = std::make_shared<Reading>();
    const QString directory = m_hub.dataDirectory();
    reading->parser = std::make_unique<ExecuteRequestParser>(
        [raw = reading.get(), directory](std::string_view text) {
            if (!raw->spool) {
                raw->spool = SpoolFile::create(directory, &raw->spoolError);
                if (!raw->spool)
                    return false;
            }
            if (raw->spool->append(text))
                return true;
            raw->spoolError = raw->spool->errorString();
            return false;
        });
    const auto parseFailed = [reading, refuse] {
        reading->failed = true;
        if (!reading->spoolError.isEmpty())
            return refuse(503, QStringLiteral("The hub could not keep the request while reading "
                                              "it: %1. Nothing was sent.")
                                   .arg(reading->spoolError));
        refuse(400, QStringLiteral("The request body is not valid JSON: %1.")
                        .arg(QString::fromStdString(reading->parser->error().message)));
    };
    connect(exchange, &HttpExchange::bodyData, exchange,
            [reading, parseFailed](const QByteArray& piece) {
                if (reading->failed)
                    return;
                if (!reading->parser->feed(
                        std::string_view(piece.constData(), std::size_t(piece.size()))))
                    parseFailed();
            });
    connect(exchange, &HttpExchange::bodyFailed, exchange,
            [reading, refuse, limit](int status, const QString& reason) {
                reading->failed = true;
                if (status == 413)
                    return refuse(413, QStringLiteral("The request body is over this hub's limit "
                                                      "of %1 MB.")
                                           .arg(limit >> 20));
                refuse(status, reason);
            });
    connect(exchange, &HttpExchange::bodyEnd, exchange,
            [this, exchange, actionName, region, reading, stream, timer, refuse, parseFailed] {
                if (reading->failed)
                    return;
                if (!reading->parser->finish())
                    return parseFailed();
                ExecuteRequest request = std::move(reading->parser->request());
                if (reading->spool) {
                    if (!reading->spool->finishWriting())
                        return refuse(503, QStringLiteral("The hub could not keep the request "
                                                          "while reading it: %1. Nothing was "
                                                          "sent.")
                                               .arg(reading->spool->errorString()));
                    request.attachmentSpool = std::move(reading->spool);
                }
                reading->parser.reset();
                const QString path = exchange->head().path;
                const Hub::ExecuteStart start =
                    m_hub.execute(actionName, region, std::move(request),
                                  [stream, path, timer](const ExecuteResult& result) {
                                      stream->finish(lookerReply(result.success, result.message));
                                      qCInfo(httpLog).noquote()
                                          << "POST" << path << 200 << timer->elapsed() << "ms"
                                          << result.messages << "messages";
                                  });
                if (!start.error.isEmpty())
                    return refuse(start.httpStatus, start.error);
                stream->begin();
            });
    exchange->readBody(limit);
}

} // namespace ActionDeck
