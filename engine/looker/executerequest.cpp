#include "looker/executerequest.h"

#include "core/jsonescape.h"
#include "core/jsonsyntaxtracker.h"
#include "looker/cellvalue.h"

#include <QByteArray>

#include <boost/json/basic_parser_impl.hpp>

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

    explicit ExecuteRequestHandler(ExecuteRequest& request)
        : m_request(request) {}

    JsonSyntaxTracker tracker;
    std::string customError;

    bool on_document_begin(error_code&) { return true; }
    bool on_document_end(error_code&) { return true; }

    bool on_object_begin(error_code& ec) { return begin(true, ec); }
    bool on_array_begin(error_code& ec) { return begin(false, ec); }
    bool on_object_end(std::size_t, error_code&) { return end(true); }
    bool on_array_end(std::size_t, error_code&) { return end(false); }

    bool on_key_part(json::string_view s, std::size_t, error_code&) {
        tracker.partialValue(false);
        m_keyBuffer.append(s.data(), s.size());
        return true;
    }
    bool on_key(json::string_view s, std::size_t, error_code&) {
        tracker.keyDone();
        m_keyBuffer.append(s.data(), s.size());
        m_key.swap(m_keyBuffer);
        m_keyBuffer.clear();
        if (m_captureDepth > 0) {
            if (m_needComma.back())
                m_request.attachmentData += ',';
            m_needComma.back() = true;
            appendJsonString(m_request.attachmentData, m_key);
            m_request.attachmentData += ':';
            m_afterKey = true;
        }
        return true;
    }

    bool on_string_part(json::string_view s, std::size_t, error_code&) {
        tracker.partialValue(false);
        // The attachment string can be hundreds of megabytes: append its pieces in place.
        if (m_captureDepth == 0 && isAttachmentData())
            m_request.attachmentData.append(s.data(), s.size());
        else
            m_scalar.text.append(s.data(), s.size());
        return true;
    }
    bool on_string(json::string_view s, std::size_t, error_code& ec) {
        tracker.valueDone();
        if (m_captureDepth == 0 && isAttachmentData()) {
            m_request.attachmentData.append(s.data(), s.size());
            m_request.hasAttachment = true;
            return true;
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
            beforeCapturedValue();
            m_request.attachmentData += isObject ? '{' : '[';
            m_needComma.push_back(false);
            ++m_captureDepth;
            m_request.hasAttachment = true;
            return true;
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

    bool end(bool isObject) {
        tracker.containerEnded();
        if (m_captureDepth > 0) {
            m_request.attachmentData += isObject ? '}' : ']';
            m_needComma.pop_back();
            --m_captureDepth;
            return true;
        }
        m_inObject.pop_back();
        if (!m_path.empty())
            m_path.pop_back();
        return true;
    }

    void beforeCapturedValue() {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_needComma.empty()) {
            if (m_needComma.back())
                m_request.attachmentData += ',';
            m_needComma.back() = true;
        }
    }

    bool scalar(error_code& ec) {
        const CellValue value = std::exchange(m_scalar, CellValue{});
        if (m_captureDepth > 0) {
            beforeCapturedValue();
            value.appendJson(m_request.attachmentData);
            return true;
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
        } else if (at({"scheduled_plan", "query", "vis_config", "hidden_fields", ""}) && isString) {
            m_request.hiddenFields.push_back(value.text);
        } else if (at({"attachment", "mimetype"}) && isString) {
            m_request.attachmentMimetype = value.text;
        } else if (at({"attachment", "extension"}) && isString) {
            m_request.attachmentExtension = value.text;
        } else if (at({"attachment", "data"}) && value.kind != CellValue::Kind::Null) {
            value.appendJson(m_request.attachmentData);
            m_request.hasAttachment = true;
        }
        return true;
    }

    ExecuteRequest& m_request;
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

std::string ExecuteRequest::formParam(const std::string& name) const {
    const auto it = formParams.find(name);
    return it == formParams.end() ? std::string() : it->second;
}

std::string ExecuteRequest::param(const std::string& name) const {
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

bool ExecuteRequest::attachmentIsBase64() const {
    return attachmentMimetype.find(";base64") != std::string::npos;
}

std::string ExecuteRequest::decodedAttachment(std::string* error) const {
    if (!attachmentIsBase64())
        return attachmentData;
    const auto decoded = QByteArray::fromBase64Encoding(
        QByteArray::fromRawData(attachmentData.data(), qsizetype(attachmentData.size())),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        if (error)
            *error = "attachment.data is not valid base64 although its mimetype says \";base64\"";
        return {};
    }
    return decoded.decoded.toStdString();
}

std::optional<ExecuteRequest> ExecuteRequestReader::read(std::string_view body, ParseError* error) {
    ExecuteRequest request;
    json::basic_parser<ExecuteRequestHandler> parser(json::parse_options{.max_depth = 64}, request);
    error_code ec;
    std::size_t consumed = parser.write_some(false, body.data(), body.size(), ec);
    auto& handler = parser.handler();
    handler.tracker.advance(body.data(), consumed);
    if (!ec && !parser.done())
        ec = json::error::incomplete;
    if (ec) {
        if (error) {
            *error = handler.customError.empty()
                         ? handler.tracker.describe(ec, body.substr(0, consumed),
                                                    body.substr(consumed), "in the request body")
                         : handler.tracker.custom(handler.customError);
        }
        return std::nullopt;
    }
    return request;
}

} // namespace ActionDeck
