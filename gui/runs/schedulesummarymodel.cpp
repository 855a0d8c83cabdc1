#include "gui/runs/schedulesummarymodel.h"

#include "gui/runs/runlistmodel.h"

#include <QColor>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ActionDeck {

ScheduleSummaryModel::ScheduleSummaryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ScheduleSummaryModel::summarize(const std::vector<RunRecord>& runs) {
    QHash<QString, std::size_t> indexOf;
    std::vector<Summary> summaries;
    for (const RunRecord& run : runs) {
        auto found = indexOf.constFind(run.planId);
        if (found == indexOf.constEnd()) {
            found = indexOf.insert(run.planId, summaries.size());
            summaries.push_back({run.planId, {}, 0, 0, RunState::Running, 0});
        }
        Summary& summary = summaries[*found];
        ++summary.runs;
        if (run.id > summary.lastId) {
            summary.lastId = run.id;
            summary.lastState = run.state;
            summary.title = RunListModel::scheduleText(run);
        }
        if (RunListModel::isGood(run))
            summary.lastGoodMs = std::max(summary.lastGoodMs, run.receivedMs);
    }
    // The schedules that ran last first; those sent by hand after every schedule.
    std::sort(summaries.begin(), summaries.end(), [](const Summary& a, const Summary& b) {
        if (a.planId.isEmpty() != b.planId.isEmpty())
            return b.planId.isEmpty();
        return a.lastId > b.lastId;
    });
    const bool sameRows =
        summaries.size() == m_summaries.size() &&
        std::equal(summaries.begin(), summaries.end(), m_summaries.begin(),
                   [](const Summary& a, const Summary& b) { return a.planId == b.planId; });
    if (!sameRows) {
        beginResetModel();
        m_summaries = std::move(summaries);
        endResetModel();
        return;
    }
    for (std::size_t row = 0; row < summaries.size(); ++row) {
        if (summaries[row] == m_summaries[row])
            continue;
        m_summaries[row] = summaries[row];
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

int ScheduleSummaryModel::rowOf(const QString& planId) const {
    const auto found =
        std::find_if(m_summaries.begin(), m_summaries.end(),
                     [&planId](const Summary& summary) { return summary.planId == planId; });
    return found == m_summaries.end() ? -1 : int(found - m_summaries.begin());
}

void ScheduleSummaryModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_summaries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScheduleSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int ScheduleSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleSummaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Summary& summary = m_summaries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScheduleColumn:
            // The title is the newest run's: a schedule renamed in Looker shows its new name.
            return summary.planId.isEmpty() ? RunListModel::scheduleText({}) : summary.title;
        case RunsColumn:
            return QLocale().toString(summary.runs);
        case LastStateColumn:
            return RunListModel::stateName(summary.lastState);
        case LastGoodColumn:
            return summary.lastGoodMs > 0 ? RunListModel::timeText(summary.lastGoodMs)
                                          : tr("Never");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ScheduleColumn && !summary.planId.isEmpty())
            return tr("Scheduled plan %1").arg(summary.planId);
        if (index.column() == LastGoodColumn)
            return tr("The last run Looker was told succeeded, with its messages delivered "
                      "(all of them, or all but some the data plane refused)");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RunsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                            : QVariant();
    case Qt::ForegroundRole:
        if ((index.column() == LastStateColumn && (summary.lastState == RunState::Failed ||
                                                   summary.lastState == RunState::Interrupted)) ||
            (index.column() == LastGoodColumn && summary.lastGoodMs == 0))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case PlanIdRole:
        return summary.planId;
    default:
        return {};
    }
}

QVariant ScheduleSummaryModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScheduleColumn:
        return tr("Schedule");
    case RunsColumn:
        return tr("Runs");
    case LastStateColumn:
        return tr("Last run");
    case LastGoodColumn:
        return tr("Last good run");
    default:
        return {};
    }
}

} // namespace ActionDeck
