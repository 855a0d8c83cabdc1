// The Preview page's "From Looker" input against the Looker API stand-in: a Look is run as a
// schedule sends it (json_detail, unformatted, its hidden fields left out) and previewed as the
// hub would send it, its tag check names what is tagged and what is missing (with the fix in
// LookML), a Look Looker can't run is said, the picker lists and searches Looks, and without a
// Looker connection the button says where to set one up.
#include "admintesthub.h"
#include "connection/hubconnection.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/preview/lookpickerdialog.h"
#include "gui/preview/previewpage.h"
#include "lookerrequests.h"
#include "lookerstandin.h"
#include "waituntil.h"

#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::LookerRequests;
using TestSupport::LookerStandIn;
using TestSupport::waitUntil;

namespace {

const QString kClientId = QStringLiteral("preview-client");
const QByteArray kClientSecret = "preview-client-secret";

class PreviewLook : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    PreviewLook()
        : AdminTestHub("preview look region secret", QStringLiteral("wk_preview_look")) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        ASSERT_TRUE(looker.listen());
        looker.content().addLook({QStringLiteral("42"),
                                  QStringLiteral("Active accounts"),
                                  QStringLiteral("crm"),
                                  QStringLiteral("accounts"),
                                  QStringLiteral("Shared"),
                                  {QStringLiteral("u.plan")},
                                  LookerRequests::usersResult(50)});
        looker.content().addLook(
            {QStringLiteral("9"),
             QStringLiteral("Untagged users"),
             QStringLiteral("crm"),
             QStringLiteral("users"),
             QString(),
             {},
             R"({"fields":{"dimensions":[{"name":"users.id"},{"name":"users.plan"}]},)"
             R"("data":[{"users.id":{"value":"u1"},"users.plan":{"value":"gold"}}]})"});
        connection = connectWindow(false);
        ASSERT_TRUE(connection);
        account = std::make_unique<LookerAccount>(
            LookerApiConnection{looker.url().toString(), kClientId, kClientSecret, true},
            [](const LookerApiConnection&) {});
        page = std::make_unique<PreviewPage>(*connection, clock, ids);
        page->setLookerAccount(account.get());
        QObject::connect(page.get(), &PreviewPage::previewFinished, [this] { ++finished; });
    }
    void TearDown() override {
        page.reset();
        account.reset();
        connection.reset();
    }

    /// Runs Look `id` and waits for its preview; false when none came.
    bool previewLook(const QString& id, int limit = 500) {
        const int before = finished;
        page->runLook(id, limit);
        return waitUntil([&] { return finished > before && !page->isRunning(); }, 15000);
    }
    QString inputInfo() const {
        return page->findChild<QLabel*>(QStringLiteral("previewInputInfo"))->text();
    }

    LookerStandIn looker{kClientId, kClientSecret};
    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<LookerAccount> account;
    std::unique_ptr<PreviewPage> page;
    int finished = 0;
};

} // namespace

TEST_F(PreviewLook, ALookIsRunAsAScheduleSendsItAndPreviewedWithoutItsHiddenFields) {
    page->setCallType(CallType::Identify);
    ASSERT_TRUE(previewLook(QStringLiteral("42")));
    EXPECT_EQ(page->messages().size(), 50);
    EXPECT_FALSE(page->messages().join(u'\n').contains(u"u.plan")) << "a hidden field";
    EXPECT_TRUE(page->messages().constFirst().contains(u"\"userId\":\"user-0\""))
        << page->messages().constFirst().toStdString();
    EXPECT_TRUE(inputInfo().contains(u"From Looker: Look 42 · Active accounts"))
        << inputInfo().toStdString();
    EXPECT_EQ(page->notes(), QStringList{QStringLiteral("Tags: user_id on u.id")});
    EXPECT_TRUE(page->warnings().isEmpty()) << page->warnings().join(u'\n').toStdString();
    bool ran = false;
    for (const auto& request : looker.requests()) {
        if (!request.path.startsWith("/api/4.0/looks/42/run/json_detail"))
            continue;
        ran = true;
        EXPECT_TRUE(request.path.contains("apply_formatting=false"));
        EXPECT_TRUE(request.path.contains("apply_vis=false"));
        EXPECT_TRUE(request.path.contains("limit=500")) << request.path.toStdString();
    }
    EXPECT_TRUE(ran);
    // No Looker session outlives the run.
    EXPECT_TRUE(waitUntil([&] { return looker.logouts() == looker.logins(); }, 5000));
}

