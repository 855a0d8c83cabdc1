#include "core/base64piecedecoder.h"

#include <utility>

namespace ActionDeck {

bool Base64PieceDecoder::decode(QByteArray* bytes, bool last) {
    bytes->prepend(std::exchange(m_carry, {}));
    if (!last) {
        const qsizetype whole = bytes->size() - bytes->size() % 4;
        m_carry = bytes->mid(whole);
        bytes->truncate(whole);
    }
    auto decoded = QByteArray::fromBase64Encoding(*bytes, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *bytes = std::move(decoded.decoded);
    return true;
}

} // namespace ActionDeck
