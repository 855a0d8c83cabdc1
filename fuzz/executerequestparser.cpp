// ExecuteRequestParser: a Looker execute body of any shape, in pieces of fuzzed sizes; then its
// attachment decoded (base64 or not) as the hub does before reading rows from it.
#include "looker/executerequestparser.h"

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace ActionDeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const auto pieceSeed = input.ConsumeIntegral<std::uint16_t>();
    const std::string body = input.ConsumeRemainingBytesAsString();

    std::string attachment;
    ExecuteRequestParser parser([&attachment](std::string_view text) {
        attachment.append(text);
        return attachment.size() <= (1u << 20);
    });
    std::string_view rest = body;
    std::size_t piece = 1 + pieceSeed % 128;
    bool ok = true;
    while (ok && !rest.empty()) {
        const std::size_t take = std::min(piece, rest.size());
        ok = parser.feed(rest.substr(0, take));
        rest.remove_prefix(take);
        piece = 1 + (piece * 17 + pieceSeed) % 211;
    }
    if (ok)
        ok = parser.finish();
    if (!ok) {
        // The hub answers a bad body with this message: there must be one.
        if (parser.error().message.empty() && attachment.size() <= (1u << 20))
            std::abort();
        return 0;
    }
    ExecuteRequest& request = parser.request();
    request.attachmentData = std::move(attachment);
    std::string error;
    const std::string decoded = request.decodedAttachment(&error);
    if (request.attachmentIsBase64() && error.empty() &&
        decoded.size() > request.attachmentData.size())
        std::abort(); // base64 never decodes to more than it was
    (void)request.formParam("id");
    (void)request.param("rudder_write_key");
    return 0;
}
