#pragma once
// The two baselines every throughput figure is compared with (docs/PERFORMANCE.md): Boost.JSON's
// basic_parser over the same bytes in the same pieces, with a handler that does nothing, and with
// one that builds every row.

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>

#include <cstdint>
#include <string>
#include <utility>

namespace ActionDeck::Bench {

/// Accepts every event and does nothing: the cost of parsing alone.
struct NullHandler {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    std::size_t events = 0;
    using ec = boost::system::error_code;
    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_object_begin(ec&) { return ++events, true; }
    bool on_object_end(std::size_t, ec&) { return true; }
    bool on_array_begin(ec&) { return ++events, true; }
    bool on_array_end(std::size_t, ec&) { return true; }
    bool on_key_part(boost::json::string_view, std::size_t, ec&) { return true; }
    bool on_key(boost::json::string_view, std::size_t, ec&) { return ++events, true; }
    bool on_string_part(boost::json::string_view, std::size_t, ec&) { return true; }
    bool on_string(boost::json::string_view, std::size_t, ec&) { return ++events, true; }
    bool on_number_part(boost::json::string_view, ec&) { return true; }
    bool on_int64(std::int64_t, boost::json::string_view, ec&) { return ++events, true; }
    bool on_uint64(std::uint64_t, boost::json::string_view, ec&) { return ++events, true; }
    bool on_double(double, boost::json::string_view, ec&) { return ++events, true; }
    bool on_bool(bool, ec&) { return ++events, true; }
    bool on_null(ec&) { return ++events, true; }
    bool on_comment_part(boost::json::string_view, ec&) { return true; }
    bool on_comment(boost::json::string_view, ec&) { return true; }
};

/// Builds every row of "data" as a boost::json::value (Boost.JSON's own value_stack) and drops
/// it: a parse "building every row", as TOOLCHAIN.md measured the limit (~600 MB/s there), the
/// least any consumer of the rows must do.
class RowBuildingHandler {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    using ec = boost::system::error_code;
    using sv = boost::json::string_view;

    std::uint64_t rows = 0;

    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_object_begin(ec&) { return begin(); }
    bool on_object_end(std::size_t n, ec&) {
        return end([&] { m_stack.push_object(n); });
    }
    bool on_array_begin(ec&) {
        if (m_depth == 1 && m_key == "data")
            m_inData = true;
        return begin();
    }
    bool on_array_end(std::size_t n, ec&) {
        if (m_depth == 2)
            m_inData = false;
        return end([&] { m_stack.push_array(n); });
    }
    bool on_key_part(sv s, std::size_t, ec&) {
        if (inRow())
            m_stack.push_chars(s);
        else
            keyPiece(s);
        return true;
    }
    bool on_key(sv s, std::size_t, ec&) {
        if (inRow())
            m_stack.push_key(s);
        else
            keyPiece(s);
        m_keyDone = true;
        return true;
    }
    bool on_string_part(sv s, std::size_t, ec&) {
        if (inRow())
            m_stack.push_chars(s);
        return true;
    }
    bool on_string(sv s, std::size_t, ec&) {
        if (inRow())
            m_stack.push_string(s);
        return true;
    }
    bool on_number_part(sv, ec&) { return true; }
    bool on_int64(std::int64_t v, sv, ec&) {
        return value([&] { m_stack.push_int64(v); });
    }
    bool on_uint64(std::uint64_t v, sv, ec&) {
        return value([&] { m_stack.push_uint64(v); });
    }
    bool on_double(double v, sv, ec&) {
        return value([&] { m_stack.push_double(v); });
    }
    bool on_bool(bool v, ec&) {
        return value([&] { m_stack.push_bool(v); });
    }
    bool on_null(ec&) {
        return value([&] { m_stack.push_null(); });
    }
    bool on_comment_part(sv, ec&) { return true; }
    bool on_comment(sv, ec&) { return true; }

private:
    bool inRow() const { return m_inData && m_depth >= 3; }
    void keyPiece(sv s) {
        if (std::exchange(m_keyDone, false))
            m_key.clear();
        m_key.append(s.data(), s.size());
    }
    bool begin() {
        ++m_depth;
        if (inRow() && m_depth == 3)
            m_stack.reset();
        return true;
    }
    template <typename Push> bool end(Push push) {
        if (inRow()) {
            push();
            if (m_depth == 3) {
                boost::json::value row = m_stack.release();
                ++rows;
            }
        }
        --m_depth;
        return true;
    }
    template <typename Push> bool value(Push push) {
        if (inRow())
            push();
        return true;
    }

    boost::json::value_stack m_stack;
    std::string m_key;
    int m_depth = 0;
    bool m_inData = false;
    bool m_keyDone = true;
};

} // namespace ActionDeck::Bench
