#include "core/idgenerator.h"

#include <QUuid>

namespace ActionDeck {

RandomIdGenerator::RandomIdGenerator()
    : m_random(QRandomGenerator::securelySeeded()) {}

void RandomIdGenerator::appendUuid(std::string& out) {
    quint64 words[2] = {m_random.generate64(), m_random.generate64()};
    auto* bytes = reinterpret_cast<unsigned char*>(words);
    // RFC 4122 section 4.4: version 4, variant 10xx.
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);
    const QByteArray text =
        QUuid::fromRfc4122(QByteArrayView(bytes, sizeof(words))).toByteArray(QUuid::WithoutBraces);
    out.append(text.constData(), std::size_t(text.size()));
}

} // namespace ActionDeck
