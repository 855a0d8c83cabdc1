#pragma once

#include <QByteArray>

namespace ActionDeck {

/// Decodes base64 that arrives in pieces of any size: each piece's whole groups of four
/// characters are decoded, the rest waits for the next piece.
class Base64PieceDecoder {
public:
    /// Decodes `bytes` in place; `last` decodes what is left too. False when it is not base64.
    bool decode(QByteArray* bytes, bool last);
    /// Characters waiting for the next piece.
    bool hasCarry() const { return !m_carry.isEmpty(); }

private:
    QByteArray m_carry; ///< base64 characters short of a group of four
};

} // namespace ActionDeck
