#pragma once

#include "outbox/runrecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace ActionDeck {

/// The hub's runs as table rows, in the order they came (RunFilterModel sorts and filters).
/// A run that changes is replaced in place, a new one appended: a running execute's counts
/// move without a reset, so the selection and the scroll position stay.
class RunListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ScheduleColumn,
        ActionColumn,
        SourceColumn,
        RowsColumn,
        SentColumn,
        DeliveredColumn,
        FailedColumn,
        StateColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the run id (qint64)
        SortRole,                  ///< the column's raw value, for sorting
    };

    explicit RunListModel(QObject* parent = nullptr);

    /// Replaces the rows (a model reset).
    void setRuns(std::vector<RunRecord> runs);
    /// Replaces the run of the same id, or appends it; false when nothing changed.
    bool upsert(const RunRecord& run);
    const std::vector<RunRecord>& runs() const { return m_runs; }
    /// The run at `row`, or null.
    const RunRecord* runAt(int row) const;
    /// The row of the run with `id`, or -1.
    int rowOf(qint64 id) const;

    /// Re-reads texts after a language or locale change.
    void retranslate();

    /// The state in the window's language.
    static QString stateName(RunState state);
    /// The schedule's title, "Schedule N" without one, or "Sent by hand".
    static QString scheduleText(const RunRecord& run);
    /// A time for people: the locale's short date and time in local time; empty for 0.
    static QString timeText(qint64 ms);
    /// From received to all delivered (or cut off); empty while under way.
    static QString durationText(const RunRecord& run);
    /// Whether Looker was told success and the run's rows went (a schedule's "last good run").
    static bool isGood(const RunRecord& run);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RunRecord& run, int column) const;
    QVariant sortValue(const RunRecord& run, int column) const;
    QVariant toolTip(const RunRecord& run, int column) const;

    std::vector<RunRecord> m_runs;
    QHash<qint64, int> m_rows; ///< run id → row
};

} // namespace ActionDeck
