#include "hub/hubconfig.h"

#include "core/secretsealer.h"
#include "outbox/outboxlocation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace ActionDeck {

namespace {

QJsonArray toArray(const QList<QByteArray>& values) {
    QJsonArray array;
    for (const QByteArray& value : values)
        array.append(QString::fromUtf8(value));
    return array;
}

} // namespace

bool HubConfig::parseHostPort(const QString& hostPort, const QString& flag, QHostAddress* address,
                              quint16* port, QString* error) {
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool ok = false;
    const uint number = colon > 0 ? hostPort.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? hostPort.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress parsed = host == QStringLiteral("localhost")
                                    ? QHostAddress(QHostAddress::LocalHost)
                                    : QHostAddress(host);
    if (!ok || number > 65535 || parsed.isNull()) {
        if (error)
            *error = QStringLiteral("%1 wants HOST:PORT with an IP address, e.g. "
                                    "127.0.0.1:8080 or 0.0.0.0:0 (got \"%2\")")
                         .arg(flag, hostPort);
        return false;
    }
    *address = parsed;
    *port = quint16(number);
    return true;
}

bool HubConfig::setListen(const QString& hostPort, QString* error) {
    return parseHostPort(hostPort, QStringLiteral("--listen"), &listenAddress, &listenPort, error);
}

