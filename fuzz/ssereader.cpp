// SseReader: a text/event-stream from a remote hub's admin API, in pieces of fuzzed sizes. The
// events read must not depend on where the network split the stream.
#include "connection/ssereader.h"

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <vector>

using namespace ActionDeck;

namespace {

std::vector<QByteArray> read(const QByteArray& stream, qsizetype piece, bool* ok) {
    std::vector<QByteArray> events;
    SseReader reader([&events](const SseEvent& event) {
        events.push_back(event.id + '\0' + event.type + '\0' + event.data);
    });
    *ok = true;
    for (qsizetype at = 0; at < stream.size() && *ok; at += piece)
        *ok = reader.feed(stream.mid(at, piece));
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const qsizetype piece = 1 + input.ConsumeIntegral<std::uint8_t>() % 48;
    const std::string bytes = input.ConsumeRemainingBytesAsString();
    const QByteArray stream(bytes.data(), qsizetype(bytes.size()));

    bool splitOk = false;
    bool wholeOk = false;
    const auto split = read(stream, piece, &splitOk);
    const auto whole = read(stream, stream.size() + 1, &wholeOk);
    if (splitOk != wholeOk || split != whole)
        std::abort();
    return 0;
}
