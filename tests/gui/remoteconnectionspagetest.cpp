// The Connections page of a hub on a server: what it lists, and what its changes do on the hub.
#include "remoteconnectionspage.h"

#include "admintesthub.h"
#include "connection/remotehubconnection.h"
#include "waituntil.h"

#include <QPushButton>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

class RemoteConnections : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    RemoteConnections()
        : AdminTestHub(QByteArrayLiteral("remote-page-secret"), QStringLiteral("wk_page")) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
    }
    void TearDown() override {
        page.reset();
        connection.reset();
        server.reset();
        service.reset();
        hub.reset();
    }

    void openWith(AdminScope scope) {
        connection = std::make_unique<RemoteHubConnection>(RemoteHubSettings{
            QStringLiteral("prod"), server->url(), createToken(QStringLiteral("w"), scope), {}});
        connection->open();
        ASSERT_TRUE(
            waitUntil([this] { return connection->state() == HubConnection::State::Connected; }));
        page = std::make_unique<RemoteConnectionsPage>(*connection);
        QObject::connect(page.get(), &RemoteConnectionsPage::secretShown,
                         [this](const QString&, const QString& secret) { secrets.append(secret); });
    }

    QStringList column(QTableWidget* table, int column) const {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts.append(table->item(row, column)->text());
        return texts;
    }

    std::unique_ptr<RemoteHubConnection> connection;
    std::unique_ptr<RemoteConnectionsPage> page;
    QStringList secrets;
};

} // namespace

TEST_F(RemoteConnections, ListsTheHubsSourcesAndRegionsWithoutSecrets) {
    openWith(AdminScope::Admin);
    ASSERT_TRUE(waitUntil([this] { return page->sources()->rowCount() == 1; }));
    EXPECT_EQ(column(page->sources(), 0), QStringList{QStringLiteral("Prod")});
    EXPECT_EQ(column(page->sources(), 1), QStringList{sink.url()});
    EXPECT_FALSE(column(page->sources(), 2).join(u' ').contains(u"wk_page"));
    EXPECT_EQ(column(page->regions(), 0), QStringList{QStringLiteral("US")});
}

TEST_F(RemoteConnections, SavesAndRemovesSourcesOnTheServer) {
    openWith(AdminScope::Admin);
    ASSERT_TRUE(waitUntil([this] { return page->sources()->rowCount() == 1; }));
    page->saveSource(QStringLiteral("EU"), sink.url(), QStringLiteral("wk_eu"));
    ASSERT_TRUE(waitUntil([this] { return page->sources()->rowCount() == 2; }))
        << page->status().toStdString();
    ASSERT_NE(hub->config().source(u"EU"_qs), nullptr);
    EXPECT_EQ(hub->config().source(u"EU"_qs)->writeKey, QStringLiteral("wk_eu"));
    page->removeSource(QStringLiteral("EU"));
    ASSERT_TRUE(waitUntil([this] { return page->sources()->rowCount() == 1; }));
    EXPECT_EQ(hub->config().source(u"EU"_qs), nullptr);
}

TEST_F(RemoteConnections, MakesATokenShownOnceAndRevokesIt) {
    openWith(AdminScope::Admin);
    ASSERT_TRUE(waitUntil([this] { return page->regions()->rowCount() == 1; }));
    page->makeToken(QStringLiteral("US"));
    ASSERT_TRUE(waitUntil([this] { return secrets.size() == 1; })) << page->status().toStdString();
    const QString nonce = secrets[0].section(u'/', 0, 0);
    ASSERT_TRUE(waitUntil([&] { return column(page->regions(), 1).join(u' ').contains(nonce); }));
    EXPECT_FALSE(column(page->regions(), 1).join(u' ').contains(secrets[0]))
        << "the list shows nonces, never a token";
    page->revokeToken(QStringLiteral("US"), nonce);
    ASSERT_TRUE(waitUntil([&] { return column(page->regions(), 2).join(u' ').contains(nonce); }));
    EXPECT_TRUE(hub->config().regions[0].revokedNonces.contains(nonce.toLatin1()));
}

TEST_F(RemoteConnections, AnOperateTokenMayNotChangeAnything) {
    openWith(AdminScope::Operate);
    for (QPushButton* button : page->findChildren<QPushButton*>())
        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
    EXPECT_EQ(page->sources()->rowCount(), 0);
}

TEST_F(RemoteConnections, ChangesASourcesSyncOptionsOnTheServer) {
    openWith(AdminScope::Admin);
    ASSERT_TRUE(waitUntil([this] { return page->sources()->rowCount() == 1; }));
    EXPECT_EQ(column(page->sources(), 3), QStringList{QStringLiteral("Looker's names")});
    SourceConfig options;
    options.propertyNames = PropertyNames::CamelLabel;
    options.rename.insert(QStringLiteral("users.plan"), QStringLiteral("plan_tier"));
    options.lookerContext = true;
    page->saveSource(QStringLiteral("Prod"), sink.url(), {}, options);
    ASSERT_TRUE(waitUntil([this] {
        return column(page->sources(), 3).join(u' ').contains(u"camelCase");
    })) << page->status().toStdString();
    const SourceConfig* prod = hub->config().source(u"Prod"_qs);
    ASSERT_NE(prod, nullptr);
    EXPECT_EQ(prod->propertyNames, PropertyNames::CamelLabel);
    EXPECT_EQ(prod->rename.value(u"users.plan"_qs), QStringLiteral("plan_tier"));
    EXPECT_TRUE(prod->lookerContext);
    EXPECT_EQ(prod->sendRows, SendRows::All);
    EXPECT_EQ(prod->writeKey, QStringLiteral("wk_page")) << "no key given: the key is kept";
    // What the window reads back from the server: the same options.
    EXPECT_EQ(connection->config().source(u"Prod"_qs)->rename, prod->rename);

    // A change of the connection alone leaves them.
    page->saveSource(QStringLiteral("Prod"), sink.url() + QStringLiteral("/"), {});
    ASSERT_TRUE(waitUntil([this] {
        return hub->config().source(u"Prod"_qs)->dataPlaneUrl.endsWith(u'/');
    })) << page->status().toStdString();
    EXPECT_EQ(hub->config().source(u"Prod"_qs)->propertyNames, PropertyNames::CamelLabel);
}
