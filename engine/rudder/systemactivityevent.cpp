#include "rudder/systemactivityevent.h"

#include <QtEndian>

#include <algorithm>

namespace ActionDeck {

namespace {

/// What a std::string costs beyond its characters (its object and the allocator's slack).
constexpr std::size_t kStringOverhead = 48;

void writeString(std::string& out, std::string_view text) {
    char length[4];
    qToLittleEndian(std::uint32_t(text.size()), length);
    out.append(length, 4);
    out += text;
}

bool readString(std::string_view& in, std::string& out) {
    if (in.size() < 4)
        return false;
    const std::uint32_t length = qFromLittleEndian<std::uint32_t>(in.data());
    if (in.size() - 4 < length)
        return false;
    out.assign(in.substr(4, length));
    in.remove_prefix(4 + length);
    return true;
}

void writeValue(std::string& out, const CellValue& value) {
    out += char(value.kind);
    writeString(out, value.text);
}

bool readValue(std::string_view& in, CellValue& out) {
    if (in.empty() || std::uint8_t(in.front()) > std::uint8_t(CellValue::Kind::Composite))
        return false;
    out.kind = CellValue::Kind(in.front());
    in.remove_prefix(1);
    return readString(in, out.text);
}

} // namespace

void SystemActivityEvent::merge(SystemActivityEvent&& part) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].kind == CellValue::Kind::Null &&
            part.columns[i].kind != CellValue::Kind::Null)
            swap(columns[i], part.columns[i]);
    }
    firstRow = std::min(firstRow, part.firstRow);
    for (auto& attribute : part.attributes) {
        const bool known = std::any_of(attributes.begin(), attributes.end(),
                                       [&](const auto& a) { return a.first == attribute.first; });
        if (!known)
            attributes.push_back(std::move(attribute));
    }
}

std::size_t SystemActivityEvent::bytes() const {
    std::size_t total = sizeof(*this) + id.size();
    for (const CellValue& value : columns)
        total += value.text.size();
    for (const auto& [name, value] : attributes)
        total += name.size() + value.text.size() + 2 * kStringOverhead + sizeof(value.kind);
    return total;
}

void SystemActivityEvent::write(std::string& out) const {
    writeString(out, id);
    char row[8];
    qToLittleEndian(firstRow, row);
    out.append(row, 8);
    for (const CellValue& value : columns)
        writeValue(out, value);
    char count[4];
    qToLittleEndian(std::uint32_t(attributes.size()), count);
    out.append(count, 4);
    for (const auto& [name, value] : attributes) {
        writeString(out, name);
        writeValue(out, value);
    }
}

bool SystemActivityEvent::read(std::string_view& in, SystemActivityEvent& out) {
    if (!readString(in, out.id) || in.size() < 8)
        return false;
    out.firstRow = qFromLittleEndian<std::uint64_t>(in.data());
    in.remove_prefix(8);
    for (CellValue& value : out.columns) {
        if (!readValue(in, value))
            return false;
    }
    if (in.size() < 4)
        return false;
    const std::uint32_t count = qFromLittleEndian<std::uint32_t>(in.data());
    in.remove_prefix(4);
    out.attributes.clear();
    for (std::uint32_t i = 0; i < count; ++i) {
        std::pair<std::string, CellValue> attribute;
        if (!readString(in, attribute.first) || !readValue(in, attribute.second))
            return false;
        out.attributes.push_back(std::move(attribute));
    }
    return true;
}

} // namespace ActionDeck
