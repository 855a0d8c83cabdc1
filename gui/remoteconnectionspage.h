#pragma once

#include "hub/sourceconfig.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ActionDeck {

class RemoteHubConnection;

/// The Connections page of a hub on a server, through its admin API (an admin token): its
/// sources (add or change, remove, reveal a write key) and regions (make a Looker token,
/// revoke one by nonce). Secrets are shown only when asked for, one at a time, as the hub
/// answers them; nothing is kept.
class RemoteConnectionsPage : public QWidget {
    Q_OBJECT

public:
    explicit RemoteConnectionsPage(RemoteHubConnection& hub, QWidget* parent = nullptr);

    QTableWidget* sources() const { return m_sources; }
    QTableWidget* regions() const { return m_regions; }
    /// Adds or changes a source (an empty write key keeps the one it has); with `options`, its
    /// sync options too (all four, as `options` has them).
    void saveSource(const QString& name, const QString& dataPlaneUrl, const QString& writeKey,
                    const std::optional<SourceConfig>& options = std::nullopt);
    void removeSource(const QString& name);
    void makeToken(const QString& region);
    void revokeToken(const QString& region, const QString& nonce);
    /// What the page says of the last call (done, or why not).
    QString status() const;

signals:
    /// A made token (shown once) or a revealed write key.
    void secretShown(const QString& title, const QString& secret);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showConfig();
    QString selected(QTableWidget* table, int column = 0) const;
    void askSource();
    void askReveal();
    void showSecret(const QString& title, const QString& secret);
    void done(const QString& error, const QString& success);

    RemoteHubConnection& m_hub;
    QLabel* m_title;
    QLabel* m_scope;
    QTableWidget* m_sources;
    QTableWidget* m_regions;
    QPushButton* m_addSource;
    QPushButton* m_removeSource;
    QPushButton* m_reveal;
    QPushButton* m_makeToken;
    QPushButton* m_revoke;
    QLabel* m_status;
};

} // namespace ActionDeck
