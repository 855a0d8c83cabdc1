#pragma once

#include "catalog/eventcatalog.h"

#include <QAbstractListModel>

namespace ActionDeck {

/// The catalogue's event types for views: the name to show, the trigger as tooltip, and what the
/// filter needs (category, searchable text) in the catalogue's current language.
class EventTypeListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, CategoryRole, SearchTextRole };

    explicit EventTypeListModel(const EventCatalog& catalog, QObject* parent = nullptr);

    void setLanguage(EventCatalog::Language language);
    EventCatalog::Language language() const { return m_language; }
    const EventType* typeAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const EventCatalog& m_catalog;
    EventCatalog::Language m_language = EventCatalog::Language::English;
};

} // namespace ActionDeck
