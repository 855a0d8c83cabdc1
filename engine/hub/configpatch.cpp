#include "hub/configpatch.h"

#include "catalog/systemactivityexploreurl.h"
#include "hub/hubtoken.h"
#include "rudder/dataplaneurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace ActionDeck {

namespace {

enum class Kind { Integer, Number, Boolean, Addresses, Text };

struct Section {
    QString name;
    QList<std::pair<QString, Kind>> members;
};

/// The sections a change may touch, member by member: the names of a --config file.
const QList<Section>& sections() {
    static const QList<Section> all = {
        {QStringLiteral("delivery"),
         {{QStringLiteral("maxInFlightPerSource"), Kind::Integer},
          {QStringLiteral("maxInFlight"), Kind::Integer},
          {QStringLiteral("gzipLevel"), Kind::Integer},
          {QStringLiteral("requestTimeoutSeconds"), Kind::Integer},
          {QStringLiteral("eventsPerBatch"), Kind::Integer},
          {QStringLiteral("keepDeliveredHours"), Kind::Number}}},
        {QStringLiteral("executes"),
         {{QStringLiteral("maxConcurrent"), Kind::Integer},
          {QStringLiteral("maxBodyMB"), Kind::Number},
          {QStringLiteral("keepAliveSeconds"), Kind::Integer},
          {QStringLiteral("legacyEmptyValues"), Kind::Boolean}}},
        {QStringLiteral("http"),
         {{QStringLiteral("headerTimeoutSeconds"), Kind::Number},
          {QStringLiteral("bodyIdleTimeoutSeconds"), Kind::Number},
          {QStringLiteral("keepAliveTimeoutSeconds"), Kind::Number},
          {QStringLiteral("maxConnections"), Kind::Integer},
          {QStringLiteral("maxConnectionsPerAddress"), Kind::Integer},
          {QStringLiteral("trustedProxies"), Kind::Addresses}}},
        // The webhook URL is a secret: left out of a change, it is kept.
        {QStringLiteral("alerts"),
         {{QStringLiteral("webhookUrl"), Kind::Text},
          {QStringLiteral("format"), Kind::Text},
          {QStringLiteral("stuckMinutes"), Kind::Integer}}},
    };
    return all;
}

/// Named entries (sources, regions) in their order, each without its "name".
using Entries = QList<std::pair<QString, QJsonObject>>;

Entries entriesOf(const QJsonArray& array) {
    Entries entries;
    for (const QJsonValue& value : array) {
        QJsonObject o = value.toObject();
        const QString name = o.take(u"name").toString();
        entries.append({name, o});
    }
    return entries;
}

QJsonArray arrayOf(const Entries& entries) {
    QJsonArray array;
    for (const auto& [name, entry] : entries) {
        QJsonObject o = entry;
        o.insert(u"name", name);
        array.append(o);
    }
    return array;
}

qsizetype indexOf(const Entries& entries, const QString& name) {
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].first == name)
            return i;
    }
    return -1;
}

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

bool hasKind(const QJsonValue& value, Kind kind) {
    switch (kind) {
    case Kind::Integer:
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble() &&
               std::abs(value.toDouble()) < 1e9;
    case Kind::Number:
        return value.isDouble();
    case Kind::Boolean:
        return value.isBool();
    case Kind::Addresses:
        return value.isArray() && std::all_of(value.toArray().begin(), value.toArray().end(),
                                              [](const QJsonValue& v) { return v.isString(); });
    case Kind::Text:
        return value.isString();
    }
    return false;
}

QString kindName(Kind kind) {
    switch (kind) {
    case Kind::Integer:
        return QStringLiteral("a whole number");
    case Kind::Number:
        return QStringLiteral("a number");
    case Kind::Boolean:
        return QStringLiteral("true or false");
    case Kind::Addresses:
        return QStringLiteral("a list of IP addresses");
    case Kind::Text:
        return QStringLiteral("a text");
    }
    return {};
}

