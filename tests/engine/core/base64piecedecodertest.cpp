// Base64 that arrives in pieces of any size decodes to what the whole would; what is not base64
// is said, wherever it is cut.
#include "core/base64piecedecoder.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

QByteArray decodedInPieces(const QByteArray& encoded, qsizetype piece, bool* ok) {
    Base64PieceDecoder decoder;
    QByteArray out;
    *ok = true;
    for (qsizetype at = 0; at < encoded.size() && *ok; at += piece) {
        QByteArray bytes = encoded.mid(at, piece);
        *ok = decoder.decode(&bytes, false);
        out += bytes;
    }
    QByteArray rest;
    if (*ok)
        *ok = decoder.decode(&rest, true);
    return out + rest;
}

} // namespace

TEST(Base64PieceDecoder, AnyCutDecodesToTheWhole) {
    const QByteArray plain = "{\"fields\":{},\"data\":[{\"u.id\":{\"value\":\"é ✓\"}}]}";
    for (const QByteArray& encoded : {plain.toBase64(), plain.left(37).toBase64()}) {
        for (qsizetype piece : {1, 2, 3, 4, 5, 7, 64}) {
            bool ok = false;
            EXPECT_EQ(decodedInPieces(encoded, piece, &ok), QByteArray::fromBase64(encoded))
                << piece;
            EXPECT_TRUE(ok) << piece;
        }
    }
}

TEST(Base64PieceDecoder, WhatIsNotBase64IsSaid) {
    bool ok = true;
    decodedInPieces("eyJmaWVsZHMi*****fQ==", 3, &ok);
    EXPECT_FALSE(ok);
    Base64PieceDecoder decoder;
    QByteArray piece = "eyJ";
    EXPECT_TRUE(decoder.decode(&piece, false));
    EXPECT_TRUE(decoder.hasCarry()) << "three characters wait for a fourth";
}
