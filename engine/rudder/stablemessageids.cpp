#include "rudder/stablemessageids.h"

#include <QtEndian>

#include <cstring>
#include <xxhash.h>

namespace ActionDeck {

namespace {

/// ActionDeck's own namespace for its v5 ids (a fixed random UUID: never change it, or every
/// id of a rerun changes with it).
const QUuid kNamespace(QStringLiteral("6b9f1c1e-4a52-4c1d-9a57-2f0d8e3b7c41"));

void appendSized(std::string& out, std::string_view text) {
    const auto size = std::uint32_t(text.size());
    out.append(reinterpret_cast<const char*>(&size), sizeof(size));
    out.append(text);
}

void appendValue(std::string& out, const CellValue& value) {
    out += char(value.kind);
    appendSized(out, value.text);
}

} // namespace

StableMessageIds::StableMessageIds(std::string scope)
    : m_scope(std::move(scope)) {}

void StableMessageIds::setRanAt(std::string_view ranAt) {
    if (m_scope.empty() || ranAt.empty())
        return;
    std::string name = m_scope;
    name += '\n';
    name += ranAt;
    m_run = QUuid::createUuidV5(kNamespace, QByteArray(name.data(), qsizetype(name.size())));
}

StableMessageIds::Digest StableMessageIds::digest(const JsonDetailRow& row) {
    // Lengths and kinds are written with the texts, so that no two rows read alike.
    m_buffer.clear();
    for (const JsonDetailCell& cell : row.cells) {
        m_buffer += char(cell.present ? (cell.hasValue ? 'v' : 'p') : '-');
        appendValue(m_buffer, cell.value);
        for (const PivotValue& pivot : cell.pivots) {
            m_buffer += 'k';
            appendSized(m_buffer, pivot.key);
            appendValue(m_buffer, pivot.value);
        }
    }
    const XXH128_hash_t hash = XXH3_128bits(m_buffer.data(), m_buffer.size());
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    Digest digest;
    std::memcpy(digest.data(), canonical.digest, digest.size());
    return digest;
}

void StableMessageIds::append(std::uint64_t rowIndex, const Digest& digest, char purpose,
                              std::string& out) const {
    char name[1 + sizeof(rowIndex) + std::tuple_size_v<Digest>];
    name[0] = purpose;
    // Little-endian on every machine: hubs that share an outbox must make the same ids.
    qToLittleEndian(rowIndex, name + 1);
    std::memcpy(name + 1 + sizeof(rowIndex), digest.data(), digest.size());
    const QUuid id = QUuid::createUuidV5(m_run, QByteArray::fromRawData(name, sizeof(name)));
    const QByteArray text = id.toByteArray(QUuid::WithoutBraces);
    out.append(text.constData(), std::size_t(text.size()));
}

} // namespace ActionDeck
