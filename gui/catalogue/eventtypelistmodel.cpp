#include "gui/catalogue/eventtypelistmodel.h"

#include <QColor>
#include <QLocale>

namespace ActionDeck {

EventTypeListModel::EventTypeListModel(const EventCatalog& catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog) {}

void EventTypeListModel::setLanguage(EventCatalog::Language language) {
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void EventTypeListModel::setCounts(std::optional<QHash<QString, qint64>> counts) {
    m_counts = std::move(counts);
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

const EventType* EventTypeListModel::typeAt(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= rowCount())
        return nullptr;
    return &m_catalog.data().types[index.row()];
}

int EventTypeListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_catalog.data().types.size());
}

QVariant EventTypeListModel::data(const QModelIndex& index, int role) const {
    const EventType* type = typeAt(index);
    if (!type)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        if (!m_counts)
            return type->name;
        const qint64 count = m_counts->value(type->name);
        return count > 0 ? tr("%1  ·  %2").arg(type->name, QLocale().toString(count))
                         : tr("%1  ·  not seen").arg(type->name);
    }
    case NameRole:
        return type->name;
    case Qt::ForegroundRole:
        // Types Looker did not see in the last 7 days recede.
        if (m_counts && m_counts->value(type->name) == 0)
            return QColor(Qt::gray);
        return {};
    case CountRole:
        return m_counts ? m_counts->value(type->name) : qint64(-1);
    case Qt::ToolTipRole:
        return EventCatalog::trigger(*type, m_language);
    case CategoryRole:
        return type->category;
    case SearchTextRole: {
        QString text = type->name + u' ' + EventCatalog::trigger(*type, m_language);
        for (const EventAttribute& attribute : type->attributes)
            text += u' ' + attribute.name;
        return text;
    }
    default:
        return {};
    }
}

} // namespace ActionDeck
