#include "gui/widgets/jsonindenter.h"

#include <algorithm>
#include <string>

namespace ActionDeck {

QString indentedJson(std::string_view json) {
    std::string out;
    out.reserve(json.size() * 3 / 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out](int level) {
        out += '\n';
        out.append(std::size_t(std::max(level, 0) * 2), ' ');
    };
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            if (i + 1 < json.size() && json[i + 1] == (c == '{' ? '}' : ']')) {
                out += json[++i];
                break;
            }
            newline(++depth);
            break;
        case '}':
        case ']':
            newline(--depth);
            out += c;
            break;
        case ',':
            out += c;
            newline(depth);
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            out += c;
        }
    }
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

} // namespace ActionDeck
