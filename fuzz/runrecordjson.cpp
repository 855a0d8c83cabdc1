// A run as a window reads it from a server's admin API (`/api/v1/runs`, SSE `run` events):
// any bytes as JSON, then RunRecordJson::fromJson. A refusal has a reason; a run accepted
// writes and reads back as the same run.
#include "outbox/runrecordjson.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace ActionDeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    QString error;
    const auto run = RunRecordJson::fromJson(document.object(), &error);
    if (!run) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const auto again = RunRecordJson::fromJson(RunRecordJson::toJson(*run), &error);
    if (!again || !(*again == *run))
        std::abort();
    return 0;
}
