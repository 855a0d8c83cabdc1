// The Preview page's "recent requests" from the hub the window shows, the same assertions for
// the hub in this process and the same hub through its admin API on loopback.
#include "admintesthub.h"
#include "connection/remotehubconnection.h"
#include "gui/preview/previewpage.h"
#include "jsondetailgenerator.h"
#include "waituntil.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>

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
        connection = connectWindow(GetParam(), AdminScope::Operate);
        ASSERT_TRUE(connection);
        page = std::make_unique<PreviewPage>(*connection, clock, ids);
        QObject::connect(page.get(), &PreviewPage::previewFinished, [this] { ++finished; });
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
    EXPECT_TRUE(recent->itemText(1).contains(QStringLiteral("Rudder Identify")))
        << recent->itemText(1).toStdString();
    EXPECT_TRUE(recent->itemText(1).contains(QStringLiteral("US")));

    ASSERT_TRUE(page->showReceivedRequest(0));
    ASSERT_TRUE(waitUntil([this] { return finished > 0; }, 20000));
    EXPECT_EQ(page->input(),
              QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 6})));
    EXPECT_EQ(page->messages().size(), 6);
    EXPECT_EQ(page->callType(), CallType::Identify); // rudder_event, as the request said
}

TEST_P(PreviewRequests, AStreamedResultShowsItsFirstThousandRows) {
    ASSERT_TRUE(waitUntil([this] { return page->requestsListed(); }));
    const auto answer = executeDownload(5000);
    ASSERT_TRUE(answer && answer->body.contains("\"success\":true"));
    // Listed when it came, then again once its first rows and its row count are known.
    ASSERT_TRUE(waitUntil([this] {
        return recent->count() == 2 && recent->itemText(1).contains(u"first 1,000 of 5,000 rows");
    })) << recent->itemText(1).toStdString();
    ASSERT_TRUE(page->showReceivedRequest(0));
    ASSERT_TRUE(waitUntil([this] { return finished > 0 && !page->isRunning(); }, 20000));
    EXPECT_EQ(page->messages().size(), 1000);
    const QString info = page->findChild<QLabel*>(QStringLiteral("previewInputInfo"))->text();
    EXPECT_TRUE(info.contains(u"the first 1,000 of 5,000 rows")) << info.toStdString();
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
    page->setHub(viewer.get());
    ASSERT_TRUE(waitUntil([this] { return page->requestsListed(); }));
    EXPECT_TRUE(recent->itemText(0).startsWith(u"The hub's requests can not be listed"))
        << recent->itemText(0).toStdString();
    page->setHub(nullptr);
}

TEST_P(PreviewRequests, SendsThePreviewedMessagesThroughTheShownHub) {
    // The shown hub's sources, by name, whatever the token may see of its configuration.
    auto* source = page->findChild<QComboBox*>(QStringLiteral("previewSource"));
    ASSERT_TRUE(waitUntil([&] { return source->count() == 1; }));
    EXPECT_EQ(source->currentText(), QStringLiteral("Prod"));
    page->setInput(
        QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 9})));
    page->runPreview();
    ASSERT_TRUE(waitUntil([this] { return finished > 0; }, 20000));
    ASSERT_EQ(page->messages().size(), 9);
    QList<QPair<bool, QString>> sent;
    QObject::connect(page.get(), &PreviewPage::sendFinished, [&sent](bool ok, const QString& text) {
        sent.append({ok, text});
    });
    page->sendToSource(QStringLiteral("Prod"));
    ASSERT_TRUE(waitUntil([&] { return !sent.isEmpty(); }));
    ASSERT_TRUE(sent[0].first) << sent[0].second.toStdString();
    EXPECT_TRUE(sent[0].second.contains(connection->name())) << sent[0].second.toStdString();
    // Byte for byte what the page showed reaches the data plane.
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 9; }, 20000));
    const QString first = page->messages().at(0);
    const QString id =
        QRegularExpression(QStringLiteral(R"re("messageId":"([^"]+)")re")).match(first).captured(1);
    EXPECT_TRUE(sink.deliveredMessageIdSet().contains(id.toLatin1()));

    // A source the hub does not have: nothing stored, and said so.
    sent.clear();
    page->sendToSource(QStringLiteral("Nope"));
    ASSERT_TRUE(waitUntil([&] { return !sent.isEmpty(); }));
    EXPECT_FALSE(sent[0].first);
    EXPECT_TRUE(sent[0].second.contains(u"Nope")) << sent[0].second.toStdString();
}

TEST_P(PreviewRequests, TheSourceListFollowsTheShownHub) {
    auto* source = page->findChild<QComboBox*>(QStringLiteral("previewSource"));
    ASSERT_TRUE(waitUntil([&] { return source->count() == 1; }));
    // Another hub, with other sources: the list is that hub's, and back again.
    TestSupport::AdminTestHub other(QByteArrayLiteral("other"), QStringLiteral("wk_other"));
    QString error;
    ASSERT_TRUE(other.startHub(&error)) << error.toStdString();
    HubConfig renamed = other.hub->config();
    renamed.sources[0].name = QStringLiteral("Staging");
    ASSERT_TRUE(other.hub->reconfigure(renamed, &error)) << error.toStdString();
    auto otherConnection = other.connectWindow(GetParam(), AdminScope::Operate);
    ASSERT_TRUE(otherConnection);
    page->setHub(otherConnection.get());
    ASSERT_TRUE(waitUntil([&] { return source->currentText() == u"Staging"; }))
        << source->currentText().toStdString();
    EXPECT_EQ(source->count(), 1);
    page->setHub(connection.get());
    ASSERT_TRUE(waitUntil([&] { return source->currentText() == u"Prod"; }));
    page->setHub(nullptr);
    EXPECT_EQ(source->count(), 0);
    page->setHub(connection.get());
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, PreviewRequests, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& param) {
                             return param.param ? "Remote" : "Local";
                         });
