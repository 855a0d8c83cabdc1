#pragma once

#include "core/parseerror.h"
#include "looker/executerequest.h"

#include <functional>
#include <memory>
#include <string_view>

namespace ActionDeck {

/// Reads an execute request body in pieces as they arrive. Everything but `attachment.data`
/// goes into request(); the attachment's text (a string's decoded content, or an inline value
/// re-serialised) is handed to the sink as it is read, so a body of hundreds of megabytes is
/// never held whole.
class ExecuteRequestParser {
public:
    /// Takes attachment text; false stops the parse (the attachment could not be kept).
    using AttachmentSink = std::function<bool(std::string_view)>;

    explicit ExecuteRequestParser(AttachmentSink attachment);
    ~ExecuteRequestParser();

    bool feed(std::string_view piece);
    /// The body has ended: false when it is incomplete or invalid.
    bool finish();
    const ParseError& error() const;
    /// True once the top-level object or array `name` (e.g. "form_params") has been read whole.
    bool memberRead(std::string_view name) const;
    /// The request read so far (complete after finish()); attachmentData stays empty.
    ExecuteRequest& request();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ActionDeck