bool patchSection(QJsonObject& document, const Section& section, const QJsonValue& value,
                  QString* error) {
    if (!value.isObject())
        return fail(error, QStringLiteral("%1 must be an object").arg(section.name));
    QJsonObject target = document.value(section.name).toObject();
    const QJsonObject changes = value.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const auto member =
            std::find_if(section.members.begin(), section.members.end(),
                         [&](const auto& candidate) { return candidate.first == it.key(); });
        if (member == section.members.end()) {
            QStringList names;
            for (const auto& [name, kind] : section.members)
                names.append(name);
            return fail(error, QStringLiteral("%1.%2: unknown field (%1 has %3)")
                                   .arg(section.name, it.key(), names.join(QStringLiteral(", "))));
        }
        if (it->isNull()) { // back to the default
            target.remove(it.key());
            continue;
        }
        if (!hasKind(*it, member->second))
            return fail(error, QStringLiteral("%1.%2 must be %3")
                                   .arg(section.name, it.key(), kindName(member->second)));
        target.insert(it.key(), *it);
    }
    document.insert(section.name, target);
    return true;
}

/// A non-empty string, trimmed, or an error naming `field`.
std::optional<QString> text(const QJsonValue& value, const QString& field, QString* error) {
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(error, QStringLiteral("%1 must be a non-empty string").arg(field));
        return std::nullopt;
    }
    return value.toString().trimmed();
}

std::optional<QStringList> texts(const QJsonValue& value, const QString& field, QString* error) {
    if (!value.isArray()) {
        fail(error, QStringLiteral("%1 must be a list of strings").arg(field));
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        const auto one = text(item, field + QStringLiteral("[]"), error);
        if (!one)
            return std::nullopt;
        list.append(*one);
    }
    return list;
}

bool usableUrl(const QString& url, const QString& field, QString* error) {
    QString why;
    if (!batchEndpoint(url, &why).isValid())
        return fail(error, QStringLiteral("%1: %2").arg(field, why));
    return true;
}

bool validName(const QString& name, const QString& kind, QString* error) {
    if (name.isEmpty() || name.trimmed() != name || name.contains(u'='))
        return fail(error, QStringLiteral("%1: \"%2\" is not a name (not empty, no spaces around "
                                          "it, no \"=\")")
                               .arg(kind, name));
    return true;
}

/// A sync option of a source (`sources.Prod.propertyNames`): checked by the file's rules,
/// null back to the default; `rename` is replaced whole.
bool patchSourceOption(QJsonObject& source, const QString& key, const QJsonValue& value,
                       const QString& where, QString* error) {
    if (value.isNull()) {
        source.remove(key);
        return true;
    }
    SourceConfig checked;
    QString why;
    if (!checked.readOptions(QJsonObject{{key, value}}, &why))
        return fail(error, where + u'.' + why);
    source.insert(key, checked.optionsJson(true).value(key));
    return true;
}

