// ConfigPatch: an admin API PATCH body (Request) or a data directory's kept changes (Overlay) of
// any content, applied over a configuration. What it accepts, told as a difference and applied
// again, must give the same configuration back.
#include "hub/configpatch.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace ActionDeck;

namespace {

HubConfig base() {
    HubConfig config;
    config.regions.append(RegionConfig{QStringLiteral("US"), "us-secret", {}, {}, {}});
    config.sources.append(SourceConfig{QStringLiteral("Prod"), QStringLiteral("wk_prod"),
                                       QStringLiteral("https://prod.example.com")});
    return config;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const auto mode = input.ConsumeBool() ? ConfigPatch::Mode::Request : ConfigPatch::Mode::Overlay;
    const std::string bytes = input.ConsumeRemainingBytesAsString();
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(bytes.data(), qsizetype(bytes.size())));
    if (!document.isObject())
        return 0;
    static const HubConfig current = base();
    QString error;
    const auto changed = ConfigPatch::apply(current, document.object(), mode, &error);
    if (!changed) {
        if (error.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    const QJsonObject difference = ConfigPatch::difference(current, *changed);
    QString again;
    const auto reapplied =
        ConfigPatch::apply(current, difference, ConfigPatch::Mode::Overlay, &again);
    if (!reapplied || reapplied->toJson() != changed->toJson())
        std::abort();
    return 0;
}