TEST_F(PreviewLook, AnUntaggedLookNamesTheFieldAndTheTagInLookML) {
    page->setCallType(CallType::Identify);
    ASSERT_TRUE(previewLook(QStringLiteral("9"), -1));
    EXPECT_TRUE(page->warnings().contains(
        QStringLiteral("No field is tagged user_id, email or rudder_anonymous_id, which identify "
                       "needs: add `tags: [\"user_id\"]` to dimension `users.id` in view "
                       "`users`.")))
        << page->warnings().join(u'\n').toStdString();
    EXPECT_TRUE(page->notes().isEmpty());
    bool all = false;
    for (const auto& request : looker.requests())
        all = all || (request.path.startsWith("/api/4.0/looks/9/run/json_detail") &&
                      request.path.contains("limit=-1"));
    EXPECT_TRUE(all) << "all rows asks Looker for limit=-1";

    page->setCallType(CallType::Group);
    page->runPreview();
    ASSERT_TRUE(waitUntil([&] { return !page->isRunning(); }, 10000));
    EXPECT_TRUE(page->warnings().join(u'\n').contains(
        u"No field is tagged rudder_group_id, which group needs: tag the field that names the "
        u"group."))
        << page->warnings().join(u'\n').toStdString();
}

TEST_F(PreviewLook, ALookLookerCanNotRunIsSaid) {
    page->runLook(QStringLiteral("404"), 500);
    ASSERT_TRUE(waitUntil([&] { return !page->lookRunning(); }, 15000));
    EXPECT_TRUE(inputInfo().startsWith(u"Look 404 could not be run: "))
        << inputInfo().toStdString();
    EXPECT_FALSE(inputInfo().contains(QString::fromUtf8(kClientSecret)));
}

TEST_F(PreviewLook, ThePickerListsAndSearchesLooks) {
    LookPickerDialog dialog(account->settings());
    ASSERT_TRUE(waitUntil([&] { return dialog.listed(); }, 10000));
    ASSERT_EQ(dialog.looks().size(), 2);
    EXPECT_EQ(dialog.limit(), 500) << "a preview runs 500 rows unless asked";
    EXPECT_TRUE(dialog.picked().id.isEmpty());
    ASSERT_TRUE(dialog.pick(QStringLiteral("42")));
    EXPECT_EQ(dialog.picked().title, QStringLiteral("Active accounts"));
    EXPECT_EQ(dialog.picked().hiddenFields, QStringList{QStringLiteral("u.plan")});

    dialog.search(QStringLiteral("untagged"));
    ASSERT_TRUE(waitUntil([&] { return dialog.looks().size() == 1; }, 10000));
    EXPECT_EQ(dialog.looks().constFirst().id, QStringLiteral("9"));
    EXPECT_FALSE(dialog.pick(QStringLiteral("42")));
}

TEST_F(PreviewLook, WithoutALookerConnectionTheButtonSaysWhereToSetOneUp) {
    auto* button = page->findChild<QPushButton*>(QStringLiteral("previewFromLooker"));
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->isEnabled());
    LookerAccount empty(LookerApiConnection{}, [](const LookerApiConnection&) {});
    page->setLookerAccount(&empty);
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(u"Looker page")) << button->toolTip().toStdString();
    page->setLookerAccount(nullptr);
}
