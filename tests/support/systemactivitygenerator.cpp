#include "systemactivitygenerator.h"

#include "catalog/eventcatalog.h"
#include "core/jsonescape.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

namespace ActionDeck::TestSupport {

namespace {

const QList<EventType>& types() {
    return EventCatalog::builtIn().data().types;
}

const EventType& typeOf(std::uint64_t event) {
    return types()[qsizetype(event % std::uint64_t(types().size()))];
}

/// A value as Looker writes it for an attribute of `type`, the `n`th of its kind.
std::string valueOf(AttributeType type, std::uint64_t n) {
    switch (type) {
    case AttributeType::Number:
        return "{\"value\":\"" + std::to_string(100 + n % 900) + "\"}";
    case AttributeType::Boolean:
        return n % 2 ? std::string("{\"value\":\"Yes\"}") : std::string("{\"value\":\"false\"}");
    case AttributeType::Json:
        return "{\"value\":\"{\\\"model\\\":[\\\"ecommerce\\\"],\\\"n\\\":" +
               std::to_string(n % 7) + "}\"}";
    case AttributeType::Time:
        return "{\"value\":\"2026-11-20 08:00:00\"}";
    case AttributeType::Text:
        break;
    }
    return "{\"value\":\"text \\u00e9 " + std::to_string(n) + "\"}";
}

std::string createdAt(const SystemActivityGenerator::Options& options, std::uint64_t event) {
    const QDateTime start(QDate(2026, 11, 23), QTime(9, 30),
                          QTimeZone(QByteArray::fromStdString(options.timezone)));
    return start.addSecs(qint64(event))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        .toStdString();
}

std::uint32_t rowsOfEvent(std::uint64_t event) {
    return std::uint32_t(std::max<qsizetype>(1, typeOf(event).attributes.size()));
}

/// Row `attribute` of `event` (an event of a type without attributes has one row, 0).
std::string rowOf(const SystemActivityGenerator::Options& options, std::uint64_t event,
                  std::uint32_t attribute) {
    const EventType& type = typeOf(event);
    std::string row = "{\"event.id\":{\"value\":" + std::to_string(options.firstId + event) +
                      "},\"event.name\":{\"value\":\"" + type.name.toStdString() +
                      "\"},\"event.category\":{\"value\":\"" + type.category.toStdString() +
                      "\"},\"event.created_time\":{\"value\":\"" + createdAt(options, event) +
                      "\"},\"event.user_id\":{\"value\":" + std::to_string(1 + event % 50) +
                      "},\"event.is_admin\":{\"value\":\"" + (event % 3 ? "No" : "Yes") + "\"}";
    if (options.withEmail)
        row += ",\"user.email\":{\"value\":\"user" + std::to_string(1 + event % 50) +
               "@example.com\"}";
    if (type.attributes.isEmpty())
        return row + ",\"event_attribute.name\":{\"value\":null},"
                     "\"event_attribute.value\":{\"value\":null}}";
    const EventAttribute& a = type.attributes[qsizetype(attribute)];
    std::string name;
    appendJsonString(name, a.name.toStdString());
    return row + ",\"event_attribute.name\":{\"value\":" + name +
           "},\"event_attribute.value\":" + valueOf(a.type, event + attribute) + "}";
}

} // namespace

std::uint64_t SystemActivityGenerator::rows(const Options& options) {
    std::uint64_t total = 0;
    for (std::uint64_t i = 0; i < options.events; ++i)
        total += rowsOfEvent(i);
    return total;
}

std::string SystemActivityGenerator::generate(const Options& options) {
    std::string out;
    generate(options, [&out](std::string_view piece) { out += piece; });
    return out;
}

void SystemActivityGenerator::generate(const Options& options,
                                       const std::function<void(std::string_view)>& write) {
    std::string head = "{";
    if (!options.ranAt.empty())
        head += "\"ran_at\":\"" + options.ranAt + "\",";
    head += "\"fields\":{\"dimensions\":["
            "{\"name\":\"event.id\",\"label\":\"Event ID\",\"tags\":[]},"
            "{\"name\":\"event.name\",\"label\":\"Event Name\",\"tags\":[]},"
            "{\"name\":\"event.category\",\"label\":\"Event Category\",\"tags\":[]},"
            "{\"name\":\"event.created_time\",\"label\":\"Event Created Time\",\"tags\":[]},"
            "{\"name\":\"event.user_id\",\"label\":\"Event User ID\",\"tags\":[]},"
            "{\"name\":\"event.is_admin\",\"label\":\"Event Is Admin (Yes / No)\",\"tags\":[]},";
    if (options.withEmail)
        head += "{\"name\":\"user.email\",\"label\":\"User Email\",\"tags\":[]},";
    head += "{\"name\":\"event_attribute.name\",\"label\":\"Event Attribute Name\",\"tags\":[]},"
            "{\"name\":\"event_attribute.value\",\"label\":\"Event Attribute Value\","
            "\"tags\":[]}]},\"timezone\":\"" +
            options.timezone + "\",\"data\":[";
    write(head);
    // The order as (event, attribute) pairs, shuffled whole: 8 bytes a row are held, and the
    // rows are made as they are written.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> order;
    order.reserve(std::size_t(rows(options)));
    for (std::uint64_t i = 0; i < options.events; ++i)
        for (std::uint32_t a = 0; a < rowsOfEvent(i); ++a)
            order.emplace_back(std::uint32_t(i), a);
    if (options.seed != 0)
        std::shuffle(order.begin(), order.end(), std::mt19937(options.seed));
    std::string piece;
    for (std::size_t n = 0; n < order.size(); ++n) {
        if (n > 0)
            piece += ',';
        piece += rowOf(options, order[n].first, order[n].second);
        if (piece.size() >= 256 * 1024) {
            write(piece);
            piece.clear();
        }
    }
    write(piece + "]}");
}

} // namespace ActionDeck::TestSupport
