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
