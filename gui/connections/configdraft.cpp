#include "gui/connections/configdraft.h"

#include "catalog/systemactivityexploreurl.h"
#include "hub/configpatch.h"
#include "rudder/dataplaneurl.h"

#include <algorithm>

namespace ActionDeck {

void ConfigDraft::reset(const HubConfig& applied) {
    m_applied = applied;
    m_form = applied;
}

void ConfigDraft::follow(const HubConfig& now) {
    const QJsonObject mine = ConfigPatch::difference(m_applied, m_form);
    m_applied = now;
    // As a request: a region added here by name stays (an overlay would drop one without a
    // secret); the secret the request gives it is the hub's to make, so it is left out again.
    auto merged = mine.isEmpty()
                      ? std::nullopt
                      : ConfigPatch::apply(now, mine, ConfigPatch::Mode::Request, nullptr);
    if (merged) {
        for (RegionConfig& region : merged->regions) {
            const bool known =
                std::any_of(now.regions.begin(), now.regions.end(),
                            [&](const RegionConfig& r) { return r.name == region.name; });
            if (!known)
                region.secret.clear();
        }
    }
    m_form = merged.value_or(now);
}

bool ConfigDraft::addOrUpdateSource(SourceConfig source, bool keysKept, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    source.name = source.name.trimmed();
    source.writeKey = source.writeKey.trimmed();
    source.dataPlaneUrl = source.dataPlaneUrl.trimmed();
    const SourceConfig* existing = m_form.source(source.name);
    if (source.name.isEmpty() || (source.writeKey.isEmpty() && !(keysKept && existing)))
        return fail(tr("A source needs a name and a write key."));
    QString why;
    if (!batchEndpoint(source.dataPlaneUrl, &why).isValid())
        return fail(tr("The data plane URL is not usable: %1").arg(why));
    if (source.writeKey.isEmpty())
        source.writeKey = existing->writeKey;
    for (SourceConfig& shown : m_form.sources) {
        if (shown.name == source.name) {
            shown = source;
            return true;
        }
    }
    m_form.sources.append(source);
    return true;
}

void ConfigDraft::removeSource(const QString& name) {
    m_form.sources.removeIf([&name](const SourceConfig& s) { return s.name == name; });
}

bool ConfigDraft::addRegion(const QString& name, QString* error) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'=')) {
        if (error)
            *error = tr("A region needs a name without \"=\".");
        return false;
    }
    for (const RegionConfig& region : m_form.regions) {
        if (region.name == trimmed) {
            if (error)
                *error = tr("There is already a region named %1.").arg(trimmed);
            return false;
        }
    }
    // No secret here: the hub gives a region added by name a random secret of its own, so a
    // token of one region never opens another.
    m_form.regions.append(RegionConfig{trimmed, {}, {}, {}, {}});
    return true;
}

bool ConfigDraft::setRegionLookerHost(const QString& regionName, const QString& host,
                                      QString* error) {
    const QString trimmed = host.trimmed();
    if (!trimmed.isEmpty() && SystemActivityExploreUrl::build(trimmed, {}).isEmpty()) {
        if (error)
            *error = tr("The Looker host must be a host name such as acme.looker.com.");
        return false;
    }
    for (RegionConfig& region : m_form.regions) {
        if (region.name == regionName) {
            region.lookerHost = trimmed;
            return true;
        }
    }
    if (error)
        *error = tr("There is no region named %1.").arg(regionName);
    return false;
}

QSet<QString> ConfigDraft::changedNames(const QJsonObject& difference, const QString& key) {
    QSet<QString> names;
    const QJsonObject entries = difference.value(key).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!it->isNull())
            names.insert(it.key());
    }
    return names;
}

QString ConfigDraft::describe(const QJsonObject& difference) {
    QStringList parts;
    for (auto it = difference.begin(); it != difference.end(); ++it) {
        const QString key = it.key();
        if (key == u"sources" || key == u"regions") {
            QStringList names;
            const QJsonObject entries = it->toObject();
            for (auto entry = entries.begin(); entry != entries.end(); ++entry)
                names.append(entry->isNull() ? tr("%1 removed").arg(entry.key()) : entry.key());
            parts.append(key == u"sources" ? tr("sources (%1)").arg(names.join(u", "))
                                           : tr("regions (%1)").arg(names.join(u", ")));
        } else if (key == u"delivery") {
            parts.append(tr("delivery"));
        } else if (key == u"executes") {
            parts.append(tr("executes"));
        } else if (key == u"http") {
            parts.append(tr("HTTP limits"));
        } else if (key == u"publicBaseUrl") {
            parts.append(tr("public base URL"));
        } else if (key == u"lookerHost") {
            parts.append(tr("Looker host"));
        } else {
            parts.append(key);
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace ActionDeck
