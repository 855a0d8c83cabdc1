#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ActionDeck {

/// Filters event types by search words (all must appear in the name, trigger or attribute
/// names) and by category.
class EventTypeFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text);
    void setCategory(const QString& category);
    const QStringList& searchWords() const { return m_words; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_category;
};

} // namespace ActionDeck
