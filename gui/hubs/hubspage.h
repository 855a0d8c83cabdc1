#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ActionDeck {

class HubConnection;
class HubRegistry;

/// All hubs at once — this computer's and the servers' — with their state, their outbox,
/// events per second stored and delivered, pending, failed and the last error; hubs sharing one
/// PostgreSQL outbox are listed together. Add, edit and remove hubs, trust a self-signed
/// certificate, and open one hub's pages (double-click).
class HubsPage : public QWidget {
    Q_OBJECT

public:
    enum Column {
        Name,
        Url,
        State,
        Outbox,
        StoredRate,
        DeliveredRate,
        Pending,
        Failed,
        LastError,
        Count
    };

    explicit HubsPage(HubRegistry& hubs, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Asks for a hub on a server to add (the dialog).
    void addHub();

signals:
    /// The user asked to see this hub's pages.
    void openHub(ActionDeck::HubConnection& hub);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Rates {
        qint64 lastStored = -1;
        qint64 lastDelivered = -1;
        double stored = 0;
        double delivered = 0;
        QString lastError;
    };
    void retranslateUi();
    void rebuild();
    /// The hubs in the order shown: those of one shared outbox together, where the first of
    /// them is; the others as the registry lists them.
    QList<HubConnection*> ordered() const;
    void refreshRows();
    void sample();
    void watch(HubConnection& hub);
    HubConnection* selected() const;
    void updateButtons();
    void editHub();
    void removeHub();

    HubRegistry& m_hubs;
    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_trust;
    QPushButton* m_open;
    QLabel* m_pin;
    QCheckBox* m_runLocal;
    QTimer* m_timer;
    QList<HubConnection*> m_rows; ///< the hub of each row
    QHash<const HubConnection*, Rates> m_rates;
    QSet<const HubConnection*> m_watched;
};

} // namespace ActionDeck
