#include "gui/runs/runfiltermodel.h"

#include "gui/runs/runlistmodel.h"
#include "gui/widgets/actionlabel.h"

namespace ActionDeck {

RunFilterModel::RunFilterModel(RunListModel& runs, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_runs(runs) {
    setSourceModel(&runs);
    setSortRole(RunListModel::SortRole);
    // A run that changes moves to its place, and one that stops matching goes.
    setDynamicSortFilter(true);
}

void RunFilterModel::setSchedule(const std::optional<QString>& planId) {
    if (planId == m_planId)
        return;
    m_planId = planId;
    invalidateRowsFilter();
}

void RunFilterModel::setState(const std::optional<RunState>& state) {
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void RunFilterModel::setText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

const RunRecord* RunFilterModel::runAt(int row) const {
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? m_runs.runAt(source.row()) : nullptr;
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const RunRecord* run = m_runs.runAt(sourceRow);
    if (!run)
        return false;
    if (m_planId && run->planId != *m_planId)
        return false;
    if (m_state && run->state != *m_state)
        return false;
    return m_text.isEmpty() || matchesText(*run);
}

bool RunFilterModel::matchesText(const RunRecord& run) const {
    for (const QString& field : {RunListModel::scheduleText(run), run.action,
                                 ActionLabel::of(run.action), run.source, run.message}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RunFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(RunListModel::SortRole);
    const QVariant b = right.data(RunListModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int compared = a.toString().localeAwareCompare(b.toString());
        if (compared != 0)
            return compared < 0;
    }
    return left.data(RunListModel::IdRole).toLongLong() <
           right.data(RunListModel::IdRole).toLongLong();
}

} // namespace ActionDeck
