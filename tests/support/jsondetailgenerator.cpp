#include "jsondetailgenerator.h"

#include <cstdio>
#include <random>

namespace ActionDeck::TestSupport {

namespace {

constexpr const char* kFields = R"("fields":{"dimensions":[
{"name":"users.id","label":"Users ID","tags":["user_id"],"hidden":false},
{"name":"users.email","label":"Users Email","tags":["email"],"hidden":false},
{"name":"users.name","label":"Users Name","tags":[],"hidden":false},
{"name":"users.city","label":"Users City","tags":[],"hidden":false},
{"name":"users.is_active","label":"Users Is Active","tags":[],"hidden":false},
{"name":"users.created_date","label":"Users Created Date","tags":[],"hidden":false}],
"measures":[
{"name":"orders.count","label":"Orders Count","tags":[],"hidden":false},
{"name":"orders.total","label":"Orders Total","tags":[],"hidden":false},
{"name":"orders.count_by_status","label":"Orders Count by Status","tags":[],"hidden":false}],
"table_calculations":[
{"name":"share","label":"Share","tags":[],"hidden":false}],
"pivots":[]},)";

constexpr const char* kCities[] = {"Berlin",           "São Paulo", "Zürich",
                                   "New \\\"York\\\"", "Kraków",    "東京"};
constexpr const char* kNames[] = {"Ada", "Grace", "Linus", "Margaret", "Dennis", "Barbara"};

} // namespace

std::string JsonDetailGenerator::generate(const Options& options) {
    std::string out;
    out.reserve(options.rows * 340 + 4096);
    generate(options, [&out](std::string_view piece) { out += piece; });
    return out;
}

void JsonDetailGenerator::generate(const Options& options,
                                   const std::function<void(std::string_view)>& write) {
    std::mt19937 random(options.seed);
    std::string out;
    out += R"({"status":"complete","ran_at":"2026-11-01T10:20:30+00:00",)";
    out += kFields;
    out += "\n\"data\":[";
    char buffer[512];
    for (std::uint64_t i = 0; i < options.rows; ++i) {
        const unsigned r = random();
        const double total = std::uniform_real_distribution<double>(0, 100000)(random);
        const int count = int(r % 50);
        const std::string email =
            r % 97 == 0 ? "null" : "\"user" + std::to_string(i + 1) + "@example.com\"";
        std::snprintf(buffer, sizeof buffer,
                      R"(%s{"users.id":{"value":%llu},"users.email":{"value":%s},)"
                      R"("users.name":{"value":"%s %llu","rendered":"%s"},)"
                      R"("users.city":{"value":"%s"},"users.is_active":{"value":%s},)"
                      R"("users.created_date":{"value":"2026-%02u-%02u"},)",
                      i == 0 ? "\n" : ",\n", static_cast<unsigned long long>(i + 1), email.c_str(),
                      kNames[r % 6], static_cast<unsigned long long>(i), kNames[r % 6],
                      kCities[(r >> 3) % 6], (r & 1) ? "true" : "false", 1 + (r >> 5) % 12,
                      1 + (r >> 9) % 28);
        out += buffer;
        std::snprintf(
            buffer, sizeof buffer,
            R"("orders.count":{"value":%d%s},"orders.total":{"value":%.17g},)"
            R"("orders.count_by_status":{"complete":{"value":%d},"returned":{"value":%d}},)"
            R"("share":{"value":%s}})",
            count,
            options.withLinks ? R"(,"links":[{"label":"Show All","url":"/explore/)"
                                R"(ecommerce/orders?fields=orders.id","type":)"
                                R"("measure_default"}])"
                              : "",
            total, count / 2, count - count / 2, count == 0 ? "null" : "0.25");
        out += buffer;
        if (out.size() > 60000) {
            write(out);
            out.clear();
        }
    }
    out += "\n]}\n";
    write(out);
}

} // namespace ActionDeck::TestSupport
