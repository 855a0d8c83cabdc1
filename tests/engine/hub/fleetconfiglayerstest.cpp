// The fleet's configuration under two hubs' ConfigLayers (a real PostgreSQL): what one keeps
// the other reads; a change made over a configuration another hub changed meanwhile is refused
// as a conflict and changes nothing, and made again after a refresh it holds.
#include "configlayersfixture.h"
#include "hub/configlayers.h"
#include "hub/fleetconfigstore.h"
#include "postgrescluster.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using namespace TestSupport::ConfigLayersFixture;

namespace {

QStringList sourceNames(const HubConfig& config) {
    QStringList names;
    for (const SourceConfig& source : config.sources)
        names << source.name;
    return names;
}

/// One hub's view: its data directory, its connection to the fleet, its layers.
struct HubSide {
    HubSide(const QString& uri) {
        QString error;
        EXPECT_TRUE(fleet.open(uri, TestSupport::testSealer(), &error)) << error.toStdString();
        layers.setFleet(&fleet);
        EXPECT_TRUE(layers.load(&error)) << error.toStdString();
    }
    QTemporaryDir dir;
    FleetConfigStore fleet;
    ConfigLayers layers{fileConfig(), CommandLineConfig{}, dir.path()};
};

} // namespace

TEST(FleetConfigLayers, AChangeOverAnotherHubsChangeIsAConflictThatChangesNothing) {
    QString error;
    auto* cluster = TestSupport::sharedPostgresCluster(&error);
    ASSERT_TRUE(cluster) << "PostgreSQL must start for this test: " << error.toStdString();
    const QString uri = cluster->createDatabase(QStringLiteral("layers_fleet"), &error);
    ASSERT_FALSE(uri.isEmpty()) << error.toStdString();
    HubSide a(uri);
    HubSide b(uri);

    ASSERT_TRUE(a.layers.keep(changed(a.layers.effective(),
                                      R"({"sources": {"Web": {"writeKey": "wk_web",
                                          "dataPlaneUrl": "https://web.example.com"}}})"),
                              &error))
        << error.toStdString();
    // B has not read A's change yet: what it keeps would undo it.
    bool conflict = false;
    EXPECT_FALSE(b.layers.keep(changed(b.layers.effective(),
                                       R"({"sources": {"Mobile": {"writeKey": "wk_mobile",
                                           "dataPlaneUrl": "https://m.example.com"}}})"),
                               &error, &conflict));
    EXPECT_TRUE(conflict);
    EXPECT_TRUE(error.contains(u"another hub changed the fleet's configuration"))
        << error.toStdString();
    EXPECT_EQ(sourceNames(b.layers.effective()), QStringList{u"Prod"_qs}) << "nothing changed";

    ASSERT_TRUE(b.layers.refreshFleet(&error)) << error.toStdString();
    EXPECT_EQ(sourceNames(b.layers.effective()), (QStringList{u"Prod"_qs, u"Web"_qs}));
    ASSERT_TRUE(b.layers.keep(changed(b.layers.effective(),
                                      R"({"sources": {"Mobile": {"writeKey": "wk_mobile",
                                          "dataPlaneUrl": "https://m.example.com"}}})"),
                              &error, &conflict))
        << error.toStdString();
    EXPECT_FALSE(conflict);
    ASSERT_TRUE(a.layers.refreshFleet(&error)) << error.toStdString();
    EXPECT_EQ(sourceNames(a.layers.effective()),
              (QStringList{u"Prod"_qs, u"Web"_qs, u"Mobile"_qs}));
}
