#include "looker/jsondetailreader.h"

#include "core/jsonsyntaxtracker.h"
#include "looker/compositecapture.h"
#include "looker/jsondetailrowassembler.h"

#include <boost/json/basic_parser_impl.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ActionDeck {

namespace json = boost::json;
using boost::system::error_code;

namespace {

enum class Role : std::uint8_t {
    Root,
    Top,
    Fields,
    FieldList,
    FieldDef,
    FieldTags,
    Data,
    Row,
    Cell,
    PivotCell
};

std::optional<FieldCategory> categoryForKey(std::string_view key) {
    if (key == "dimensions")
        return FieldCategory::Dimension;
    if (key == "measures")
        return FieldCategory::Measure;
    if (key == "filters")
        return FieldCategory::Filter;
    if (key == "parameters")
        return FieldCategory::Parameter;
    if (key == "table_calculations")
        return FieldCategory::TableCalculation;
    return std::nullopt;
}

} // namespace

class JsonDetailReader::Handler {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    // Memory guards: a field name or pivot key, and one cell's text.
    static constexpr std::size_t max_key_size = 64u << 10;
    static constexpr std::size_t max_string_size = 64u << 20;

    Handler(JsonDetailConsumer& consumer, Limits limits)
        : m_consumer(consumer)
        , m_assembler(consumer, limits.maxBufferedBytesBeforeFields) {}

    JsonSyntaxTracker tracker;
    std::string customError;
    bool consumerStopped = false;

    std::uint64_t rowCount() const { return m_assembler.rowCount(); }

    std::string where() const {
        for (auto it = m_roles.rbegin(); it != m_roles.rend(); ++it) {
            switch (*it) {
            case Role::Row:
            case Role::Cell:
            case Role::PivotCell:
                return "in data row " + std::to_string(rowCount());
            case Role::Data:
                return "in the data array after row " + std::to_string(rowCount());
            case Role::Fields:
            case Role::FieldList:
            case Role::FieldDef:
            case Role::FieldTags:
                return "in fields";
            default:
                break;
            }
        }
        return {};
    }

    bool on_document_begin(error_code&) {
        m_roles.assign(1, Role::Root);
        return true;
    }
    bool on_document_end(error_code& ec) {
        if (!m_assembler.fieldsKnown())
            return fieldsComplete(ec);
        return true;
    }

    bool on_object_begin(error_code& ec) { return containerBegin(true, ec); }
    bool on_array_begin(error_code& ec) { return containerBegin(false, ec); }
    bool on_object_end(std::size_t, error_code& ec) { return containerEnd(true, ec); }
    bool on_array_end(std::size_t, error_code& ec) { return containerEnd(false, ec); }

    bool on_key_part(json::string_view s, std::size_t, error_code&) {
        tracker.partialValue(false);
        if (m_skipDepth == 0)
            m_keyBuffer.append(s.data(), s.size());
        return true;
    }
    bool on_key(json::string_view s, std::size_t total, error_code&) {
        tracker.keyDone();
        if (m_skipDepth > 0)
            return true;
        if (s.size() == total) {
            m_key.assign(s.data(), s.size());
        } else {
            m_keyBuffer.append(s.data(), s.size());
            m_key.swap(m_keyBuffer);
        }
        m_keyBuffer.clear();
        if (m_capture.active())
            m_capture.key(m_key);
        return true;
    }

    bool on_string_part(json::string_view s, std::size_t, error_code&) {
        tracker.partialValue(false);
        if (m_skipDepth == 0)
            m_stringBuffer.append(s.data(), s.size());
        return true;
    }
    bool on_string(json::string_view s, std::size_t total, error_code& ec) {
        tracker.valueDone();
        if (m_skipDepth > 0)
            return true;
        m_scalar.kind = CellValue::Kind::String;
        if (s.size() == total) {
            m_scalar.text.assign(s.data(), s.size());
        } else {
            m_stringBuffer.append(s.data(), s.size());
            m_scalar.text.swap(m_stringBuffer);
        }
        m_stringBuffer.clear();
        return scalar(ec);
    }

