#pragma once

#include "outbox/runrecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace ActionDeck {

/// The Runs page's view by schedule: one row per scheduled plan (and one for the runs sent by
/// hand), with how many runs the page has of it, its last run's state and its last good run.
class ScheduleSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ScheduleColumn, RunsColumn, LastStateColumn, LastGoodColumn, ColumnCount };
    enum Role {
        PlanIdRole = Qt::UserRole + 1, ///< the plan id; empty for the runs sent by hand
    };

    struct Summary {
        QString planId;
        QString title; ///< the newest run's schedule text
        qint64 runs = 0;
        qint64 lastId = 0;
        RunState lastState = RunState::Running;
        qint64 lastGoodMs = 0; ///< when the last good run was received; 0: none

        bool operator==(const Summary&) const = default;
    };

    explicit ScheduleSummaryModel(QObject* parent = nullptr);

    /// Counts `runs` anew. The same schedules in the same order only change their cells, so
    /// the selection stays while runs come and go.
    void summarize(const std::vector<RunRecord>& runs);
    const std::vector<Summary>& summaries() const { return m_summaries; }
    /// The row of schedule `planId`, or -1.
    int rowOf(const QString& planId) const;

    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Summary> m_summaries;
};

} // namespace ActionDeck
