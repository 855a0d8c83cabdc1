#include "looker/lookerinputsniffer.h"

#include <boost/json/basic_parser_impl.hpp>

#include <string>

namespace ActionDeck {

namespace json = boost::json;
using boost::system::error_code;
using Kind = LookerInputSniffer::Kind;

namespace {

class SniffHandler {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    Kind kind = Kind::Undecided;

    bool on_document_begin(error_code&) { return true; }
    bool on_document_end(error_code&) { return true; }
    bool on_object_begin(error_code& ec) {
        if (m_depth == 1 && m_key == "data")
            return decide(Kind::ExecuteRequest, ec);
        ++m_depth;
        return true;
    }
    bool on_array_begin(error_code& ec) {
        if (m_depth == 0)
            return decide(Kind::JsonDetail, ec);
        if (m_depth == 1 && m_key == "data")
            return decide(Kind::JsonDetail, ec);
        ++m_depth;
        return true;
    }
    bool on_object_end(std::size_t, error_code&) { return --m_depth, true; }
    bool on_array_end(std::size_t, error_code&) { return --m_depth, true; }
    bool on_key_part(json::string_view s, std::size_t, error_code&) {
        if (m_depth == 1)
            m_partial.append(s.data(), s.size());
        return true;
    }
    bool on_key(json::string_view s, std::size_t, error_code& ec) {
        if (m_depth != 1)
            return true;
        m_partial.append(s.data(), s.size());
        m_key.swap(m_partial);
        m_partial.clear();
        if (m_key == "type" || m_key == "scheduled_plan" || m_key == "attachment" ||
            m_key == "form_params")
            return decide(Kind::ExecuteRequest, ec);
        if (m_key == "fields" || m_key == "ran_at")
            return decide(Kind::JsonDetail, ec);
        return true;
    }
    bool on_string_part(json::string_view, std::size_t, error_code&) { return true; }
    bool on_string(json::string_view, std::size_t, error_code& ec) { return scalar(ec); }
    bool on_number_part(json::string_view, error_code&) { return true; }
    bool on_int64(std::int64_t, json::string_view, error_code& ec) { return scalar(ec); }
    bool on_uint64(std::uint64_t, json::string_view, error_code& ec) { return scalar(ec); }
    bool on_double(double, json::string_view, error_code& ec) { return scalar(ec); }
    bool on_bool(bool, error_code& ec) { return scalar(ec); }
    bool on_null(error_code& ec) { return scalar(ec); }
    bool on_comment_part(json::string_view, error_code&) { return true; }
    bool on_comment(json::string_view, error_code&) { return true; }

private:
    bool scalar(error_code& ec) { return m_depth == 0 ? decide(Kind::JsonDetail, ec) : true; }
    bool decide(Kind k, error_code& ec) {
        kind = k;
        ec = json::error::exception;
        return false;
    }

    int m_depth = 0;
    std::string m_key;
    std::string m_partial;
};

} // namespace

struct LookerInputSniffer::Impl {
    json::basic_parser<SniffHandler> parser{json::parse_options{.max_depth = 64}};
    bool stopped = false;
};

LookerInputSniffer::LookerInputSniffer()
    : d(std::make_unique<Impl>()) {}

LookerInputSniffer::~LookerInputSniffer() = default;

Kind LookerInputSniffer::feed(std::string_view chunk) {
    if (d->stopped)
        return d->parser.handler().kind == Kind::Undecided ? Kind::JsonDetail
                                                           : d->parser.handler().kind;
    error_code ec;
    d->parser.write_some(true, chunk.data(), chunk.size(), ec);
    // A complete document ends the sniffing: the parser would take what follows as a second
    // document, so the decision would depend on where the input was cut (fuzz/lookerinputsniffer).
    if (ec || d->parser.done())
        d->stopped = true;
    return d->stopped ? finish() : d->parser.handler().kind;
}

Kind LookerInputSniffer::finish() {
    const Kind kind = d->parser.handler().kind;
    return kind == Kind::Undecided ? Kind::JsonDetail : kind;
}

} // namespace ActionDeck
