#include "outbox/syncstatestore.h"

#include <QtEndian>

#include <algorithm>

namespace ActionDeck {

namespace {
constexpr std::size_t kRowBytes = 16;
} // namespace

QString SyncScopeKey::key() const {
    // Unit separators: none of the three can hold one.
    return planId + u'\x1f' + action + u'\x1f' + source;
}

std::optional<std::uint64_t> SyncState::fingerprintOf(std::uint64_t identity) const {
    return lastSentFingerprint(rows, identity);
}

QByteArray SyncStateStore::pack(const std::vector<SyncRow>& rows) {
    QByteArray body(qsizetype(rows.size() * kRowBytes), Qt::Uninitialized);
    char* out = body.data();
    for (const SyncRow& row : rows) {
        // Little-endian everywhere: the store may be shared by hubs of any machine.
        qToLittleEndian(row.identity, out);
        qToLittleEndian(row.fingerprint, out + 8);
        out += kRowBytes;
    }
    return body;
}

bool SyncStateStore::unpack(const QByteArray& body, std::vector<SyncRow>& out) {
    return unpack(std::string_view(body.constData(), std::size_t(body.size())), out);
}

bool SyncStateStore::unpack(std::string_view body, std::vector<SyncRow>& out) {
    if (body.size() % kRowBytes != 0)
        return false;
    const char* in = body.data();
    for (std::size_t at = 0; at < body.size(); at += kRowBytes)
        out.push_back({qFromLittleEndian<std::uint64_t>(in + at),
                       qFromLittleEndian<std::uint64_t>(in + at + 8)});
    return true;
}

void SyncStateStore::keepLatest(std::vector<SyncRow>& rows) {
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SyncRow& a, const SyncRow& b) { return a.identity < b.identity; });
    auto out = rows.begin();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        const auto next = std::next(it);
        if (next == rows.end() || next->identity != it->identity)
            *out++ = *it;
    }
    rows.erase(out, rows.end());
}

} // namespace ActionDeck
