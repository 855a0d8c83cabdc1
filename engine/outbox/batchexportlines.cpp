#include "outbox/batchexportlines.h"

#include "core/jsonescape.h"

namespace ActionDeck {

bool BatchExportLines::write(const BatchInfo& info, std::string_view messages,
                             const std::function<bool(const std::string&)>& line) {
    std::string prefix = R"({"batchId":)" + std::to_string(info.id) + R"(,"state":)";
    appendJsonString(prefix, batchStateName(info.state).toStdString());
    prefix += R"(,"attempts":)" + std::to_string(info.attempts) + R"(,"lastStatus":)" +
              std::to_string(info.lastStatus) + R"(,"lastError":)";
    appendJsonString(prefix, info.lastError.toStdString());
    prefix += R"(,"endpoint":)";
    appendJsonString(prefix, info.endpoint.toStdString());
    prefix += R"(,"origin":)";
    appendJsonString(prefix, info.origin.toStdString());
    prefix += R"(,"message":)";
    std::string text;
    std::size_t start = 0;
    while (start < messages.size()) {
        std::size_t end = messages.find('\n', start);
        if (end == std::string_view::npos)
            end = messages.size();
        text = prefix;
        text.append(messages.substr(start, end - start));
        text += "}\n";
        if (!line(text))
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace ActionDeck
