// SystemActivityMerger: the rows of a System Activity result, one per (event, attribute), in any
// order and with any ids, merged under a tiny memory limit so that its spill files are written
// and read back. Every event comes out once. Then the bytes as a damaged spill record.
#include "rudder/systemactivitymerger.h"

#include <QTemporaryDir>

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <set>

using namespace ActionDeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    static QTemporaryDir spillDirectory;
    const std::size_t memoryLimit = 256 + input.ConsumeIntegral<std::uint16_t>() % 4096;
    SystemActivityMerger merger(memoryLimit, spillDirectory.path());
    std::set<std::string> ids;
    std::uint64_t row = 0;
    while (input.remaining_bytes() > 0 && row < 2000) {
        SystemActivityEvent part;
        part.id = input.ConsumeRandomLengthString(12);
        part.firstRow = ++row;
        const auto column = input.ConsumeIntegralInRange<int>(0, SystemActivityEvent::ColumnCount);
        const auto kind = input.ConsumeIntegralInRange<int>(0, 5);
        CellValue value{CellValue::Kind(kind), input.ConsumeRandomLengthString(40)};
        if (column < SystemActivityEvent::ColumnCount)
            part.columns[std::size_t(column)] = value;
        else
            part.attributes.emplace_back(input.ConsumeRandomLengthString(16), value);
        ids.insert(part.id);
        if (!merger.add(std::move(part)))
            return 0; // a spill file could not be written: said in error()
    }
    std::set<std::string> out;
    std::vector<SystemActivityEvent> slice;
    bool done = false;
    while (!done) {
        slice.clear();
        done = merger.next(slice, 5);
        if (!merger.error().empty())
            std::abort();
        for (const SystemActivityEvent& event : slice)
            if (!out.insert(event.id).second)
                std::abort(); // handed out twice
    }
    if (out != ids)
        std::abort();

    // The same bytes as a spill record: read or refused, never read past.
    std::string_view record(reinterpret_cast<const char*>(data), size);
    SystemActivityEvent event;
    while (!record.empty() && SystemActivityEvent::read(record, event)) {
    }
    return 0;
}
