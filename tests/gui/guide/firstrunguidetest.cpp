// The first-run guide's step 3 through Looker's API: without a Looker connection it offers to
// make one; with one, "Do it for me" adds this computer's hub to Looker (the stand-in) with a
// token of its first region, enables its actions with its first source, and ticks the step.
#include "gui/guide/firstrunguide.h"

#include "admintesthub.h"
#include "connection/hubconnection.h"
#include "gui/lookerlink/lookeraccount.h"
#include "lookerstandin.h"
#include "waituntil.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::LookerStandIn;
using TestSupport::waitUntil;

namespace {

const QString kClientId = QStringLiteral("guide-client");
const QByteArray kSecret = "guide-client-secret";
const QByteArray kRegionSecret = "guide region secret";
const QString kWriteKey = QStringLiteral("wk_guide");

class GuideLooker : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    GuideLooker()
        : AdminTestHub(kRegionSecret, kWriteKey) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        ASSERT_TRUE(looker.listen());
        connection = connectWindow(false);
        ASSERT_TRUE(connection);
        account = std::make_unique<LookerAccount>(LookerApiConnection{}, nullptr);
        guide = std::make_unique<FirstRunGuide>(*connection, account.get());
        guide->show();
        doIt = guide->findChild<QPushButton*>(QStringLiteral("guideDoItForMe"));
        status = guide->findChild<QLabel*>(QStringLiteral("guideDoItStatus"));
        ASSERT_TRUE(doIt && status);
    }
    void TearDown() override {
        guide.reset();
        account.reset();
        connection.reset();
    }

    LookerStandIn looker{kClientId, kSecret};
    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<LookerAccount> account;
    std::unique_ptr<FirstRunGuide> guide;
    QPushButton* doIt = nullptr;
    QLabel* status = nullptr;
};

} // namespace

TEST_F(GuideLooker, WithoutAConnectionItOffersToMakeOne) {
    EXPECT_EQ(doIt->text(), QStringLiteral("Connect to Looker's API…"));
    QSignalSpy opened(guide.get(), &FirstRunGuide::openLooker);
    doIt->click();
    EXPECT_EQ(opened.count(), 1);
    EXPECT_TRUE(looker.requests().isEmpty());
}

TEST_F(GuideLooker, DoItForMeAddsTheHubAndEnablesItsActions) {
    account->save({looker.url().toString(), kClientId, kSecret, true});
    ASSERT_EQ(doIt->text(), QStringLiteral("Do it for me"));
    EXPECT_FALSE(guide->isDone(FirstRunGuide::ConnectLooker));
    doIt->click();
    ASSERT_TRUE(waitUntil([&] { return !guide->isBusy(); }, 20000));
    ASSERT_EQ(looker.hubs().size(), 1);
    EXPECT_TRUE(looker.hubs()[0].fetchError.isEmpty());
    EXPECT_TRUE(status->text().startsWith(u"Done")) << status->text().toStdString();
    EXPECT_TRUE(guide->isDone(FirstRunGuide::ConnectLooker));
    int enabled = 0;
    for (const QJsonValue& integration : looker.hubs()[0].integrations)
        enabled += integration.toObject().value(u"enabled").toBool() ? 1 : 0;
    EXPECT_EQ(enabled, 3);
    EXPECT_FALSE(status->text().contains(QString::fromUtf8(kSecret)));
}

TEST_F(GuideLooker, AnUncheckedCertificateIsWarnedAbout) {
    account->save({QStringLiteral("https://acme.looker.com"), kClientId, kSecret, false});
    EXPECT_TRUE(status->isVisibleTo(guide.get()));
    EXPECT_TRUE(status->text().contains(u"certificate is not checked"))
        << status->text().toStdString();
}
