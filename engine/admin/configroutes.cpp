#include "admin/configroutes.h"

#include "admin/jsonanswer.h"
#include "http/httpexchange.h"
#include "hub/commandlineconfig.h"
#include "hub/configlayers.h"
#include "hub/configpatch.h"
#include "hub/hub.h"
#include "hub/hubconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

#include <memory>

namespace ActionDeck {

namespace {

const QString kSourcePrefix = QStringLiteral("/api/v1/sources/");

/// If-Match names one ETag or several, comma-separated; a weak one never matches (RFC 9110).
bool matches(const QByteArray& ifMatch, const QByteArray& etag) {
    for (const QByteArray& candidate : ifMatch.split(',')) {
        if (candidate.trimmed() == etag)
            return true;
    }
    return false;
}

/// What a change touched, by name only (the change itself carries secrets).
QString summary(const QJsonObject& difference) {
    QStringList parts;
    for (auto it = difference.begin(); it != difference.end(); ++it) {
        if (!it->isObject() || (it.key() != u"sources" && it.key() != u"regions")) {
            parts.append(it.key());
            continue;
        }
        const QJsonObject entries = it->toObject();
        for (auto entry = entries.begin(); entry != entries.end(); ++entry)
            parts.append(
                QStringLiteral("%1 %2 %3")
                    .arg(it.key().chopped(1), entry.key(),
                         entry->isNull() ? QStringLiteral("removed") : QStringLiteral("set")));
    }
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

/// A source as GET shows it: no write key, and every sync option, defaults too.
QJsonObject shownSource(const SourceConfig& source) {
    QJsonObject shown = source.optionsJson(true);
    shown.insert(u"name", source.name);
    shown.insert(u"hasWriteKey", !source.writeKey.isEmpty());
    shown.insert(u"dataPlaneUrl", source.dataPlaneUrl);
    return shown;
}

} // namespace

ConfigRoutes::ConfigRoutes(Hub& hub, ConfigLayers& layers, const QString& bootId, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_layers(layers)
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
                                   {QStringLiteral("dataPlaneUrl"), region.dataPlaneUrl},
                                   {QStringLiteral("lookerHost"), region.lookerHost}});
    }
    QJsonArray sources;
    for (const SourceConfig& source : config.sources)
        sources.append(shownSource(source));
    // The rest of the file's sections as they are: but for alerts, they hold no secret.
    QJsonObject full = QJsonDocument::fromJson(config.toJson()).object();
    full.insert(u"regions", regions);
    full.insert(u"sources", sources);
    // The window's link to Looker is no hub's business, and it holds a secret.
    full.remove(u"looker");
    // The webhook URL is a secret: whether there is one is all that is said.
    full.insert(u"alerts", config.alerts.toJson(false));
    // What the hub's flags set: a change there is refused (409), so a window shows it fixed.
    const CommandLineConfig& flags = m_layers.commandLine();
    QStringList fixed;
    if (flags.publicBaseUrl)
        fixed.append(QStringLiteral("publicBaseUrl"));
    for (const auto& [region, secret] : flags.secrets)
        fixed.append(QStringLiteral("regions.%1.secret").arg(region));
    for (const auto& [region, token] : flags.tokens)
        fixed.append(QStringLiteral("regions.%1.tokens").arg(region));
    fixed.removeDuplicates();
    full.insert(u"setByFlags", QJsonArray::fromStringList(fixed));
    return full;
}

void ConfigRoutes::handle(HttpExchange* exchange, const QString& callerName,
                          const QElapsedTimer& timer) {
    const QString path = exchange->head().path;
    const QByteArray method = exchange->head().method;
    const bool config = path == u"/api/v1/config";
    if (config && method == "PATCH")
        return patch(exchange, callerName, timer);
    if (method != "GET")
        return answerJson(exchange, 405,
                          errorBody(QStringLiteral("%1 takes %2.")
                                        .arg(path, config ? QStringLiteral("GET and PATCH")
                                                          : QStringLiteral("GET"))),
                          timer,
                          {{QByteArrayLiteral("Allow"),
                            config ? QByteArrayLiteral("GET, PATCH") : QByteArrayLiteral("GET")}});
    if (!config)
        return showSource(exchange, callerName, timer);
    if (exchange->head().value("If-None-Match") == etag()) {
        exchange->respond(304, QByteArrayLiteral("application/json"), {},
                          {{QByteArrayLiteral("ETag"), etag()}});
        return;
    }
    answerJson(exchange, 200, maskedConfig(), timer, {{QByteArrayLiteral("ETag"), etag()}});
}