    bool on_number_part(json::string_view s, error_code&) {
        tracker.partialValue(true);
        if (m_skipDepth == 0)
            m_numberBuffer.append(s.data(), s.size());
        return true;
    }
    // The number's source text is kept, not the parsed value: Boost 1.81 rounds some doubles.
    bool number(json::string_view s, error_code& ec) {
        tracker.valueDone();
        if (m_skipDepth > 0)
            return true;
        m_scalar.kind = CellValue::Kind::Number;
        if (m_numberBuffer.empty()) {
            m_scalar.text.assign(s.data(), s.size());
        } else {
            m_numberBuffer.append(s.data(), s.size());
            m_scalar.text.swap(m_numberBuffer);
            m_numberBuffer.clear();
        }
        return scalar(ec);
    }
    bool on_int64(std::int64_t, json::string_view s, error_code& ec) { return number(s, ec); }
    bool on_uint64(std::uint64_t, json::string_view s, error_code& ec) { return number(s, ec); }
    bool on_double(double, json::string_view s, error_code& ec) { return number(s, ec); }

    bool on_bool(bool b, error_code& ec) {
        tracker.valueDone();
        if (m_skipDepth > 0)
            return true;
        m_scalar.kind = b ? CellValue::Kind::True : CellValue::Kind::False;
        m_scalar.text.clear();
        return scalar(ec);
    }
    bool on_null(error_code& ec) {
        tracker.valueDone();
        if (m_skipDepth > 0)
            return true;
        m_scalar.kind = CellValue::Kind::Null;
        m_scalar.text.clear();
        return scalar(ec);
    }
    bool on_comment_part(json::string_view, error_code&) { return true; }
    bool on_comment(json::string_view, error_code&) { return true; }

private:
    Role role() const { return m_roles.back(); }
    // A size check and a fixed-size compare; `m_key == "value"` measured its strlen every cell.
    bool isKey(std::string_view name) const { return std::string_view(m_key) == name; }

    bool fail(error_code& ec, std::string message) {
        customError = std::move(message);
        ec = json::error::exception;
        return false;
    }
    bool stop(error_code& ec) {
        consumerStopped = true;
        ec = json::error::exception;
        return false;
    }

    void push(Role r) { m_roles.push_back(r); }

    bool containerBegin(bool isObject, error_code& ec) {
        tracker.containerBegun(isObject);
        if (m_skipDepth > 0) {
            ++m_skipDepth;
            return true;
        }
        if (m_capture.active()) {
            m_capture.begin(isObject);
            return true;
        }
        switch (role()) {
        case Role::Root:
            if (!isObject)
                return fail(ec, "a json_detail result must be a JSON object with \"fields\" and "
                                "\"data\", found an array");
            push(Role::Top);
            return true;
        case Role::Top:
            if (isKey("fields") && isObject && !m_assembler.fieldsKnown()) {
                push(Role::Fields);
                return true;
            }
            if (isKey("data")) {
                if (!isObject) {
                    push(Role::Data);
                    return true;
                }
                return fail(ec, "\"data\" must be an array of rows, found an object");
            }
            break;
        case Role::Fields:
            if (!isObject) {
                if (const auto category = categoryForKey(m_key)) {
                    m_category = *category;
                    push(Role::FieldList);
                    return true;
                }
            }
            break;
        case Role::FieldList:
            if (isObject) {
                m_field = JsonDetailField{};
                m_field.category = m_category;
                push(Role::FieldDef);
                return true;
            }
            break;
        case Role::FieldDef:
            if (!isObject && isKey("tags")) {
                push(Role::FieldTags);
                return true;
            }
            break;
        case Role::Data:
            if (!isObject)
                return fail(ec, "row " + std::to_string(rowCount() + 1) +
                                    " of \"data\" must be an object, found an array");
            m_assembler.beginRow();
            push(Role::Row);
            return true;
        case Role::Row:
            m_cell = m_assembler.cellForKey(m_key);
            if (!m_cell)
                break;
            m_cell->present = true;
            if (isObject) {
                push(Role::Cell);
            } else {
                // A bare array instead of a cell object: tolerated as the value itself.
                m_captureTarget = &m_cell->value;
                m_cell->hasValue = true;
                m_capture.begin(false);
            }
            return true;
        case Role::Cell:
            if (isKey("value")) {
                m_captureTarget = &m_cell->value;
                m_cell->hasValue = true;
                m_capture.begin(isObject);
                return true;
            }
            if (isObject) {
                m_cell->pivots.push_back(PivotValue{m_key, {}});
                push(Role::PivotCell);
                return true;
            }
            break;
        case Role::PivotCell:
            if (isKey("value")) {
                m_captureTarget = &m_cell->pivots.back().value;
                m_capture.begin(isObject);
                return true;
            }
            break;
        case Role::FieldTags:
            break;
        }
        m_skipDepth = 1;
        return true;
    }

