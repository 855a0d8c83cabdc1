#include "gui/runs/runlistmodel.h"

#include "gui/widgets/actionlabel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace ActionDeck {

RunListModel::RunListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunListModel::setRuns(std::vector<RunRecord> runs) {
    beginResetModel();
    m_runs = std::move(runs);
    m_rows.clear();
    m_rows.reserve(qsizetype(m_runs.size()));
    for (std::size_t row = 0; row < m_runs.size(); ++row)
        m_rows.insert(m_runs[row].id, int(row));
    endResetModel();
}

bool RunListModel::upsert(const RunRecord& run) {
    const int row = rowOf(run.id);
    if (row >= 0) {
        if (m_runs[std::size_t(row)] == run)
            return false;
        m_runs[std::size_t(row)] = run;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    const int last = int(m_runs.size());
    beginInsertRows({}, last, last);
    m_runs.push_back(run);
    m_rows.insert(run.id, last);
    endInsertRows();
    return true;
}

const RunRecord* RunListModel::runAt(int row) const {
    return row >= 0 && std::size_t(row) < m_runs.size() ? &m_runs[std::size_t(row)] : nullptr;
}

int RunListModel::rowOf(qint64 id) const {
    return m_rows.value(id, -1);
}

void RunListModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RunListModel::stateName(RunState state) {
    switch (state) {
    case RunState::Running:
        return tr("Running");
    case RunState::Delivering:
        return tr("Delivering");
    case RunState::Succeeded:
        return tr("Succeeded");
    case RunState::Partial:
        return tr("Partial");
    case RunState::Failed:
        return tr("Failed");
    case RunState::Interrupted:
        return tr("Interrupted");
    }
    return tr("Running");
}

QString RunListModel::scheduleText(const RunRecord& run) {
    if (run.planId.isEmpty())
        return tr("Sent by hand");
    return run.planTitle.isEmpty() ? tr("Schedule %1").arg(run.planId) : run.planTitle;
}

QString RunListModel::timeText(qint64 ms) {
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QString RunListModel::durationText(const RunRecord& run) {
    if (run.finishedMs <= 0)
        return {};
    const qint64 ms = std::max<qint64>(0, run.finishedMs - run.receivedMs);
    const qint64 seconds = ms / 1000;
    if (seconds < 10)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

bool RunListModel::isGood(const RunRecord& run) {
    return run.success && (run.state == RunState::Succeeded || run.state == RunState::Partial);
}

int RunListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex& index, int role) const {
    const RunRecord* run = runAt(index.row());
    if (!run || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*run, index.column());
    case Qt::ToolTipRole:
        return toolTip(*run, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= RowsColumn && index.column() <= FailedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn &&
            (run->state == RunState::Failed || run->state == RunState::Interrupted))
            return QColor(0xb0, 0x00, 0x20);
        if (index.column() == StateColumn && run->state == RunState::Partial)
            return QColor(0x9a, 0x5b, 0x00);
        if (index.column() == FailedColumn && run->failed > 0)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case IdRole:
        return run->id;
    case SortRole:
        return sortValue(*run, index.column());
    default:
        return {};
    }
}

QVariant RunListModel::display(const RunRecord& run, int column) const {
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return timeText(run.receivedMs);
    case ScheduleColumn:
        return scheduleText(run);
    case ActionColumn:
        return ActionLabel::of(run.action);
    case SourceColumn:
        return run.source;
    case RowsColumn:
        return locale.toString(run.rowsRead);
    case SentColumn:
        return locale.toString(run.messagesStored);
    case DeliveredColumn:
        return locale.toString(run.delivered);
    case FailedColumn:
        return locale.toString(run.failed);
    case StateColumn:
        return stateName(run.state);
    case DurationColumn:
        return durationText(run);
    default:
        return {};
    }
}

QVariant RunListModel::sortValue(const RunRecord& run, int column) const {
    switch (column) {
    case ScheduleColumn:
        return scheduleText(run);
    case ActionColumn:
        return ActionLabel::of(run.action);
    case SourceColumn:
        return run.source;
    case RowsColumn:
        return run.rowsRead;
    case SentColumn:
        return run.messagesStored;
    case DeliveredColumn:
        return run.delivered;
    case FailedColumn:
        return run.failed;
    case StateColumn:
        return int(run.state);
    case DurationColumn:
        // Under way sorts after every finished one: it is the longest so far.
        return run.finishedMs > 0 ? run.finishedMs - run.receivedMs
                                  : std::numeric_limits<qint64>::max();
    default:
        return run.receivedMs;
    }
}

QVariant RunListModel::toolTip(const RunRecord& run, int column) const {
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(run.receivedMs).toLocalTime(),
                               QLocale::LongFormat);
    case ScheduleColumn:
        return run.planId.isEmpty() ? QVariant()
                                    : QVariant(tr("Scheduled plan %1").arg(run.planId));
    case ActionColumn:
        return run.action;
    case RowsColumn:
        if (run.rowsSkipped == 0 && run.rowsUnchanged == 0)
            return {};
        return tr("%1 rows skipped, %2 unchanged")
            .arg(locale.toString(run.rowsSkipped), locale.toString(run.rowsUnchanged));
    case FailedColumn:
        return run.failReason.isEmpty() ? QVariant() : QVariant(run.failReason);
    case StateColumn:
        if (run.pending > 0)
            return tr("%n message(s) still to deliver", nullptr, int(run.pending));
        return run.message.isEmpty() ? QVariant() : QVariant(run.message);
    case DurationColumn:
        return run.finishedMs > 0 ? QVariant() : QVariant(tr("Under way"));
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ScheduleColumn:
        return tr("Schedule");
    case ActionColumn:
        return tr("Action");
    case SourceColumn:
        return tr("Source");
    case RowsColumn:
        return tr("Rows");
    case SentColumn:
        return tr("Sent");
    case DeliveredColumn:
        return tr("Delivered");
    case FailedColumn:
        return tr("Failed", "column: the messages that failed");
    case StateColumn:
        return tr("State");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace ActionDeck
