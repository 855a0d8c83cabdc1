// The Preview page's "recent requests" from the hub the window shows, the same assertions for
// the hub in this process and the same hub through its admin API on loopback.
#include "admintesthub.h"
#include "connection/localhubconnection.h"
#include "connection/remotehubconnection.h"
#include "jsondetailgenerator.h"
#include "previewpage.h"
#include "waituntil.h"

#include <QComboBox>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "region-secret-for-preview-requests";

class PreviewRequests : public testing::TestWithParam<bool>, protected TestSupport::AdminTestHub {
protected:
    PreviewRequests()
        : AdminTestHub(kSecret, QStringLiteral("wk_preview_requests")) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        if (GetParam()) {
            auto remote = std::make_unique<RemoteHubConnection>(
                RemoteHubSettings{QStringLiteral("staging"),
                                  server->url(),
                                  createToken(QStringLiteral("window"), AdminScope::Operate),
                                  {}});
            remote->setBackoff(50, 200);
            connection = std::move(remote);
        } else {
            connection = std::make_unique<LocalHubConnection>(*hub, *service);
        }
        connection->open();
        ASSERT_TRUE(
            waitUntil([this] { return connection->state() == HubConnection::State::Connected; }));
        page = std::make_unique<PreviewPage>(*hub, clock, ids);
        QObject::connect(page.get(), &PreviewPage::previewFinished, [this] { ++finished; });
        page->setRequestHub(connection.get());
        recent = page->findChild<QComboBox*>(QStringLiteral("previewRecent"));
        ASSERT_TRUE(recent);
    }
    void TearDown() override {
        page.reset();
        connection.reset();
    }

    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<PreviewPage> page;
    QComboBox* recent = nullptr;
    int finished = 0;
};

} // namespace

TEST_P(PreviewRequests, ARequestTheShownHubReceivedIsPreviewed) {
    ASSERT_TRUE(waitUntil([this] { return page->requestsListed(); }));
    EXPECT_EQ(recent->itemText(0), QStringLiteral("No request received yet"));
    const auto answer = execute(6);
    ASSERT_TRUE(answer && answer->body.contains("\"success\":true"));
    ASSERT_TRUE(waitUntil([this] { return recent->count() == 2; }));
    EXPECT_TRUE(recent->itemText(1).contains(QStringLiteral("rudder_event")))
        << recent->itemText(1).toStdString();
    EXPECT_TRUE(recent->itemText(1).contains(QStringLiteral("US")));

    ASSERT_TRUE(page->showReceivedRequest(0));
    ASSERT_TRUE(waitUntil([this] { return finished > 0; }, 20000));
    EXPECT_EQ(page->input(),
              QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 6})));
    EXPECT_EQ(page->messages().size(), 6);
    EXPECT_EQ(page->callType(), CallType::Identify); // rudder_event, as the request said
}

TEST_P(PreviewRequests, AHubThatMayNotListThemSaysSo) {
    if (!GetParam())
        GTEST_SKIP() << "the hub in this process lists its requests to the window itself";
    // A read token sees no customer data: the list is refused and the page says why.
    auto viewer = std::make_unique<RemoteHubConnection>(
        RemoteHubSettings{QStringLiteral("staging"),
                          server->url(),
                          createToken(QStringLiteral("viewer"), AdminScope::Read),
                          {}});
    viewer->open();
    page->setRequestHub(viewer.get());
    ASSERT_TRUE(waitUntil([this] { return page->requestsListed(); }));
    EXPECT_TRUE(recent->itemText(0).startsWith(u"The hub's requests can not be listed"))
        << recent->itemText(0).toStdString();
    page->setRequestHub(nullptr);
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, PreviewRequests, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& param) {
                             return param.param ? "Remote" : "Local";
                         });