    bool containerEnd(bool isObject, error_code& ec) {
        tracker.containerEnded();
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return true;
        }
        if (m_capture.active()) {
            if (m_capture.end(isObject)) {
                m_captureTarget->kind = CellValue::Kind::Composite;
                m_captureTarget->text = m_capture.take();
            }
            return true;
        }
        const Role ended = role();
        m_roles.pop_back();
        switch (ended) {
        case Role::Fields:
            return fieldsComplete(ec);
        case Role::FieldDef:
            m_assembler.addField(std::move(m_field));
            return true;
        case Role::Row:
            return rowComplete(ec);
        default:
            return true;
        }
    }

    bool scalar(error_code& ec) {
        if (m_capture.active()) {
            m_capture.scalar(m_scalar);
            return true;
        }
        switch (role()) {
        case Role::Root:
            return fail(ec, "a json_detail result must be a JSON object with \"fields\" and "
                            "\"data\", found a single value");
        case Role::Top:
            if (isKey("ran_at") && m_scalar.kind == CellValue::Kind::String) {
                if (!m_consumer.onRanAt(m_scalar.text))
                    return stop(ec);
            } else if (isKey("timezone") && m_scalar.kind == CellValue::Kind::String) {
                if (!m_consumer.onTimezone(m_scalar.text))
                    return stop(ec);
            }
            return true;
        case Role::FieldDef:
            if (isKey("name") && m_scalar.kind == CellValue::Kind::String)
                m_field.name = m_scalar.text;
            else if (isKey("label") && m_scalar.kind == CellValue::Kind::String)
                m_field.label = m_scalar.text;
            else if (isKey("hidden"))
                m_field.hidden = m_scalar.kind == CellValue::Kind::True;
            return true;
        case Role::FieldTags:
            if (m_scalar.kind == CellValue::Kind::String)
                m_field.tags.push_back(m_scalar.text);
            return true;
        case Role::Data:
            return fail(ec, "row " + std::to_string(rowCount() + 1) +
                                " of \"data\" must be an object, found a single value");
        case Role::Row:
            // A bare value instead of a cell object: tolerated as the value itself.
            if (JsonDetailCell* cell = m_assembler.cellForKey(m_key)) {
                cell->present = true;
                cell->hasValue = true;
                swap(cell->value, m_scalar);
            }
            return true;
        case Role::Cell:
            if (isKey("value")) {
                m_cell->hasValue = true;
                swap(m_cell->value, m_scalar);
            }
            return true;
        case Role::PivotCell:
            if (isKey("value"))
                swap(m_cell->pivots.back().value, m_scalar);
            return true;
        default:
            return true;
        }
    }

    bool fieldsComplete(error_code& ec) { return m_assembler.fieldsComplete() || stop(ec); }

    bool rowComplete(error_code& ec) {
        switch (m_assembler.rowComplete()) {
        case JsonDetailRowAssembler::RowOutcome::Continue:
            return true;
        case JsonDetailRowAssembler::RowOutcome::ConsumerStopped:
            return stop(ec);
        case JsonDetailRowAssembler::RowOutcome::BufferFull:
            break;
        }
        return fail(ec, "\"data\" comes before \"fields\" and its first " +
                            std::to_string(m_assembler.bufferedRowCount()) +
                            " rows exceed the buffer for that case; Looker writes "
                            "\"fields\" first");
    }

    JsonDetailConsumer& m_consumer;

    std::vector<Role> m_roles;
    std::size_t m_skipDepth = 0;
    std::string m_key;
    std::string m_keyBuffer;
    std::string m_stringBuffer;
    std::string m_numberBuffer;
    CellValue m_scalar;
    CompositeCapture m_capture;
    CellValue* m_captureTarget = nullptr;

    // The field being read from `fields`, and the list it is in.
    JsonDetailField m_field;
    FieldCategory m_category = FieldCategory::Dimension;

    JsonDetailRowAssembler m_assembler;
    // The current row's cell that a cell object's members go to.
    JsonDetailCell* m_cell = nullptr;
};

