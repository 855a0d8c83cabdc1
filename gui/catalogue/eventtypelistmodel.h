#pragma once

#include "catalog/eventcatalog.h"

#include <QAbstractListModel>
#include <QHash>

#include <optional>

namespace ActionDeck {

/// The catalogue's event types for views: the name to show (with how often it occurred in the
/// last 7 days, once counted in Looker), the trigger as tooltip, and what the filter needs
/// (category, searchable text, count) in the catalogue's current language.
class EventTypeListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, CategoryRole, SearchTextRole, CountRole };

    explicit EventTypeListModel(const EventCatalog& catalog, QObject* parent = nullptr);

    void setLanguage(EventCatalog::Language language);
    EventCatalog::Language language() const { return m_language; }
    const EventType* typeAt(const QModelIndex& index) const;
    /// Each type's count in Looker's System Activity (a type missing: never seen); none: not
    /// counted, CountRole is -1.
    void setCounts(std::optional<QHash<QString, qint64>> counts);
    bool counted() const { return m_counts.has_value(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const EventCatalog& m_catalog;
    EventCatalog::Language m_language = EventCatalog::Language::English;
    std::optional<QHash<QString, qint64>> m_counts;
};

} // namespace ActionDeck
