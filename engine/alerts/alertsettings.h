#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ActionDeck {

/// Where a hub tells that a run failed or delivery to a source is stuck: a webhook (Slack's
/// incoming webhooks and those that take its `{"text": …}`, or the run as JSON), and after how
/// long pending batches count as stuck. The URL holds a secret, kept like a write key: never
/// logged, never answered (hasWebhookUrl instead).
struct AlertSettings {
    enum class Format { Slack, Json };

    QString webhookUrl; ///< empty: no webhook
    Format format = Format::Slack;
    int stuckMinutes = 30;
    /// A webhook is set, but its URL was not given (an admin API answers hasWebhookUrl): a
    /// change that names no URL keeps it.
    bool webhookKept = false;

    bool hasWebhook() const { return !webhookUrl.isEmpty(); }
    /// A webhook is set, its URL known here or not.
    bool webhookSet() const { return hasWebhook() || webhookKept; }

    static QString formatName(Format format);
    static std::optional<Format> formatFromName(const QString& name);
    /// The `alerts` section of a configuration; nullopt with `error` naming the field.
    static std::optional<AlertSettings> fromJson(const QJsonObject& json, QString* error);
    /// The section; the URL only when `withSecret`, else `hasWebhookUrl`.
    QJsonObject toJson(bool withSecret) const;

    friend bool operator==(const AlertSettings&, const AlertSettings&) = default;
};

} // namespace ActionDeck
