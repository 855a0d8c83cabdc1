#pragma once

#include "core/parseerror.h"
#include "core/spoolfile.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ActionDeck {

/// The parts of a Looker execute request body (`POST /actions/{name}/execute`) the hub uses.
struct ExecuteRequest {
    std::string type;
    std::map<std::string, std::string> params;     ///< `data`: the action params
    std::map<std::string, std::string> formParams; ///< `form_params`

    std::string planTitle;
    std::string planType;
    std::string planId;
    std::string planUrl; ///< `scheduled_plan.url`: the look or dashboard
    std::string queryId; ///< `scheduled_plan.query_id`, else `scheduled_plan.query.id`
    std::string downloadUrl;
    std::vector<std::string> hiddenFields; ///< `scheduled_plan.query.vis_config.hidden_fields`

    bool hasAttachment = false;
    std::string attachmentMimetype;
    std::string attachmentExtension;
    /// `attachment.data` as JSON text: the string's content, or an inline value re-serialised.
    std::string attachmentData;
    /// The same text kept in a file instead, when the request was read as it arrived.
    std::shared_ptr<SpoolFile> attachmentSpool;
    /// The text arrives after the request is accepted, pushed into the execute as it is read
    /// (the settings came before it in the body).
    bool attachmentStreamed = false;

    std::string formParam(const std::string& name) const;
    std::string param(const std::string& name) const;
    /// True when the attachment's mimetype says its data is base64 (`...;base64`).
    bool attachmentIsBase64() const;
    /// The attachment's size as received (before any base64 decoding).
    qint64 attachmentSize() const;
    /// The json_detail text of the attachment, decoded from base64 where the mimetype says so.
    /// Empty with `error` set when the base64 is invalid.
    std::string decodedAttachment(std::string* error) const;
};

/// Reads an execute request body. The body is small except for an inline attachment, which is
/// kept as text for the streaming json_detail reader.
class ExecuteRequestReader {
public:
    static std::optional<ExecuteRequest> read(std::string_view body, ParseError* error);
};

} // namespace ActionDeck
