#pragma once

#include "outbox/syncstatestore.h"

#include <QGroupBox>
#include <QStringList>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ActionDeck {

class HubConnection;

/// The Outbox page's "Only new or changed rows" section: what the hub remembers per schedule
/// (scheduled plan, action, destination source: rows remembered, last run), and "Forget
/// selected", after which the schedule's next run sends every row. Refreshed when shown and
/// after each execute (only while visible; it catches up when shown).
class SyncStateSection : public QGroupBox {
    Q_OBJECT

public:
    enum Column { ScheduleColumn, ActionColumn, SourceColumn, RememberedColumn, LastRunColumn };

    explicit SyncStateSection(HubConnection& hub, QWidget* parent = nullptr);

    /// The plan ids of the selected rows, each once, in table order.
    QStringList selectedSchedules() const;
    bool isBusy() const { return m_refreshing || m_forgetting; }

public slots:
    /// Reads the scopes again; refreshed() follows.
    void refresh();
    /// Forgets the given schedules without asking; forgetFinished() follows (at once when
    /// there are none or another forget runs).
    void forgetSchedules(const QStringList& planIds);

signals:
    void refreshed();
    /// How many scopes were forgotten; `error` when the hub refused or could not be asked.
    void forgetFinished(int forgotten, const QString& error);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void askForget();
    void forgetNext(QStringList planIds, int forgotten);
    void showScopes(const std::vector<SyncScopeInfo>& scopes);
    void showStatus();
    void scheduleRefresh();
    void updateButton();

    HubConnection& m_hub;
    QLabel* m_intro;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_forget;
    QString m_problem;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_forgetting = false;
    bool m_stale = true; ///< executes finished while hidden
};

} // namespace ActionDeck
