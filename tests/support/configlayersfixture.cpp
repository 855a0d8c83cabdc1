#include "configlayersfixture.h"

#include "hub/configpatch.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace ActionDeck::TestSupport::ConfigLayersFixture {

HubConfig fileConfig() {
    HubConfig config;
    config.regions.append(RegionConfig{QStringLiteral("US"), "file-secret", {}, {}, {}});
    config.sources.append(SourceConfig{QStringLiteral("Prod"), QStringLiteral("wk_prod"),
                                       QStringLiteral("https://prod.example.com")});
    return config;
}

HubConfig changed(const HubConfig& current, const QByteArray& patch) {
    QString error;
    const auto result = ConfigPatch::apply(current, QJsonDocument::fromJson(patch).object(),
                                           ConfigPatch::Mode::Request, &error);
    EXPECT_TRUE(result) << error.toStdString();
    return result.value_or(current);
}

} // namespace ActionDeck::TestSupport::ConfigLayersFixture
