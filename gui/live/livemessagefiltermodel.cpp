#include "gui/live/livemessagefiltermodel.h"

namespace ActionDeck {

LiveMessageFilterModel::LiveMessageFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    // States change in place: rows must come and go with them when filtering by state.
    setDynamicSortFilter(true);
}

void LiveMessageFilterModel::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void LiveMessageFilterModel::setType(const QString& type) {
    m_type = type;
    invalidateRowsFilter();
}

void LiveMessageFilterModel::setState(std::optional<LiveMessageModel::RowState> state) {
    m_state = state;
    invalidateRowsFilter();
}

bool LiveMessageFilterModel::filterAcceptsRow(int sourceRow,
                                              const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() && index.data(LiveMessageModel::TypeRole).toString() != m_type)
        return false;
    if (m_state && index.data(LiveMessageModel::StateRole).toInt() != int(*m_state))
        return false;
    if (!m_text.isEmpty() && !index.data(LiveMessageModel::SearchTextRole)
                                  .toString()
                                  .contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace ActionDeck