bool patchSources(Entries& sources, const QJsonValue& value, ConfigPatch::Mode mode,
                  QString* error) {
    if (!value.isObject())
        return fail(error, QStringLiteral("sources must be an object of sources by name, e.g. "
                                          "{\"Prod\": {\"dataPlaneUrl\": …, \"writeKey\": …}}"));
    const QJsonObject changes = value.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString name = it.key();
        const QString where = QStringLiteral("sources.") + name;
        if (!validName(name, QStringLiteral("sources"), error))
            return false;
        const qsizetype existing = indexOf(sources, name);
        if (it->isNull()) {
            if (existing >= 0)
                sources.removeAt(existing);
            else if (mode == ConfigPatch::Mode::Request)
                return fail(
                    error,
                    QStringLiteral("%1: there is no source of that name to remove").arg(where));
            continue;
        }
        if (!it->isObject())
            return fail(error, QStringLiteral("%1 must be an object (dataPlaneUrl, writeKey, "
                                              "%2), or null to remove the source")
                                   .arg(where, SourceConfig::optionKeys().join(u", ")));
        QJsonObject source = existing >= 0 ? sources[existing].second : QJsonObject();
        const QJsonObject change = it->toObject();
        for (auto field = change.begin(); field != change.end(); ++field) {
            const QString path = where + u'.' + field.key();
            if (field.key() == u"hasWriteKey")
                return fail(error, QStringLiteral("%1 is what GET shows; give writeKey to change "
                                                  "the key")
                                       .arg(path));
            if (SourceConfig::optionKeys().contains(field.key())) {
                if (!patchSourceOption(source, field.key(), *field, where, error))
                    return false;
                continue;
            }
            if (field.key() != u"dataPlaneUrl" && field.key() != u"writeKey")
                return fail(error, QStringLiteral("%1: unknown field (a source has dataPlaneUrl, "
                                                  "writeKey, %2)")
                                       .arg(path, SourceConfig::optionKeys().join(u", ")));
            const auto given = text(*field, path, error);
            if (!given || (field.key() == u"dataPlaneUrl" && !usableUrl(*given, path, error)))
                return false;
            source.insert(field.key(), *given);
        }
        if (source.value(u"writeKey").toString().isEmpty() ||
            source.value(u"dataPlaneUrl").toString().isEmpty())
            return fail(
                error,
                QStringLiteral("%1: a new source needs dataPlaneUrl and writeKey").arg(where));
        if (existing >= 0)
            sources[existing].second = source;
        else
            sources.append({name, source});
    }
    return true;
}

/// One region's change: `dataPlaneUrl` and `secret` replace, `tokens` and `revokedNonces` add
/// (a revocation is never undone by a change, and a token is removed by revoking its nonce).
// The Looker instance behind the catalogue's Explore links; "" for none.
bool patchLookerHost(QJsonObject& document, const QJsonValue& value, const QString& where,
                     QString* error) {
    if (!value.isString())
        return fail(error, QStringLiteral("%1 must be a string (\"\" for none)").arg(where));
    const QString host = value.toString().trimmed();
    if (!host.isEmpty() && SystemActivityExploreUrl::build(host, {}).isEmpty())
        return fail(error, QStringLiteral("%1 wants the Looker instance's host name, e.g. "
                                          "acme.looker.com")
                               .arg(where));
    document.insert(u"lookerHost", host);
    return true;
}

bool patchRegion(QJsonObject& region, const QJsonObject& change, const QString& where,
                 QString* error) {
    QStringList tokens;
    for (const QJsonValue& token : region.value(u"tokens").toArray())
        tokens.append(token.toString());
    QStringList revoked;
    for (const QJsonValue& nonce : region.value(u"revokedNonces").toArray())
        revoked.append(nonce.toString());
    for (auto field = change.begin(); field != change.end(); ++field) {
        const QString path = where + u'.' + field.key();
        const QString key = field.key();
        if (key == u"hasSecret" || key == u"tokenNonces")
            return fail(error, QStringLiteral("%1 is what GET shows; give secret, tokens or "
                                              "revokedNonces")
                                   .arg(path));
        if (key == u"dataPlaneUrl") {
            if (!field->isString())
                return fail(error, QStringLiteral("%1 must be a string (\"\" for none)").arg(path));
            const QString url = field->toString().trimmed();
            if (!url.isEmpty() && !usableUrl(url, path, error))
                return false;
            region.insert(key, url);
        } else if (key == u"lookerHost") {
            if (!patchLookerHost(region, *field, path, error))
                return false;
        } else if (key == u"secret") {
            const auto secret = text(*field, path, error);
            if (!secret)
                return false;
            region.insert(key, *secret);
        } else if (key == u"tokens" || key == u"revokedNonces") {
            const auto list = texts(*field, path, error);
            if (!list)
                return false;
            for (const QString& item : *list) {
                if (key == u"tokens" && HubToken::nonceOf(item.toUtf8()).isEmpty())
                    return fail(error, QStringLiteral("%1: a token is <nonce>/<signature>, so "
                                                      "that it can be revoked")
                                           .arg(path));
                QStringList& target = key == u"tokens" ? tokens : revoked;
                if (!target.contains(item))
                    target.append(item);
            }
        } else {
            return fail(error, QStringLiteral("%1: unknown field (a region has secret, tokens, "
                                              "revokedNonces, dataPlaneUrl and lookerHost)")
                                   .arg(path));
        }
    }
    // A revoked nonce's listed tokens go, as the Connections page's revoke removes them.
    tokens.removeIf([&revoked](const QString& token) {
        return revoked.contains(QString::fromUtf8(HubToken::nonceOf(token.toUtf8())));
    });
    region.insert(u"tokens", QJsonArray::fromStringList(tokens));
    region.insert(u"revokedNonces", QJsonArray::fromStringList(revoked));
    return true;
}