struct JsonDetailReader::Impl {
    Impl(JsonDetailConsumer& consumer, Limits limits)
        : parser(json::parse_options{.max_depth = 64}, consumer, limits) {}

    bool check(const error_code& ec, std::string_view chunk, std::size_t consumed) {
        Handler& h = parser.handler();
        h.tracker.advance(chunk.data(), consumed);
        if (!ec && consumed < chunk.size()) {
            // The document is complete and the parser stopped at something that is not space.
            error = h.tracker.describe(json::error::extra_data, chunk.substr(0, consumed),
                                       chunk.substr(consumed), {});
            return false;
        }
        if (!ec)
            return true;
        if (h.consumerStopped)
            return false;
        if (!h.customError.empty())
            error = h.tracker.custom(h.customError);
        else
            error = h.tracker.describe(ec, chunk.substr(0, consumed), chunk.substr(consumed),
                                       h.where());
        return false;
    }

    json::basic_parser<Handler> parser;
    ParseError error;
    bool failed = false;
};

JsonDetailReader::JsonDetailReader(JsonDetailConsumer& consumer)
    : JsonDetailReader(consumer, Limits{}) {}

JsonDetailReader::JsonDetailReader(JsonDetailConsumer& consumer, Limits limits)
    : d(std::make_unique<Impl>(consumer, limits)) {}

JsonDetailReader::~JsonDetailReader() = default;

bool JsonDetailReader::feed(std::string_view chunk) {
    if (d->failed)
        return false;
    if (chunk.empty())
        return true;
    error_code ec;
    if (d->parser.done()) {
        const std::size_t space = chunk.find_first_not_of(" \t\r\n");
        d->failed = !d->check(ec, chunk, space == std::string_view::npos ? chunk.size() : space);
        return !d->failed;
    }
    const std::size_t consumed = d->parser.write_some(true, chunk.data(), chunk.size(), ec);
    d->failed = !d->check(ec, chunk, consumed);
    return !d->failed;
}

bool JsonDetailReader::finish() {
    if (d->failed)
        return false;
    error_code ec;
    if (!d->parser.done())
        d->parser.write_some(false, nullptr, 0, ec);
    if (!ec && !d->parser.done())
        ec = json::error::incomplete;
    d->failed = !d->check(ec, {}, 0);
    return !d->failed;
}

const ParseError& JsonDetailReader::error() const {
    return d->error;
}

bool JsonDetailReader::stoppedByConsumer() const {
    return d->parser.handler().consumerStopped;
}

std::uint64_t JsonDetailReader::bytesRead() const {
    return d->parser.handler().tracker.offset();
}

std::uint64_t JsonDetailReader::rowsRead() const {
    return d->parser.handler().rowCount();
}

} // namespace ActionDeck
