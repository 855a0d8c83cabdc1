// PayloadCodec: what the outbox reads back from its store. Damaged or foreign bytes must be
// refused with a reason, a real frame must come back exactly, and a frame damaged anywhere must
// never decode into other messages (the frames carry a checksum).
#include "outbox/payloadcodec.h"

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace ActionDeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const int encoding = input.ConsumeIntegralInRange<int>(-1, 2);
    const auto flip = input.ConsumeIntegral<std::uint16_t>();
    const std::string bytes = input.ConsumeRemainingBytesAsString();
    PayloadCodec codec;

    // The bytes as a stored payload, whatever they are.
    QString error;
    const auto decoded = codec.decode(encoding, bytes, &error);
    if (!decoded && error.isEmpty())
        std::abort();

    // The bytes as messages: stored, read back, then read back after one bit flipped.
    const auto frame = codec.compress(bytes);
    if (!frame)
        return 0;
    std::string stored(*frame);
    const auto back = codec.decode(int(PayloadCodec::Encoding::Zstd), stored, &error);
    if (!back || *back != bytes)
        std::abort();
    stored[flip % stored.size()] ^= char(1u << (flip >> 13));
    const auto damaged = codec.decode(int(PayloadCodec::Encoding::Zstd), stored, &error);
    if (damaged && *damaged != bytes)
        std::abort();
    return 0;
}
