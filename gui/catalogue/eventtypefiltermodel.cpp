#include "gui/catalogue/eventtypefiltermodel.h"

#include "gui/catalogue/eventtypelistmodel.h"

namespace ActionDeck {

void EventTypeFilterModel::setSearchText(const QString& text) {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void EventTypeFilterModel::setCategory(const QString& category) {
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void EventTypeFilterModel::setSortByCount(bool byCount) {
    // Descending by count; -1 keeps the source's order.
    sort(byCount ? 0 : -1, Qt::DescendingOrder);
}

bool EventTypeFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const qint64 a = left.data(EventTypeListModel::CountRole).toLongLong();
    const qint64 b = right.data(EventTypeListModel::CountRole).toLongLong();
    if (a != b)
        return a < b;
    // Equal counts by name, A first in a descending sort.
    return left.data(EventTypeListModel::NameRole).toString() >
           right.data(EventTypeListModel::NameRole).toString();
}

bool EventTypeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() &&
        index.data(EventTypeListModel::CategoryRole).toString() != m_category)
        return false;
    const QString text = index.data(EventTypeListModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace ActionDeck
