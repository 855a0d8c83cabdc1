#include "looker/executerequestparser.h"

#include "core/jsonescape.h"
#include "core/jsonsyntaxtracker.h"
#include "looker/cellvalue.h"

#include <boost/json/basic_parser_impl.hpp>

#include <set>

namespace ActionDeck {

namespace json = boost::json;
using boost::system::error_code;

namespace {

std::string valueText(const CellValue& value) {
    if (value.kind == CellValue::Kind::String)
        return value.text;
    std::string text;
    value.appendJson(text);
    return text;
}

class ExecuteRequestHandler {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = 64u << 10;
    static constexpr std::size_t max_string_size = std::size_t(-1);

    ExecuteRequestHandler(ExecuteRequest& request, ExecuteRequestParser::AttachmentSink& sink)
        : m_request(request)
        , m_sink(sink) {}

    JsonSyntaxTracker tracker;
    std::string customError;
    std::set<std::string, std::less<>> membersRead; ///< top-level objects and arrays read whole

    bool on_document_begin(error_code&) { return true; }
    bool on_document_end(error_code&) { return true; }

    bool on_object_begin(error_code& ec) { return begin(true, ec); }
    bool on_array_begin(error_code& ec) { return begin(false, ec); }
    bool on_object_end(std::size_t, error_code& ec) { return end(true, ec); }
    bool on_array_end(std::size_t, error_code& ec) { return end(false, ec); }

    bool on_key_part(json::string_view s, std::size_t, error_code&) {
        tracker.partialValue(false);
        m_keyBuffer.append(s.data(), s.size());
        return true;
    }
    bool on_key(json::string_view s, std::size_t, error_code& ec) {
        tracker.keyDone();
        m_keyBuffer.append(s.data(), s.size());
        m_key.swap(m_keyBuffer);
        m_keyBuffer.clear();
        if (m_captureDepth > 0) {
            std::string text = m_needComma.back() ? "," : "";
            m_needComma.back() = true;
            appendJsonString(text, m_key);
            text += ':';
            m_afterKey = true;
            return toSink(text, ec);
        }
        return true;
    }

    bool on_string_part(json::string_view s, std::size_t, error_code& ec) {
        tracker.partialValue(false);
        // The attachment string can be hundreds of megabytes: its pieces go on as they come.
        if (m_captureDepth == 0 && isAttachmentData()) {
            m_request.hasAttachment = true;
            return toSink({s.data(), s.size()}, ec);
        }
        m_scalar.text.append(s.data(), s.size());
        return true;
    }
    bool on_string(json::string_view s, std::size_t, error_code& ec) {
        tracker.valueDone();
        if (m_captureDepth == 0 && isAttachmentData()) {
            m_request.hasAttachment = true;
            return toSink({s.data(), s.size()}, ec);
        }
        m_scalar.kind = CellValue::Kind::String;
        m_scalar.text.append(s.data(), s.size());
        return scalar(ec);
    }
    bool on_number_part(json::string_view s, error_code&) {
        tracker.partialValue(true);
        m_scalar.text.append(s.data(), s.size());
        return true;
    }
    bool number(json::string_view s, error_code& ec) {
        tracker.valueDone();
        m_scalar.kind = CellValue::Kind::Number;
        m_scalar.text.append(s.data(), s.size());
        return scalar(ec);
    }
    bool on_int64(std::int64_t, json::string_view s, error_code& ec) { return number(s, ec); }
    bool on_uint64(std::uint64_t, json::string_view s, error_code& ec) { return number(s, ec); }
    bool on_double(double, json::string_view s, error_code& ec) { return number(s, ec); }
    bool on_bool(bool b, error_code& ec) {
        tracker.valueDone();
        m_scalar.kind = b ? CellValue::Kind::True : CellValue::Kind::False;
        return scalar(ec);
    }
    bool on_null(error_code& ec) {
        tracker.valueDone();
        m_scalar.kind = CellValue::Kind::Null;
        return scalar(ec);
    }
    bool on_comment_part(json::string_view, error_code&) { return true; }
    bool on_comment(json::string_view, error_code&) { return true; }

private:
    bool toSink(std::string_view text, error_code& ec) {
        if (text.empty() || m_sink(text))
            return true;
        customError = "the attachment could not be kept while the request was read";
        ec = json::error::exception;
        return false;
    }

    /// The path of the value about to be read: container keys, then the current key.
    bool at(std::initializer_list<std::string_view> path) const {
        if (path.size() != m_path.size() + 1)
            return false;
        auto it = path.begin();
        for (const auto& name : m_path) {
            if (name != *it++)
                return false;
        }
        return m_inObject.back() ? m_key == *it : it->empty();
    }
    bool isAttachmentData() const { return at({"attachment", "data"}); }

    bool begin(bool isObject, error_code& ec) {
        tracker.containerBegun(isObject);
        if (m_captureDepth > 0 || (m_inObject.size() > 0 && isAttachmentData())) {
            std::string text = beforeCapturedValue();
            text += isObject ? '{' : '[';
            m_needComma.push_back(false);
            ++m_captureDepth;
            m_request.hasAttachment = true;
            return toSink(text, ec);
        }
        if (m_inObject.empty()) {
            if (!isObject) {
                customError = "an execute request must be a JSON object, found an array";
                ec = json::error::exception;
                return false;
            }
        } else {
            m_path.push_back(m_inObject.back() ? m_key : std::string());
        }
        m_inObject.push_back(isObject);
        return true;
    }

