#pragma once

#include "connection/hubconnection.h"
#include "gui/connections/configdraft.h"
#include "hub/hubconfig.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ActionDeck {

class ConfigStore;
class DeliverySection;
class AlertsSection;
class HttpLimitsSection;
class ListeningSection;
class OutboxSection;
class RegionsSection;
class SourcesSection;

/// One hub's configuration, the hub in this process or one on a server alike, through its
/// HubConnection: sources (write key masked, data plane URL validated and tested), regions and
/// their tokens, the Action Hub URL for Looker, listening and public URL, delivery, HTTP limits
/// and the outbox. Tokens act at once (a made token is shown once; a revoked nonce never comes
/// back). Everything else waits for Apply: the page marks what is pending, Revert drops it,
/// Apply sends it as one change and says what it saved and where. What a server's hub sets on
/// its own machine (listening, TLS, outbox, what its flags set) shows read-only, with why.
class ConnectionsPage : public QWidget {
    Q_OBJECT

public:
    /// `store`: the window's own configuration file, for the hub in this process (says where a
    /// change was saved); null for a server's hub.
    ConnectionsPage(HubConnection& hub, ConfigStore* store, QWidget* parent = nullptr);

    HubConnection& hub() const { return m_hub; }
    /// The configuration the form shows (what Apply would apply).
    HubConfig formConfig() const;
    /// The form differs from what the hub runs with.
    bool hasPendingChanges() const;
    /// What the page says of the last action (done, pending, or why not).
    QString status() const;

    // The actions behind the buttons, callable without dialogs. Those that reach the hub say
    // how it went in changeFinished().
    /// Adds `source` or replaces the one of its name, sync options included: pending.
    bool addOrUpdateSource(SourceConfig source, QString* error);
    /// The same with a source's connection only: one that exists keeps its sync options.
    bool addOrUpdateSource(const QString& name, const QString& writeKey, const QString& url,
                           QString* error);
    void removeSource(const QString& name);
    bool addRegion(const QString& name, QString* error);
    /// The Looker instance of `region` ("" for the hub's): pending.
    bool setRegionLookerHost(const QString& region, const QString& host, QString* error);
    /// Makes a token for an applied region at once: tokenMade() shows it.
    void generateToken(const QString& region);
    /// Revokes the tokens of `nonce` at once, without asking (the button asks first).
    void revokeToken(const QString& region, const QString& nonce);
    /// Checks the form and sends it to the hub. False with `error` for a form that can not be
    /// applied; else changeFinished() follows.
    bool apply(QString* error);
    /// Drops what is pending: the form shows the hub's configuration again.
    void revert();
    /// Tests the data plane from where the hub runs: connectionTested() follows.
    void testConnection(const QString& source, const QString& url, const QString& writeKey);

signals:
    /// A change reached the hub (ok) or did not (`message` says why).
    void changeFinished(bool ok, const QString& message);
    /// The configuration was applied to the hub.
    void applied();
    void tokenMade(const QString& region, const QByteArray& token);
    void connectionTested(const QString& words);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private slots:
    /// Marks what differs from the hub's configuration, and says so above Apply.
    void showPending();

private:
    void retranslateUi();
    /// Two columns of sections, or one below the other on a small screen.
    void arrange(bool wide);
    /// What the status line says, made again in the current language when it changes.
    void setStatus(std::function<QString()> text);
    /// The hub's configuration as it runs now: shown, with nothing pending.
    void load();
    /// The sections show m_form; the lists mark what differs from m_applied.
    void showForm();
    void showLists();
    void updateHubUrl();
    void updateAccess();
    /// A change (the form's difference, or a token's) was answered.
    void finished(bool ok, const QString& message);
    /// Another hub of the fleet, or an admin elsewhere, changed the configuration.
    void followHub();
    /// The form as sections hold it, written over `config`.
    void readSections(HubConfig& config) const;
    /// Why the form can not be applied; empty when it can.
    QString formProblem() const;
    /// The sections in the order they are laid out in one column.
    QList<QWidget*> sections() const;
    /// The draft changed here: the lists and the pending line follow, the status says `status`.
    void edited(std::function<QString()> status);
    void confirmRevoke(const QString& region, const QString& nonce);
    void showSecret(const QString& title, const QString& explanation, const QString& secret);

    HubConnection& m_hub;
    QPointer<ConfigStore> m_store;
    ConfigDraft m_draft; ///< sources and regions as edited, against what the hub runs with
    bool m_waiting = false;
    bool m_wide = false;
    bool m_arranged = false;
    std::function<QString()> m_statusText;
    QString m_lastApplied; ///< what the last Apply changed, for the saved message

    // Created in this order, which is also the tab order.
    QLabel* m_access;
    SourcesSection* m_sources;
    RegionsSection* m_regions;
    ListeningSection* m_listening;
    DeliverySection* m_delivery;
    HttpLimitsSection* m_httpLimits;
    AlertsSection* m_alerts;
    OutboxSection* m_outbox;
    QLabel* m_pending;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QLabel* m_status;
};

} // namespace ActionDeck