const SourceConfig* HubConfig::source(const QString& name) const {
    for (const SourceConfig& s : sources) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

std::optional<HubConfig> HubConfig::fromFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto config = fromJson(file.readAll(), &why);
    if (!config && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return config;
}

std::optional<HubConfig> HubConfig::fromJson(const QByteArray& json, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(parseError.error != QJsonParseError::NoError
                        ? QStringLiteral("not valid JSON at byte %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString())
                        : QStringLiteral("the configuration must be a JSON object"));
    const QJsonObject root = document.object();
    HubConfig config;
    config.secretsInKeychain = root.value(u"secretsIn").toString() == u"keychain";
    if (root.contains(u"listen") && !config.setListen(root.value(u"listen").toString(), error))
        return std::nullopt;
    config.publicBaseUrl = root.value(u"publicBaseUrl").toString();
    const QJsonObject tls = root.value(u"tls").toObject();
    config.tlsCertificateFile = tls.value(u"certificate").toString();
    config.tlsKeyFile = tls.value(u"key").toString();
    if (config.tlsCertificateFile.isEmpty() != config.tlsKeyFile.isEmpty())
        return fail(QStringLiteral("\"tls\" needs both \"certificate\" and \"key\" (PEM file "
                                   "paths), or neither"));
    config.label = root.value(u"label").toString(config.label);
    if (root.contains(u"outbox")) {
        if (!root.value(u"outbox").isString())
            return fail(QStringLiteral("\"outbox\" must be a string (\"sqlite\" or a "
                                       "PostgreSQL URI)"));
        config.outbox = root.value(u"outbox").toString().trimmed();
        QString why;
        if (!OutboxLocation::parse(config.outbox, {}, &why))
            return fail(QStringLiteral("\"outbox\": %1").arg(why));
    }
    if (root.contains(u"secretsKeyFile") && !root.value(u"secretsKeyFile").isString())
        return fail(QStringLiteral("\"secretsKeyFile\" must be a string (a file's path)"));
    config.secretsKeyFile = root.value(u"secretsKeyFile").toString().trimmed();
    config.lookerHost = root.value(u"lookerHost").toString().trimmed();
    for (const QJsonValue& value : root.value(u"regions").toArray()) {
        const QJsonObject o = value.toObject();
        RegionConfig region;
        region.name = o.value(u"name").toString();
        if (region.name.isEmpty())
            return fail(QStringLiteral("every region needs a \"name\""));
        region.secret = o.value(u"secret").toString().toUtf8();
        for (const QJsonValue& token : o.value(u"tokens").toArray()) {
            if (!token.isString() || token.toString().trimmed().isEmpty())
                return fail(
                    QStringLiteral("region \"%1\" has a token that is empty or not a string")
                        .arg(region.name));
            region.tokens.append(token.toString().toUtf8());
        }
        for (const QJsonValue& nonce : o.value(u"revokedNonces").toArray())
            region.revokedNonces.insert(nonce.toString().toUtf8());
        region.dataPlaneUrl = o.value(u"dataPlaneUrl").toString();
        region.lookerHost = o.value(u"lookerHost").toString().trimmed();
        if (region.secret.isEmpty() && region.tokens.isEmpty() && !config.secretsInKeychain)
            return fail(
                QStringLiteral("region \"%1\" has neither a secret nor a token").arg(region.name));
        config.regions.append(region);
    }
    for (const QJsonValue& value : root.value(u"sources").toArray()) {
        const QJsonObject o = value.toObject();
        SourceConfig source{o.value(u"name").toString(), o.value(u"writeKey").toString(),
                            o.value(u"dataPlaneUrl").toString()};
        if (source.name.isEmpty() || (source.writeKey.isEmpty() && !config.secretsInKeychain) ||
            source.dataPlaneUrl.isEmpty())
            return fail(QStringLiteral("every source needs \"name\", \"writeKey\" and "
                                       "\"dataPlaneUrl\""));
        QString why;
        if (!source.readOptions(o, &why))
            return fail(QStringLiteral("source \"%1\": %2").arg(source.name, why));
        config.sources.append(source);
    }
    const QJsonObject looker = root.value(u"looker").toObject();
    config.looker.baseUrl = looker.value(u"baseUrl").toString().trimmed();
    config.looker.clientId = looker.value(u"clientId").toString().trimmed();
    config.looker.clientSecret = looker.value(u"clientSecret").toString().toUtf8();
    config.looker.verifySsl = looker.value(u"verifySsl").toBool(true);
    if (!config.looker.baseUrl.isEmpty()) {
        const QUrl url(config.looker.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            return fail(QStringLiteral("looker.baseUrl must be Looker's https URL, such as "
                                       "https://acme.looker.com"));
    }
    // Numbers are bounded before they become integers: a double out of an integer's range
    // converts with undefined behaviour, and seconds × 1000 can overflow an int (found by
    // fuzz/hubconfig). What is below a field's own minimum is said by its own check further on.
    QString outOfRange;
    const auto bounded = [&outOfRange](const QJsonObject& object, QStringView path, double fallback,
                                       double max) {
        const double value = object.value(path.mid(path.lastIndexOf(u'.') + 1)).toDouble(fallback);
        if (value >= -max && value <= max)
            return value;
        if (outOfRange.isEmpty())
            outOfRange = QStringLiteral("%1 is out of range (at most %2)").arg(path).arg(max);
        return fallback;
    };
    constexpr double kMaxSeconds = 86400;
    const QJsonObject delivery = root.value(u"delivery").toObject();
    config.delivery.maxInFlightPerSource =
        delivery.value(u"maxInFlightPerSource").toInt(config.delivery.maxInFlightPerSource);
    config.delivery.maxInFlight = delivery.value(u"maxInFlight").toInt(config.delivery.maxInFlight);
    config.delivery.gzipLevel = delivery.value(u"gzipLevel").toInt(config.delivery.gzipLevel);
    const double keepHours = bounded(delivery, u"delivery.keepDeliveredHours",
                                     double(config.delivery.keepDeliveredMs) / 3600000, 1e6);
    if (keepHours < 0)
        return fail(QStringLiteral("delivery.keepDeliveredHours must be 0 or more"));
    config.delivery.keepDeliveredMs = qint64(keepHours * 3600000);
    config.delivery.requestTimeoutMs =
        int(bounded(delivery, u"delivery.requestTimeoutSeconds",
                    config.delivery.requestTimeoutMs / 1000, kMaxSeconds)) *
        1000;
    config.limits.maxEventsPerBatch =
        delivery.value(u"eventsPerBatch").toInt(config.limits.maxEventsPerBatch);
    config.syncStateDays = root.value(u"syncStateDays").toInt(config.syncStateDays);
    if (config.syncStateDays < 1)
        return fail(QStringLiteral("syncStateDays must be 1 or more"));
    config.runDays = root.value(u"runDays").toInt(config.runDays);
    if (config.runDays < 1)
        return fail(QStringLiteral("runDays must be 1 or more"));
    if (root.contains(u"alerts")) {
        QString alertsError;
        const auto alerts = AlertSettings::fromJson(root.value(u"alerts").toObject(), &alertsError);
        if (!alerts)
            return fail(alertsError);
        config.alerts = *alerts;
    }
    const QJsonObject executes = root.value(u"executes").toObject();
    config.maxConcurrentExecutes =
        executes.value(u"maxConcurrent").toInt(config.maxConcurrentExecutes);
    config.maxBodyBytes = qint64(bounded(executes, u"executes.maxBodyMB",
                                         double(config.maxBodyBytes >> 20), 1 << 20)) *
                          (1 << 20);
    config.keepAliveMs = int(bounded(executes, u"executes.keepAliveSeconds",
                                     config.keepAliveMs / 1000, kMaxSeconds)) *
                         1000;
    config.legacyEmptyValues = executes.value(u"legacyEmptyValues").toBool(false);
    const QJsonObject admin = root.value(u"admin").toObject();
    if (admin.contains(u"listen") &&
        !parseHostPort(admin.value(u"listen").toString(), QStringLiteral("admin.listen"),
                       &config.admin.address, &config.admin.port, error))
        return std::nullopt;
    const QJsonObject adminTls = admin.value(u"tls").toObject();
    config.admin.tlsCertificateFile = adminTls.value(u"certificate").toString();
    config.admin.tlsKeyFile = adminTls.value(u"key").toString();
    if (config.admin.tlsCertificateFile.isEmpty() != config.admin.tlsKeyFile.isEmpty())
        return fail(QStringLiteral("\"admin\": {\"tls\"} needs both \"certificate\" and \"key\""));
    const QJsonObject http = root.value(u"http").toObject();
    HttpLimits& limits = config.http;
    const auto seconds = [&http, &bounded](QStringView key, int ms) {
        return int(bounded(http, QStringLiteral("http.%1").arg(key), ms / 1000.0, kMaxSeconds) *
                   1000);
    };
    limits.headerTimeoutMs = seconds(u"headerTimeoutSeconds", limits.headerTimeoutMs);
    limits.bodyIdleTimeoutMs = seconds(u"bodyIdleTimeoutSeconds", limits.bodyIdleTimeoutMs);
    limits.keepAliveTimeoutMs = seconds(u"keepAliveTimeoutSeconds", limits.keepAliveTimeoutMs);
    limits.maxConnections = http.value(u"maxConnections").toInt(limits.maxConnections);
    limits.maxConnectionsPerAddress =
        http.value(u"maxConnectionsPerAddress").toInt(limits.maxConnectionsPerAddress);
    if (limits.headerTimeoutMs < 100 || limits.bodyIdleTimeoutMs < 100 ||
        limits.keepAliveTimeoutMs < 100)
        return fail(QStringLiteral("http.headerTimeoutSeconds, bodyIdleTimeoutSeconds and "
                                   "keepAliveTimeoutSeconds must be at least 0.1"));
    if (limits.maxConnections < 1 || limits.maxConnectionsPerAddress < 1)
        return fail(QStringLiteral("http.maxConnections and maxConnectionsPerAddress must be at "
                                   "least 1"));
    if (!outOfRange.isEmpty())
        return fail(outOfRange);
    for (const QJsonValue& proxy : http.value(u"trustedProxies").toArray()) {
        const QHostAddress address(proxy.toString());
        if (address.isNull())
            return fail(QStringLiteral("http.trustedProxies: \"%1\" is not an IP address")
                            .arg(proxy.toString()));
        limits.trustedProxies.append(address);
    }
    if (config.delivery.gzipLevel < 0 || config.delivery.gzipLevel > 9)
        return fail(QStringLiteral("delivery.gzipLevel must be 0 (off) to 9"));
    if (config.limits.maxEventsPerBatch < 1 || config.maxConcurrentExecutes < 1 ||
        config.keepAliveMs < 1000 || config.delivery.maxInFlightPerSource < 1)
        return fail(QStringLiteral("eventsPerBatch, maxConcurrent, keepAliveSeconds and "
                                   "maxInFlightPerSource must be at least 1"));
    // Either would stop delivery or refuse every execute without saying why.
    if (config.delivery.maxInFlight < 1 || config.delivery.requestTimeoutMs < 1000)
        return fail(QStringLiteral("delivery.maxInFlight and requestTimeoutSeconds must be at "
                                   "least 1"));
    if (config.maxBodyBytes < (1 << 20))
        return fail(QStringLiteral("executes.maxBodyMB must be at least 1"));
    return config;
}

bool HubConfig::save(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Owner-only before any secret is written (QSaveFile writes to a temporary file first).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray HubConfig::secretsJson() const {
    QJsonObject regionSecrets;
    for (const RegionConfig& region : regions)
        regionSecrets.insert(
            region.name, QJsonObject{{QStringLiteral("secret"), QString::fromUtf8(region.secret)},
                                     {QStringLiteral("tokens"), toArray(region.tokens)}});
    QJsonObject sourceKeys;
    for (const SourceConfig& source : sources)
        sourceKeys.insert(source.name, source.writeKey);
    QJsonObject secrets{{QStringLiteral("regions"), regionSecrets},
                        {QStringLiteral("sources"), sourceKeys}};
    if (!looker.clientSecret.isEmpty())
        secrets.insert(u"lookerClientSecret", QString::fromUtf8(looker.clientSecret));
    if (alerts.hasWebhook())
        secrets.insert(u"alertWebhookUrl", alerts.webhookUrl);
    return QJsonDocument(secrets).toJson(QJsonDocument::Compact);
}

void HubConfig::applySecrets(const QByteArray& json) {
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject regionSecrets = root.value(u"regions").toObject();
    for (RegionConfig& region : regions) {
        const QJsonObject o = regionSecrets.value(region.name).toObject();
        if (o.isEmpty())
            continue;
        region.secret = o.value(u"secret").toString().toUtf8();
        region.tokens.clear();
        for (const QJsonValue& token : o.value(u"tokens").toArray())
            region.tokens.append(token.toString().toUtf8());
    }
    const QJsonObject sourceKeys = root.value(u"sources").toObject();
    for (SourceConfig& source : sources) {
        if (sourceKeys.contains(source.name))
            source.writeKey = sourceKeys.value(source.name).toString();
    }
    if (root.contains(u"lookerClientSecret"))
        looker.clientSecret = root.value(u"lookerClientSecret").toString().toUtf8();
    if (root.contains(u"alertWebhookUrl"))
        alerts.webhookUrl = root.value(u"alertWebhookUrl").toString();
}

HubConfig HubConfig::withoutSecrets() const {
    HubConfig bare = *this;
    bare.secretsInKeychain = true;
    for (RegionConfig& region : bare.regions) {
        region.secret.clear();
        region.tokens.clear();
    }
    for (SourceConfig& source : bare.sources)
        source.writeKey.clear();
    bare.looker.clientSecret.clear();
    bare.alerts.webhookUrl.clear();
    return bare;
}

std::shared_ptr<const SecretSealer> HubConfig::loadSealer(QString* error) const {
    if (secretsKeyFile.isEmpty()) {
        if (error)
            *error = QStringLiteral("a PostgreSQL outbox keeps its secrets sealed: give every hub "
                                    "of it the same --secrets-key-file (or \"secretsKeyFile\" "
                                    "in --config); make one with: openssl rand -hex 32");
        return nullptr;
    }
    return SecretSealer::load(secretsKeyFile, error);
}

QString HubConfig::lookerHostFor(const QString& region) const {
    for (const RegionConfig& r : regions) {
        if (r.name == region && !r.lookerHost.isEmpty())
            return r.lookerHost;
    }
    return lookerHost;
}

QList<std::pair<QString, QStringList>> HubConfig::lookerInstances() const {
    QList<std::pair<QString, QStringList>> instances;
    if (!lookerHost.isEmpty())
        instances.append({lookerHost, {}});
    for (const RegionConfig& region : regions) {
        const QString host = lookerHostFor(region.name);
        if (host.isEmpty())
            continue;
        auto it = std::find_if(instances.begin(), instances.end(),
                               [&host](const auto& instance) { return instance.first == host; });
        if (it == instances.end())
            instances.append({host, {region.name}});
        else
            it->second.append(region.name);
    }
    return instances;
}

QByteArray HubConfig::toJson() const {
    QJsonObject root;
    if (secretsInKeychain)
        root.insert(u"secretsIn", QStringLiteral("keychain"));
    root.insert(u"listen", QStringLiteral("%1:%2").arg(listenAddress.toString()).arg(listenPort));
    root.insert(u"publicBaseUrl", publicBaseUrl);
    if (usesTls())
        root.insert(u"tls", QJsonObject{{QStringLiteral("certificate"), tlsCertificateFile},
                                        {QStringLiteral("key"), tlsKeyFile}});
    root.insert(u"label", label);
    if (!lookerHost.isEmpty())
        root.insert(u"lookerHost", lookerHost);
    if (!outbox.isEmpty())
        root.insert(u"outbox", outbox);
    if (!secretsKeyFile.isEmpty())
        root.insert(u"secretsKeyFile", secretsKeyFile);
    QJsonArray regionArray;
    for (const RegionConfig& region : regions) {
        // Sorted: a set's order is not its contents', and equal configurations write equal files.
        QStringList nonces;
        for (const QByteArray& nonce : region.revokedNonces)
            nonces.append(QString::fromUtf8(nonce));
        nonces.sort();
        const QJsonArray revoked = QJsonArray::fromStringList(nonces);
        QJsonObject o{{QStringLiteral("name"), region.name},
                      {QStringLiteral("secret"), QString::fromUtf8(region.secret)},
                      {QStringLiteral("tokens"), toArray(region.tokens)},
                      {QStringLiteral("revokedNonces"), revoked},
                      {QStringLiteral("dataPlaneUrl"), region.dataPlaneUrl}};
        if (!region.lookerHost.isEmpty())
            o.insert(u"lookerHost", region.lookerHost);
        regionArray.append(o);
    }
    root.insert(u"regions", regionArray);
    QJsonArray sourceArray;
    for (const SourceConfig& source : sources) {
        QJsonObject o = source.optionsJson(false);
        o.insert(u"name", source.name);
        o.insert(u"writeKey", source.writeKey);
        o.insert(u"dataPlaneUrl", source.dataPlaneUrl);
        sourceArray.append(o);
    }
    root.insert(u"sources", sourceArray);
    if (!looker.isEmpty()) {
        QJsonObject connection{{QStringLiteral("baseUrl"), looker.baseUrl},
                               {QStringLiteral("clientId"), looker.clientId},
                               {QStringLiteral("verifySsl"), looker.verifySsl}};
        if (!looker.clientSecret.isEmpty())
            connection.insert(u"clientSecret", QString::fromUtf8(looker.clientSecret));
        root.insert(u"looker", connection);
    }
    root.insert(
        u"delivery",
        QJsonObject{
            {QStringLiteral("maxInFlightPerSource"), delivery.maxInFlightPerSource},
            {QStringLiteral("maxInFlight"), delivery.maxInFlight},
            {QStringLiteral("gzipLevel"), delivery.gzipLevel},
            {QStringLiteral("requestTimeoutSeconds"), delivery.requestTimeoutMs / 1000},
            {QStringLiteral("eventsPerBatch"), limits.maxEventsPerBatch},
            {QStringLiteral("keepDeliveredHours"), double(delivery.keepDeliveredMs) / 3600000}});
    if (syncStateDays != HubConfig().syncStateDays)
        root.insert(u"syncStateDays", syncStateDays);
    if (runDays != HubConfig().runDays)
        root.insert(u"runDays", runDays);
    if (!(alerts == AlertSettings()))
        root.insert(u"alerts", alerts.toJson(true));
    root.insert(u"executes", QJsonObject{{QStringLiteral("maxConcurrent"), maxConcurrentExecutes},
                                         {QStringLiteral("maxBodyMB"), double(maxBodyBytes >> 20)},
                                         {QStringLiteral("keepAliveSeconds"), keepAliveMs / 1000},
                                         {QStringLiteral("legacyEmptyValues"), legacyEmptyValues}});
    QJsonObject adminObject{{QStringLiteral("listen"),
                             QStringLiteral("%1:%2")
                                 .arg(admin.address.protocol() == QAbstractSocket::IPv6Protocol
                                          ? u'[' + admin.address.toString() + u']'
                                          : admin.address.toString())
                                 .arg(admin.port)}};
    if (admin.usesTls())
        adminObject.insert(u"tls",
                           QJsonObject{{QStringLiteral("certificate"), admin.tlsCertificateFile},
                                       {QStringLiteral("key"), admin.tlsKeyFile}});
    root.insert(u"admin", adminObject);
    QJsonArray proxies;
    for (const QHostAddress& proxy : http.trustedProxies)
        proxies.append(proxy.toString());
    root.insert(
        u"http",
        QJsonObject{{QStringLiteral("headerTimeoutSeconds"), http.headerTimeoutMs / 1000.0},
                    {QStringLiteral("bodyIdleTimeoutSeconds"), http.bodyIdleTimeoutMs / 1000.0},
                    {QStringLiteral("keepAliveTimeoutSeconds"), http.keepAliveTimeoutMs / 1000.0},
                    {QStringLiteral("maxConnections"), http.maxConnections},
                    {QStringLiteral("maxConnectionsPerAddress"), http.maxConnectionsPerAddress},
                    {QStringLiteral("trustedProxies"), proxies}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ActionDeck
