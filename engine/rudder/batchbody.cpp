#include "rudder/batchbody.h"

#include "rudder/messagebuilder.h"

namespace ActionDeck {

std::string BatchBody::build(std::string_view payload, std::string_view sentAt) {
    std::string body;
    build(payload, sentAt, body);
    return body;
}

void BatchBody::build(std::string_view payload, std::string_view sentAt, std::string& body) {
    body.clear();
    body.reserve(payload.size() + payload.size() / 16 + kEnvelopeBytes);
    body += R"({"batch":[)";
    bool first = true;
    std::size_t start = 0;
    while (start < payload.size()) {
        std::size_t end = payload.find('\n', start);
        if (end == std::string_view::npos)
            end = payload.size();
        if (end > start) {
            if (!first)
                body += ',';
            first = false;
            appendMessageWithSentAt(body, payload.substr(start, end - start), sentAt);
        }
        start = end + 1;
    }
    body += R"(],"sentAt":")";
    body += sentAt;
    body += "\"}";
}

} // namespace ActionDeck