bool patchRegions(Entries& regions, const QJsonValue& value, ConfigPatch::Mode mode,
                  QString* error) {
    if (!value.isObject())
        return fail(error, QStringLiteral("regions must be an object of regions by name, e.g. "
                                          "{\"EU\": {\"dataPlaneUrl\": …}}"));
    const QJsonObject changes = value.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString name = it.key();
        const QString where = QStringLiteral("regions.") + name;
        if (!validName(name, QStringLiteral("regions"), error))
            return false;
        const qsizetype existing = indexOf(regions, name);
        if (it->isNull()) {
            if (existing >= 0)
                regions.removeAt(existing);
            else if (mode == ConfigPatch::Mode::Request)
                return fail(
                    error,
                    QStringLiteral("%1: there is no region of that name to remove").arg(where));
            continue;
        }
        if (!it->isObject())
            return fail(error, QStringLiteral("%1 must be an object (secret, tokens, "
                                              "revokedNonces, dataPlaneUrl), or null to remove "
                                              "the region")
                                   .arg(where));
        QJsonObject region = existing >= 0 ? regions[existing].second : QJsonObject();
        if (!patchRegion(region, it->toObject(), where, error))
            return false;
        const bool usable = !region.value(u"secret").toString().isEmpty() ||
                            !region.value(u"tokens").toArray().isEmpty();
        if (existing >= 0) {
            regions[existing].second = region;
            continue;
        }
        if (!usable && mode == ConfigPatch::Mode::Overlay)
            continue;
        if (!usable) // each region signs its own tokens
            region.insert(u"secret", QString::fromLatin1(HubToken::newSecret()));
        regions.append({name, region});
    }
    return true;
}

bool patchPublicUrl(QJsonObject& document, const QJsonValue& value, QString* error) {
    if (!value.isString())
        return fail(error, QStringLiteral("publicBaseUrl must be a string (\"\" for none)"));
    const QString url = value.toString().trimmed();
    const QUrl parsed(url, QUrl::StrictMode);
    if (!url.isEmpty() && (!parsed.isValid() || parsed.host().isEmpty() ||
                           (parsed.scheme() != u"http" && parsed.scheme() != u"https")))
        return fail(error, QStringLiteral("publicBaseUrl wants the http(s) URL Looker reaches the "
                                          "hub at, e.g. https://actions.example.com"));
    document.insert(u"publicBaseUrl", url);
    return true;
}

QJsonObject documentOf(const HubConfig& config) {
    return QJsonDocument::fromJson(config.toJson()).object();
}

} // namespace

