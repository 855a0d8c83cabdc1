#include "hub/livemessage.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

namespace ActionDeck {

namespace {

QString stringAt(const boost::json::object& object, std::string_view key) {
    const boost::json::value* value = object.if_contains(key);
    if (!value)
        return {};
    if (const boost::json::string* text = value->if_string())
        return QString::fromUtf8(text->data(), qsizetype(text->size()));
    return {};
}

} // namespace

LiveMessageFields LiveMessageFields::fromJson(const QByteArray& json) {
    boost::system::error_code error;
    const boost::json::value value =
        boost::json::parse(std::string_view(json.constData(), std::size_t(json.size())), error);
    LiveMessageFields fields;
    const boost::json::object* object = error ? nullptr : value.if_object();
    if (!object)
        return fields;
    fields.type = stringAt(*object, "type");
    fields.userId = stringAt(*object, "userId");
    fields.anonymousId = stringAt(*object, "anonymousId");
    fields.event = stringAt(*object, "event");
    fields.messageId = stringAt(*object, "messageId");
    return fields;
}

} // namespace ActionDeck
