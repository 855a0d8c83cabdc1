// HubConfig::fromJson: a configuration file (--config, /etc/actiondeck/config.json, the kept
// changes of a data directory) of any content. What it accepts must save and read back the same.
#include "hub/hubconfig.h"

#include <cstdlib>

using namespace ActionDeck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto config = HubConfig::fromJson(json, &error);
    if (!config) {
        if (error.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    // Saved as the hub saves it, then read back: nothing lost or changed.
    QString again;
    const auto reread = HubConfig::fromJson(config->toJson(), &again);
    if (!reread)
        std::abort();
    (void)config->lookerInstances();
    (void)config->withoutSecrets();
    (void)config->secretsJson();
    return 0;
}