std::optional<HubConfig> ConfigPatch::apply(const HubConfig& current, const QJsonObject& patch,
                                            Mode mode, QString* error) {
    QJsonObject document = documentOf(current);
    Entries sources = entriesOf(document.value(u"sources").toArray());
    Entries regions = entriesOf(document.value(u"regions").toArray());
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString key = it.key();
        const auto section = std::find_if(sections().begin(), sections().end(),
                                          [&key](const Section& s) { return s.name == key; });
        bool ok = true;
        if (key == u"label") {
            const auto label = text(*it, key, error);
            ok = bool(label);
            if (label)
                document.insert(key, *label);
        } else if (key == u"publicBaseUrl") {
            ok = patchPublicUrl(document, *it, error);
        } else if (key == u"lookerHost") {
            ok = patchLookerHost(document, *it, key, error);
        } else if (key == u"sources") {
            ok = patchSources(sources, *it, mode, error);
        } else if (key == u"regions") {
            ok = patchRegions(regions, *it, mode, error);
        } else if (section != sections().end()) {
            ok = patchSection(document, *section, *it, error);
        } else if (key == u"outbox" || key == u"secretsKeyFile") {
            // Each hub is told where its outbox is when it starts; moving one means moving its
            // batches (`actiondeck outbox migrate`).
            ok = fail(error, QStringLiteral("%1 is not changed through the admin API: it is "
                                            "set where the hub is started (--outbox, "
                                            "--secrets-key-file, or the configuration file); "
                                            "an outbox is moved with "
                                            "`actiondeck outbox migrate --to`")
                                 .arg(key));
        } else if (key == u"listen" || key == u"tls" || key == u"admin") {
            // Moving a listener from afar can cut off Looker or this API itself.
            ok = fail(error, QStringLiteral("%1 is not changed through the admin API: where the "
                                            "hub listens is set where it is started (--config, "
                                            "--listen, --tls-cert, --admin-listen)")
                                 .arg(key));
        } else {
            ok = fail(error, QStringLiteral(
                                 "unknown field \"%1\" (a change has label, "
                                 "publicBaseUrl, lookerHost, sources, regions, delivery, executes, "
                                 "http and alerts)")
                                 .arg(key));
        }
        if (!ok)
            return std::nullopt;
    }
    // Without a region no request can be served, and --headless would not start again.
    if (mode == Mode::Request && regions.isEmpty() && !current.regions.isEmpty()) {
        fail(error, QStringLiteral("regions: the last region can not be removed (Looker could "
                                   "no longer reach the hub); add another one first"));
        return std::nullopt;
    }
    document.insert(u"sources", arrayOf(sources));
    document.insert(u"regions", arrayOf(regions));
    // The file's own rules, with their own messages (delivery.gzipLevel must be 0 (off) to 9…).
    auto changed =
        HubConfig::fromJson(QJsonDocument(document).toJson(QJsonDocument::Compact), error);
    if (!changed)
        return std::nullopt;
    // Never changed here, so never through a round trip of their text.
    changed->listenAddress = current.listenAddress;
    changed->listenPort = current.listenPort;
    changed->tlsCertificateFile = current.tlsCertificateFile;
    changed->tlsKeyFile = current.tlsKeyFile;
    changed->admin = current.admin;
    changed->outbox = current.outbox;
    changed->secretsKeyFile = current.secretsKeyFile;
    changed->downloadTimeoutMs = current.downloadTimeoutMs;
    return changed;
}

