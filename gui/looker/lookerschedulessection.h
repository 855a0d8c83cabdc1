#pragma once

#include "lookerapi/lookerschedules.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHash>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ActionDeck {

class HubConnection;
class LookerAccount;

/// The schedules that send to the shown hub's actions (every user's: Looker's see_schedules
/// permission): the Look or dashboard, the plan's name, crontab and owner, the action with its
/// form values, and when this hub last received it. Send now asks Looker to run one at once;
/// sendAccepted() then lets the window show the execute arriving in Live flow.
class LookerSchedulesSection : public QGroupBox {
    Q_OBJECT

public:
    LookerSchedulesSection(HubConnection& hub, LookerAccount& account, QWidget* parent = nullptr);

    /// The hub's id in Looker (empty: not in Looker); lists its schedules when it changes.
    void setHubId(const QString& id);
    /// Lists them again.
    void refresh();
    /// Runs the listed schedule `planId` once now.
    void sendNow(const QString& planId);
    bool isBusy() const { return m_busy; }
    const QList<LookerSchedule>& schedules() const { return m_schedules; }
    /// What the status line says now.
    QString status() const;

signals:
    /// Looker took Send now of `planId`: the hub receives it when Looker has the result.
    void sendAccepted(const QString& planId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSchedules();
    void readLastReceived();
    void setStatus(std::function<QString()> text, bool error = false);
    void updateButtons();
    QString pickedPlan() const;

    HubConnection& m_hub;
    LookerAccount& m_account;
    QString m_hubId;
    QList<LookerSchedule> m_schedules;
    QHash<QString, qint64> m_lastReceivedMs; ///< plan id → when the hub last received it
    bool m_busy = false;
    std::function<QString()> m_statusText;

    QTableWidget* m_table;
    QPushButton* m_list;
    QPushButton* m_send;
    QLabel* m_status;
};

} // namespace ActionDeck