    bool end(bool isObject, error_code& ec) {
        tracker.containerEnded();
        if (m_captureDepth > 0) {
            m_needComma.pop_back();
            --m_captureDepth;
            return toSink(isObject ? "}" : "]", ec);
        }
        m_inObject.pop_back();
        if (m_path.size() == 1)
            membersRead.insert(m_path[0]);
        if (!m_path.empty())
            m_path.pop_back();
        return true;
    }

    /// The comma a captured value needs before it, if any.
    std::string beforeCapturedValue() {
        if (m_afterKey) {
            m_afterKey = false;
            return {};
        }
        std::string text;
        if (!m_needComma.empty()) {
            if (m_needComma.back())
                text = ",";
            m_needComma.back() = true;
        }
        return text;
    }

    bool scalar(error_code& ec) {
        const CellValue value = std::exchange(m_scalar, CellValue{});
        if (m_captureDepth > 0) {
            std::string text = beforeCapturedValue();
            value.appendJson(text);
            return toSink(text, ec);
        }
        if (m_inObject.empty()) {
            customError = "an execute request must be a JSON object, found a single value";
            ec = json::error::exception;
            return false;
        }
        const bool isString = value.kind == CellValue::Kind::String;
        if (at({"type"}) && isString) {
            m_request.type = value.text;
        } else if (m_path.size() == 1 && m_path[0] == "data" &&
                   value.kind != CellValue::Kind::Null) {
            m_request.params[m_key] = valueText(value);
        } else if (m_path.size() == 1 && m_path[0] == "form_params" &&
                   value.kind != CellValue::Kind::Null) {
            m_request.formParams[m_key] = valueText(value);
        } else if (m_path.size() == 1 && m_path[0] == "scheduled_plan") {
            if (m_key == "title" && isString)
                m_request.planTitle = value.text;
            else if (m_key == "type" && isString)
                m_request.planType = value.text;
            else if (m_key == "scheduled_plan_id" && value.kind != CellValue::Kind::Null)
                m_request.planId = valueText(value);
            else if (m_key == "download_url" && isString)
                m_request.downloadUrl = value.text;
            else if (m_key == "url" && isString)
                m_request.planUrl = value.text;
            else if (m_key == "query_id" && value.kind != CellValue::Kind::Null)
                m_request.queryId = valueText(value);
        } else if (at({"scheduled_plan", "query", "id"}) && value.kind != CellValue::Kind::Null) {
            if (m_request.queryId.empty())
                m_request.queryId = valueText(value);
        } else if (at({"scheduled_plan", "query", "vis_config", "hidden_fields", ""}) && isString) {
            m_request.hiddenFields.push_back(value.text);
        } else if (at({"attachment", "mimetype"}) && isString) {
            m_request.attachmentMimetype = value.text;
        } else if (at({"attachment", "extension"}) && isString) {
            m_request.attachmentExtension = value.text;
        } else if (at({"attachment", "data"}) && value.kind != CellValue::Kind::Null) {
            std::string text;
            value.appendJson(text);
            m_request.hasAttachment = true;
            return toSink(text, ec);
        }
        return true;
    }

    ExecuteRequest& m_request;
    ExecuteRequestParser::AttachmentSink& m_sink;
    std::vector<std::string> m_path;
    std::vector<bool> m_inObject;
    std::string m_key;
    std::string m_keyBuffer;
    CellValue m_scalar;
    int m_captureDepth = 0;
    std::vector<bool> m_needComma;
    bool m_afterKey = false;
};

} // namespace

struct ExecuteRequestParser::Impl {
    explicit Impl(AttachmentSink attachment)
        : sink(std::move(attachment))
        , parser(json::parse_options{.max_depth = 64}, request, this->sink) {}

    bool check(const error_code& ec, std::string_view piece, std::size_t consumed) {
        auto& handler = parser.handler();
        handler.tracker.advance(piece.data(), consumed);
        if (!ec && consumed < piece.size()) {
            error = handler.tracker.describe(json::error::extra_data, piece.substr(0, consumed),
                                             piece.substr(consumed), "in the request body");
            return false;
        }
        if (!ec)
            return true;
        error = handler.customError.empty()
                    ? handler.tracker.describe(ec, piece.substr(0, consumed),
                                               piece.substr(consumed), "in the request body")
                    : handler.tracker.custom(handler.customError);
        return false;
    }

    ExecuteRequest request;
    AttachmentSink sink;
    json::basic_parser<ExecuteRequestHandler> parser;
    ParseError error;
    bool failed = false;
};

ExecuteRequestParser::ExecuteRequestParser(AttachmentSink attachment)
    : d(std::make_unique<Impl>(std::move(attachment))) {}

ExecuteRequestParser::~ExecuteRequestParser() = default;

bool ExecuteRequestParser::feed(std::string_view piece) {
    if (d->failed)
        return false;
    if (piece.empty())
        return true;
    error_code ec;
    if (d->parser.done()) {
        const std::size_t space = piece.find_first_not_of(" \t\r\n");
        d->failed = !d->check(ec, piece, space == std::string_view::npos ? piece.size() : space);
        return !d->failed;
    }
    const std::size_t consumed = d->parser.write_some(true, piece.data(), piece.size(), ec);
    d->failed = !d->check(ec, piece, consumed);
    return !d->failed;
}

bool ExecuteRequestParser::finish() {
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

bool ExecuteRequestParser::memberRead(std::string_view name) const {
    const auto& read = d->parser.handler().membersRead;
    return read.find(name) != read.end();
}

const ParseError& ExecuteRequestParser::error() const {
    return d->error;
}

ExecuteRequest& ExecuteRequestParser::request() {
    return d->request;
}

} // namespace ActionDeck