void ConfigRoutes::showSource(HttpExchange* exchange, const QString& callerName,
                              const QElapsedTimer& timer) {
    const QString name = exchange->head().path.mid(kSourcePrefix.size());
    const SourceConfig* source = m_hub.config().source(name);
    if (!source)
        return answerJson(exchange, 404,
                          errorBody(QStringLiteral("No source named \"%1\".").arg(name)), timer);
    QJsonObject body = shownSource(*source);
    if (exchange->head().query.queryItemValue(QStringLiteral("reveal")) != u"1")
        return answerJson(exchange, 200, body, timer);
    body.insert(u"writeKey", source->writeKey);
    // Who saw it is on record; what they saw is not.
    qCInfo(adminLog).noquote() << "the write key of source" << source->name
                               << "was revealed to admin token" << callerName;
    answerJson(exchange, 200, body, timer,
               {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

void ConfigRoutes::patch(HttpExchange* exchange, const QString& callerName,
                         const QElapsedTimer& timer) {
    // Decided from the header: a stale edit's body is never read.
    const QByteArray ifMatch = exchange->head().value("If-Match").trimmed();
    const HttpFields current{{QByteArrayLiteral("ETag"), etag()}};
    if (ifMatch.isEmpty() || ifMatch == "*")
        return answerJson(
            exchange, 428,
            errorBody(QStringLiteral("PATCH /api/v1/config needs If-Match with the ETag of "
                                     "GET /api/v1/config, so that it can not undo a change "
                                     "made since.")),
            timer, current);
    if (!matches(ifMatch, etag()))
        return answerJson(
            exchange, 412,
            errorBody(QStringLiteral("The configuration changed since that ETag was read: "
                                     "GET /api/v1/config again and make the change on "
                                     "what it shows.")),
            timer, current);
    const QByteArray type = exchange->head().value("Content-Type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/json") &&
        !type.startsWith("application/merge-patch+json"))
        return answerJson(
            exchange, 415,
            errorBody(QStringLiteral("The change is JSON: Content-Type: application/json.")),
            timer);
    auto body = std::make_shared<QByteArray>();
    const QByteArray readEtag = etag();
    connect(exchange, &HttpExchange::bodyData, this,
            [body](const QByteArray& piece) { body->append(piece); });
    connect(exchange, &HttpExchange::bodyEnd, this,
            [this, exchange = QPointer<HttpExchange>(exchange), body, readEtag, callerName, timer] {
                applyPatch(exchange, *body, readEtag, callerName, timer);
            });
    connect(
        exchange, &HttpExchange::bodyFailed, this,
        [exchange = QPointer<HttpExchange>(exchange), timer](int status, const QString& reason) {
            answerJson(exchange, status, errorBody(reason), timer);
        });
    exchange->readBody(kMaxBodyBytes);
}

void ConfigRoutes::applyPatch(HttpExchange* exchange, const QByteArray& body,
                              const QByteArray& readEtag, const QString& callerName,
                              const QElapsedTimer& timer) {
    // Another change may have been applied while this body was on its way.
    if (etag() != readEtag)
        return answerJson(
            exchange, 412,
            errorBody(QStringLiteral("The configuration changed while this change was "
                                     "sent: GET /api/v1/config again.")),
            timer, {{QByteArrayLiteral("ETag"), etag()}});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return answerJson(
            exchange, 400,
            errorBody(parseError.error != QJsonParseError::NoError
                          ? QStringLiteral("The change is not valid JSON at byte %1: %2.")
                                .arg(parseError.offset)
                                .arg(parseError.errorString())
                          : QStringLiteral("The change must be a JSON object.")),
            timer);
    const HubConfig before = m_hub.config();
    QString why;
    const auto wanted =
        ConfigPatch::apply(before, document.object(), ConfigPatch::Mode::Request, &why);
    if (!wanted)
        return answerJson(exchange, 400, errorBody(why), timer);
    const QString conflict = m_layers.commandLine().conflict(before, *wanted);
    if (!conflict.isEmpty())
        return answerJson(exchange, 409, errorBody(conflict), timer);
    bool conflicted = false;
    if (!m_layers.keep(*wanted, &why, &conflicted))
        return answerJson(
            exchange, conflicted ? 409 : 500,
            errorBody(QStringLiteral("The change could not be kept, so it was not applied: "
                                     "%1")
                          .arg(why)),
            timer);
    if (!m_hub.reconfigure(*wanted, &why))
        qCWarning(adminLog).noquote() << "changed, but Looker's port can not listen:" << why;
    qCInfo(adminLog).noquote() << "configuration changed by admin token" << callerName << "("
                               << summary(ConfigPatch::difference(before, *wanted)) << ")";
    answerJson(exchange, 200, maskedConfig(), timer, {{QByteArrayLiteral("ETag"), etag()}});
}

} // namespace ActionDeck