QJsonObject ConfigPatch::difference(const HubConfig& base, const HubConfig& wanted) {
    QJsonObject change;
    const QJsonObject from = documentOf(base);
    const QJsonObject to = documentOf(wanted);
    for (const QString& key :
         {QStringLiteral("label"), QStringLiteral("publicBaseUrl"), QStringLiteral("lookerHost")}) {
        // An absent host and "" are the same setting.
        if (from.value(key).toString() != to.value(key).toString())
            change.insert(key, to.value(key).toString());
    }
    for (const Section& section : sections()) {
        if (section.name == u"alerts")
            continue; // below: its URL may be unseen here
        const QJsonObject before = from.value(section.name).toObject();
        const QJsonObject after = to.value(section.name).toObject();
        QJsonObject members;
        for (const auto& [name, kind] : section.members) {
            if (before.value(name) != after.value(name))
                members.insert(name, after.value(name));
        }
        if (!members.isEmpty())
            change.insert(section.name, members);
    }
    // A URL typed replaces the webhook, an empty one removes it; one kept unseen stays.
    QJsonObject alerts;
    const AlertSettings& a = base.alerts;
    const AlertSettings& b = wanted.alerts;
    if ((b.webhookUrl != a.webhookUrl || b.webhookKept != a.webhookKept) && !b.webhookKept)
        alerts.insert(u"webhookUrl", b.webhookUrl);
    if (b.format != a.format)
        alerts.insert(u"format", AlertSettings::formatName(b.format));
    if (b.stuckMinutes != a.stuckMinutes)
        alerts.insert(u"stuckMinutes", b.stuckMinutes);
    if (!alerts.isEmpty())
        change.insert(u"alerts", alerts);
    // Member by member: what was not changed here follows the file (a key rotated there counts).
    QJsonObject sources;
    for (const SourceConfig& source : wanted.sources) {
        const SourceConfig* old = base.source(source.name);
        QJsonObject entry;
        if (!old || old->dataPlaneUrl != source.dataPlaneUrl)
            entry.insert(u"dataPlaneUrl", source.dataPlaneUrl);
        if (!old || old->writeKey != source.writeKey)
            entry.insert(u"writeKey", source.writeKey);
        // Each option that differs, with its value even when that is the default.
        const QJsonObject options = source.optionsJson(true);
        const QJsonObject before = (old ? *old : SourceConfig()).optionsJson(true);
        for (const QString& key : SourceConfig::optionKeys()) {
            if (options.value(key) != before.value(key))
                entry.insert(key, options.value(key));
        }
        if (!entry.isEmpty())
            sources.insert(source.name, entry);
    }
    for (const SourceConfig& source : base.sources) {
        if (!wanted.source(source.name))
            sources.insert(source.name, QJsonValue::Null);
    }
    if (!sources.isEmpty())
        change.insert(u"sources", sources);
    QJsonObject regions;
    for (const RegionConfig& region : wanted.regions) {
        const auto old = std::find_if(base.regions.begin(), base.regions.end(),
                                      [&](const RegionConfig& r) { return r.name == region.name; });
        const bool added = old == base.regions.end();
        QJsonObject entry;
        if (added ? !region.dataPlaneUrl.isEmpty() : old->dataPlaneUrl != region.dataPlaneUrl)
            entry.insert(u"dataPlaneUrl", region.dataPlaneUrl);
        if (added ? !region.lookerHost.isEmpty() : old->lookerHost != region.lookerHost)
            entry.insert(u"lookerHost", region.lookerHost);
        if (!region.secret.isEmpty() && (added || old->secret != region.secret))
            entry.insert(u"secret", QString::fromUtf8(region.secret));
        QStringList tokens;
        for (const QByteArray& token : region.tokens) {
            if (added || !old->tokens.contains(token))
                tokens.append(QString::fromUtf8(token));
        }
        QSet<QByteArray> revoked = region.revokedNonces;
        if (!added) {
            revoked.subtract(old->revokedNonces);
            // A token of the file that is gone here (its region removed and added again) must
            // stay gone: by its nonce, the one way a change takes a token away.
            for (const QByteArray& token : old->tokens) {
                if (!region.tokens.contains(token) && !HubToken::nonceOf(token).isEmpty() &&
                    !old->revokedNonces.contains(HubToken::nonceOf(token)))
                    revoked.insert(HubToken::nonceOf(token));
            }
        }
        QStringList nonces;
        for (const QByteArray& nonce : revoked)
            nonces.append(QString::fromUtf8(nonce));
        nonces.sort();
        if (!tokens.isEmpty())
            entry.insert(u"tokens", QJsonArray::fromStringList(tokens));
        if (!nonces.isEmpty())
            entry.insert(u"revokedNonces", QJsonArray::fromStringList(nonces));
        // A region added with nothing but its name ({}): a request gives it a secret.
        if (!entry.isEmpty() || added)
            regions.insert(region.name, entry);
    }
    for (const RegionConfig& region : base.regions) {
        if (std::none_of(wanted.regions.begin(), wanted.regions.end(),
                         [&](const RegionConfig& r) { return r.name == region.name; }))
            regions.insert(region.name, QJsonValue::Null);
    }
    if (!regions.isEmpty())
        change.insert(u"regions", regions);
    return change;
}

} // namespace ActionDeck
