#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ActionDeck {

/// Filters event types by search words (all must appear in the name, trigger or attribute
/// names) and by category; sorts by how often each occurred when asked.
class EventTypeFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text);
    void setCategory(const QString& category);
    /// Most frequent first (CountRole), else in the catalogue's order.
    void setSortByCount(bool byCount);
    const QStringList& searchWords() const { return m_words; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
    QString m_category;
};

} // namespace ActionDeck
