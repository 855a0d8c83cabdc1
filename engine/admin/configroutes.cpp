#include "admin/configroutes.h"

#include "http/httpexchange.h"
#include "hub/hub.h"
#include "hub/hubconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace ActionDeck {

namespace {

Q_LOGGING_CATEGORY(configLog, "actiondeck.admin")

const QString kSourcePrefix = QStringLiteral("/api/v1/sources/");

void answer(HttpExchange* exchange, int status, const QJsonObject& body, const QElapsedTimer& timer,
            HttpFields fields = {}) {
    exchange->respond(status, QByteArrayLiteral("application/json"),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(fields));
    qCInfo(configLog).noquote() << QString::fromLatin1(exchange->head().method)
                                << exchange->head().path << status << timer.elapsed() << "ms";
}

} // namespace

ConfigRoutes::ConfigRoutes(Hub& hub, const QString& bootId, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_bootId(bootId) {
    connect(&hub, &Hub::configChanged, this, [this] { ++m_revision; });
}

bool ConfigRoutes::handles(const QString& path) {
    return path == u"/api/v1/config" ||
           (path.startsWith(kSourcePrefix) && path.size() > kSourcePrefix.size() &&
            !path.mid(kSourcePrefix.size()).contains(u'/'));
}

QByteArray ConfigRoutes::etag() const {
    return '"' + m_bootId.toLatin1() + '-' + QByteArray::number(m_revision) + '"';
}

QJsonObject ConfigRoutes::maskedConfig() const {
    const HubConfig& config = m_hub.config();
    QJsonArray regions;
    for (const RegionConfig& region : config.regions) {
        QJsonArray tokens;
        for (const QByteArray& token : region.tokens)
            tokens.append(QString::fromLatin1(token.left(token.indexOf('/'))));
        QJsonArray revoked;
        for (const QByteArray& nonce : region.revokedNonces)
            revoked.append(QString::fromLatin1(nonce));
        regions.append(QJsonObject{{QStringLiteral("name"), region.name},
                                   {QStringLiteral("hasSecret"), !region.secret.isEmpty()},
                                   {QStringLiteral("tokenNonces"), tokens},
                                   {QStringLiteral("revokedNonces"), revoked},
                                   {QStringLiteral("dataPlaneUrl"), region.dataPlaneUrl}});
    }
    QJsonArray sources;
    for (const SourceConfig& source : config.sources)
        sources.append(QJsonObject{{QStringLiteral("name"), source.name},
                                   {QStringLiteral("hasWriteKey"), !source.writeKey.isEmpty()},
                                   {QStringLiteral("dataPlaneUrl"), source.dataPlaneUrl}});
    // The rest of the file's sections as they are: they hold no secret.
    QJsonObject full = QJsonDocument::fromJson(config.toJson()).object();
    full.insert(u"regions", regions);
    full.insert(u"sources", sources);
    return full;
}

void ConfigRoutes::handle(HttpExchange* exchange, const QString& callerName,
                          const QElapsedTimer& timer) {
    if (exchange->head().method != "GET")
        return answer(exchange, 405,
                      {{QStringLiteral("error"), QStringLiteral("Changes come in a later version: "
                                                                "%1 takes GET.")
                                                     .arg(exchange->head().path)}},
                      timer, {{QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")}});
    const QString path = exchange->head().path;
    if (path == u"/api/v1/config") {
        if (exchange->head().value("If-None-Match") == etag()) {
            exchange->respond(304, QByteArrayLiteral("application/json"), {},
                              {{QByteArrayLiteral("ETag"), etag()}});
            return;
        }
        return answer(exchange, 200, maskedConfig(), timer, {{QByteArrayLiteral("ETag"), etag()}});
    }
    const QString name = path.mid(kSourcePrefix.size());
    const SourceConfig* source = m_hub.config().source(name);
    if (!source)
        return answer(
            exchange, 404,
            {{QStringLiteral("error"), QStringLiteral("No source named \"%1\".").arg(name)}},
            timer);
    QJsonObject body{{QStringLiteral("name"), source->name},
                     {QStringLiteral("hasWriteKey"), !source->writeKey.isEmpty()},
                     {QStringLiteral("dataPlaneUrl"), source->dataPlaneUrl}};
    if (exchange->head().query.queryItemValue(QStringLiteral("reveal")) == u"1") {
        body.insert(u"writeKey", source->writeKey);
        // Who saw it is on record; what they saw is not.
        qCInfo(configLog).noquote() << "the write key of source" << source->name
                                    << "was revealed to admin token" << callerName;
    }
    answer(exchange, 200, body, timer);
}

} // namespace ActionDeck
