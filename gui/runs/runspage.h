#pragma once

#include "outbox/runrecord.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace ActionDeck {

class HubConnection;
class LookerAccount;
class RunActionBar;
class RunDetailsView;
class RunFeed;
class RunFilterModel;
class RunListModel;
class ScheduleSummaryModel;

/// Runs: every execute the hub kept, newest first — its schedule, action, source, rows read,
/// messages sent, delivered and failed, state and duration — filtered by schedule, state and
/// text, or seen by schedule with each one's last good run. The selected run's details below,
/// with its failed batches (a way to the Outbox page), "Preview this request" and "Send now".
/// Runs move live: a running execute's counts, a delivering run's deliveries (RunFeed).
class RunsPage : public QWidget {
    Q_OBJECT

public:
    explicit RunsPage(HubConnection& hub, QWidget* parent = nullptr);
    ~RunsPage() override;

    /// The window's Looker connection, which Send now uses (null: none).
    void setLookerAccount(LookerAccount* account);

    /// Runs of scheduled plan `planId` only (empty: those sent by hand; nullopt: all).
    void setScheduleFilter(const std::optional<QString>& planId);
    void setStateFilter(const std::optional<RunState>& state);
    void setTextFilter(const QString& text);
    /// The view by schedule beside the runs.
    void setBySchedule(bool on);
    bool bySchedule() const;
    /// Selects run `id` when the filters show it.
    bool selectRun(qint64 id);
    std::optional<RunRecord> selectedRun() const;
    const RunFilterModel& filterModel() const { return *m_filter; }
    const RunListModel& runModel() const { return *m_model; }
    const ScheduleSummaryModel& scheduleModel() const { return *m_summaries; }
    /// Whether the runs were read once.
    bool hasLoaded() const;

public slots:
    /// Reads every run again; refreshed() follows.
    void refresh();

signals:
    void refreshed();
    /// The Outbox page, filtered to run `runId`'s batches.
    void showRunInOutbox(qint64 runId);
    /// Preview, with the request of run `runId`.
    void previewRun(qint64 runId);
    /// Looker took Send now of `planId`.
    void sendAccepted(const QString& planId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillScheduleCombo();
    void fillStateCombo();
    void scheduleChosen();
    void scheduleRowChosen();
    void selectScheduleRow();
    void showSelected();
    void runUpdated(const RunRecord& run);
    void showSummary();
    void sizeColumns();

    HubConnection& m_hub;
    RunListModel* m_model;
    RunFilterModel* m_filter;
    ScheduleSummaryModel* m_summaries;
    RunFeed* m_feed;
    QString m_problem;
    qint64 m_shownId = 0; ///< the run the details show, selected again after a reload
    bool m_columnsSized = false;
    bool m_syncingSchedules = false; ///< the view by schedule follows the filter

    // Created in this order, which is also the tab order.
    QLabel* m_scheduleLabel;
    QComboBox* m_schedule;
    QLabel* m_stateLabel;
    QComboBox* m_state;
    QLineEdit* m_search;
    QPushButton* m_bySchedule;
    QPushButton* m_refresh;
    QLabel* m_summary;
    QTableView* m_schedules;
    QTableView* m_table;
    RunDetailsView* m_details;
    RunActionBar* m_actions;
};

} // namespace ActionDeck
