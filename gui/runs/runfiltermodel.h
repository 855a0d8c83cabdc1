#pragma once

#include "outbox/runrecord.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace ActionDeck {

class RunListModel;

/// The runs the Runs page shows: of one schedule, in one state, matching a text; sorted on
/// the raw values (RunListModel::SortRole), ties by id, so that equal rows keep their order.
class RunFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RunFilterModel(RunListModel& runs, QObject* parent = nullptr);

    /// Runs of scheduled plan `planId` only; an empty id: those sent by hand; nullopt: all.
    void setSchedule(const std::optional<QString>& planId);
    const std::optional<QString>& schedule() const { return m_planId; }
    void setState(const std::optional<RunState>& state);
    const std::optional<RunState>& state() const { return m_state; }
    /// Runs whose schedule, action, source or what Looker was told contain `text` (any case).
    void setText(const QString& text);
    const QString& text() const { return m_text; }

    /// The run at a row of this model, or null.
    const RunRecord* runAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool matchesText(const RunRecord& run) const;

    RunListModel& m_runs;
    std::optional<QString> m_planId;
    std::optional<RunState> m_state;
    QString m_text;
};

} // namespace ActionDeck
