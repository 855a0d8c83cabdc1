#include "admin/sourceroutes.h"

#include "admin/jsonanswer.h"
#include "delivery/connectionprobe.h"
#include "http/httpexchange.h"
#include "hub/admintokenstore.h"
#include "hub/hub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPointer>
#include <QRegularExpression>

#include <memory>

namespace ActionDeck {

namespace {

const QRegularExpression& sourcePath() {
    static const QRegularExpression path(
        QStringLiteral("^/api/v1/sources/([^/]+)/(test|messages)$"));
    return path;
}

/// A test's form values are small; anything larger is not one.
constexpr qint64 kMaxTestBody = 64 * 1024;

const char* const kOutcomes[] = {"accepted",    "emptyRefused", "keyRefused", "notFound",
                                 "serverError", "unreachable",  "invalidUrl"};

} // namespace

SourceRoutes::SourceRoutes(Hub& hub, QObject* parent)
    : QObject(parent)
    , m_hub(hub) {}

bool SourceRoutes::handles(const QString& path) {
    return sourcePath().match(path).hasMatch();
}

AdminScope SourceRoutes::scopeFor(const QString& path) {
    return path.endsWith(QLatin1String("/test")) ? AdminScope::Admin : AdminScope::Operate;
}

QString SourceRoutes::outcomeName(int outcome) {
    return outcome >= 0 && outcome < int(std::size(kOutcomes))
               ? QString::fromLatin1(kOutcomes[outcome])
               : QString();
}

int SourceRoutes::outcomeOf(const QString& name) {
    for (int i = 0; i < int(std::size(kOutcomes)); ++i) {
        if (name == QLatin1String(kOutcomes[i]))
            return i;
    }
    return -1;
}

void SourceRoutes::handle(HttpExchange* exchange, const QString& callerName,
                          const QElapsedTimer& timer) {
    const auto match = sourcePath().match(exchange->head().path);
    if (exchange->head().method != "POST")
        return answerJson(exchange, 405,
                          errorBody(QStringLiteral("%1 takes POST.").arg(exchange->head().path)),
                          timer, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")}});
    const QString source = match.captured(1);
    if (!m_hub.config().source(source))
        return answerJson(exchange, 404,
                          errorBody(QStringLiteral("No source named \"%1\".").arg(source)), timer);
    const bool isTest = match.captured(2) == u"test";
    auto body = std::make_shared<QByteArray>();
    connect(exchange, &HttpExchange::bodyData, this,
            [body](const QByteArray& piece) { body->append(piece); });
    connect(exchange, &HttpExchange::bodyEnd, this,
            [this, exchange = QPointer<HttpExchange>(exchange), body, isTest, source, callerName,
             timer] {
                if (!exchange)
                    return;
                if (isTest)
                    test(exchange, source, *body, timer);
                else
                    store(exchange, source, *body, callerName, timer);
            });
    connect(
        exchange, &HttpExchange::bodyFailed, this,
        [exchange = QPointer<HttpExchange>(exchange), timer](int status, const QString& reason) {
            answerJson(exchange, status, errorBody(reason), timer);
        });
    exchange->readBody(isTest ? kMaxTestBody : m_hub.config().maxBodyBytes);
}

void SourceRoutes::test(HttpExchange* exchange, const QString& sourceName, const QByteArray& body,
                        const QElapsedTimer& timer) {
    const SourceConfig* source = m_hub.config().source(sourceName);
    if (!source)
        return answerJson(exchange, 404,
                          errorBody(QStringLiteral("No source named \"%1\".").arg(sourceName)),
                          timer);
    QString url = source->dataPlaneUrl;
    QString key = source->writeKey;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
        if (!document.isObject())
            return answerJson(exchange, 400,
                              errorBody(QStringLiteral("The body is a JSON object with "
                                                       "dataPlaneUrl and writeKey, or empty.")),
                              timer);
        const QJsonObject form = document.object();
        for (auto it = form.begin(); it != form.end(); ++it) {
            if ((it.key() != u"dataPlaneUrl" && it.key() != u"writeKey") || !it->isString())
                return answerJson(exchange, 400,
                                  errorBody(QStringLiteral("%1: only dataPlaneUrl and writeKey, "
                                                           "as strings, are tested.")
                                                .arg(it.key())),
                                  timer);
        }
        if (const QString typed = form.value(u"dataPlaneUrl").toString(); !typed.isEmpty())
            url = typed;
        if (const QString typed = form.value(u"writeKey").toString(); !typed.isEmpty())
            key = typed;
    }
    auto* probe = new ConnectionProbe(this);
    connect(probe, &ConnectionProbe::finished, this,
            [probe, exchange = QPointer<HttpExchange>(exchange),
             timer](const ConnectionProbe::Result& result) {
                probe->deleteLater();
                answerJson(exchange, 200,
                           {{QStringLiteral("outcome"), outcomeName(int(result.outcome))},
                            {QStringLiteral("status"), result.status},
                            {QStringLiteral("detail"), result.detail}},
                           timer);
            });
    probe->test(url, key);
}

void SourceRoutes::store(HttpExchange* exchange, const QString& source, const QByteArray& body,
                         const QString& callerName, const QElapsedTimer& timer) {
    std::vector<std::string> messages;
    int lineNumber = 0;
    for (const QByteArray& line : body.split('\n')) {
        ++lineNumber;
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        // Checked, never rewritten: the bytes stored are the bytes previewed.
        if (!QJsonDocument::fromJson(trimmed).isObject())
            return answerJson(exchange, 400,
                              errorBody(QStringLiteral("Line %1 is not a JSON object: the body "
                                                       "is one message a line.")
                                            .arg(lineNumber)),
                              timer);
        messages.push_back(trimmed.toStdString());
    }
    if (messages.empty())
        return answerJson(exchange, 400, errorBody(QStringLiteral("No message to store.")), timer);
    QString origin =
        exchange->head().query.queryItemValue(QStringLiteral("origin"), QUrl::FullyDecoded);
    origin = origin.isEmpty() ? QStringLiteral("admin API") : origin.left(100);
    const int count = int(messages.size());
    m_hub.send(source, messages, origin)
        .then(this, [exchange = QPointer<HttpExchange>(exchange), count, source, callerName,
                     timer](const Outbox::AppendResult& result) {
            if (!result.ok)
                return answerJson(
                    exchange, 503,
                    errorBody(QStringLiteral("Nothing was stored: %1").arg(result.error)), timer);
            qCInfo(adminLog).noquote() << count << "messages stored for source" << source
                                       << "by admin token" << callerName;
            answerJson(exchange, 201, {{QStringLiteral("stored"), count}}, timer);
        });
}

} // namespace ActionDeck
