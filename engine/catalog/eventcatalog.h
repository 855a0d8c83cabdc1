#pragma once

#include "catalog/eventcatalogdata.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ActionDeck {

/// Looker's System Activity event types (SPEC section 5.4): loaded from the catalogue resource,
/// searchable by name, trigger and attribute names, grouped by the object they concern.
class EventCatalog {
public:
    enum class Language { English, Spanish };

    /// The catalogue built into the binary (resources/catalog/catalog.json).
    static const EventCatalog& builtIn();
    static std::optional<EventCatalog> fromJson(const QByteArray& json, QString* error);
    /// Builds the catalogue from the Spanish seed text, the English translation file and the
    /// hand-reviewed attribute types (resources/catalog/attribute_types.json), giving each type
    /// its category and verb; what scripts/generate-catalog.sh writes. Fails, naming them, when
    /// a text or a type is missing or the types file names an event or attribute there is not.
    static std::optional<EventCatalog> generate(const QString& seedText,
                                                const QByteArray& englishJson,
                                                const QByteArray& typesJson, QString* error);

    QByteArray toJson() const;
    const EventCatalogData& data() const { return m_data; }

    /// Types whose name, trigger (in `language`) or attribute names contain every word of
    /// `text` (case-insensitive), within `category` when it is not empty.
    QList<const EventType*> search(const QString& text, Language language,
                                   const QString& category = {}) const;
    const EventType* find(const QString& name) const;
    /// The attribute `attributeName` of event `eventName`: its own, else the common one of that
    /// name (every event has those, even one the catalogue does not know); nullptr for neither.
    const EventAttribute* attribute(const QString& eventName, const QString& attributeName) const;

    /// Category keys in display order, and their labels.
    static QStringList categories();
    static QString categoryLabel(const QString& category, Language language);
    static QString categoryFor(const QString& eventName);
    static QString verbFor(const QString& eventName);

    static QString trigger(const EventType& type, Language language) {
        return language == Language::Spanish ? type.triggerEs : type.triggerEn;
    }
    static QString description(const EventAttribute& attribute, Language language) {
        return language == Language::Spanish ? attribute.descriptionEs : attribute.descriptionEn;
    }

private:
    explicit EventCatalog(EventCatalogData data)
        : m_data(std::move(data)) {}

    EventCatalogData m_data;
};

} // namespace ActionDeck
