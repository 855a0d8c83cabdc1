// The Looker page, for the hub in this process and for the same hub through its admin API,
// against the Looker API stand-in: signing in says who, Add to Looker / Update token and Enable
// with source… change Looker as asked and the table says so, a refused secret is said in words,
// the secret never shows, and every text follows the language.
#include "gui/looker/lookerpage.h"

#include "admintesthub.h"
#include "connection/hubconnection.h"
#include "gui/looker/lookerschedulessection.h"
#include "gui/lookerlink/lookeraccount.h"
#include "lookerrequests.h"
#include "lookerstandin.h"
#include "waituntil.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::LookerStandIn;
using TestSupport::waitUntil;

namespace {

const QString kClientId = QStringLiteral("page-client");
const QByteArray kSecret = "page-client-secret-never-shown";
const QByteArray kRegionSecret = "looker page region secret";
const QString kWriteKey = QStringLiteral("wk_looker_page");

/// Wraps every translated string, so a test can see which texts went through tr().
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override {
        if (qstrncmp(context, "ActionDeck::", 12) != 0)
            return {};
        return QStringLiteral("<<") + QString::fromUtf8(sourceText) + QStringLiteral(">>");
    }
    bool isEmpty() const override { return false; }
};

class LookerPageTest : public testing::TestWithParam<bool>, protected TestSupport::AdminTestHub {
protected:
    LookerPageTest()
        : AdminTestHub(kRegionSecret, kWriteKey) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        ASSERT_TRUE(looker.listen());
        connection = connectWindow(GetParam());
        ASSERT_TRUE(connection);
        account = std::make_unique<LookerAccount>(
            LookerApiConnection{}, [this](const LookerApiConnection& kept) { saved = kept; });
        page = std::make_unique<LookerPage>(*connection, *account);
        page->resize(1000, 700);
        page->show();
        url = page->findChild<QLineEdit*>(QStringLiteral("lookerUrl"));
        clientId = page->findChild<QLineEdit*>(QStringLiteral("lookerClientId"));
        secret = page->findChild<QLineEdit*>(QStringLiteral("lookerClientSecret"));
        signIn = page->findChild<QPushButton*>(QStringLiteral("lookerSignIn"));
        signInStatus = page->findChild<QLabel*>(QStringLiteral("lookerSignInStatus"));
        hubStatus = page->findChild<QLabel*>(QStringLiteral("lookerHubStatus"));
        add = page->findChild<QPushButton*>(QStringLiteral("lookerAdd"));
        enable = page->findChild<QPushButton*>(QStringLiteral("lookerEnable"));
        remove = page->findChild<QPushButton*>(QStringLiteral("lookerRemove"));
        actions = page->findChild<QTableWidget*>(QStringLiteral("lookerActions"));
        ASSERT_TRUE(url && clientId && secret && signIn && signInStatus && hubStatus && add &&
                    enable && remove && actions);
    }
    void TearDown() override {
        page.reset();
        account.reset();
        connection.reset();
    }

    void signInWith(const QByteArray& clientSecret) {
        url->setText(looker.url().toString());
        clientId->setText(kClientId);
        secret->setText(QString::fromUtf8(clientSecret));
        signIn->click();
        settle();
    }
    /// Waits for the page's step (and the one a sign-in starts) to end.
    void settle() {
        ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }, 20000));
        QCoreApplication::processEvents();
        ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }, 20000));
    }
    QString cell(int row, int column) const {
        const QTableWidgetItem* item = actions->item(row, column);
        return item ? item->text() : QString();
    }
    /// Every text the page shows, to look for a secret in.
    QString everyText() const {
        QString all;
        for (const QLabel* label : page->findChildren<QLabel*>())
            all += label->text() + label->toolTip();
        for (const QLineEdit* edit : page->findChildren<QLineEdit*>())
            all += edit->displayText();
        for (int row = 0; row < actions->rowCount(); ++row) {
            for (int column = 0; column < actions->columnCount(); ++column)
                all += cell(row, column);
        }
        return all;
    }

    LookerStandIn looker{kClientId, kSecret};
    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<LookerAccount> account;
    LookerApiConnection saved;
    std::unique_ptr<LookerPage> page;
    QLineEdit* url = nullptr;
    QLineEdit* clientId = nullptr;
    QLineEdit* secret = nullptr;
    QPushButton* signIn = nullptr;
    QLabel* signInStatus = nullptr;
    QLabel* hubStatus = nullptr;
    QPushButton* add = nullptr;
    QPushButton* enable = nullptr;
    QPushButton* remove = nullptr;
    QTableWidget* actions = nullptr;
};

} // namespace

TEST_P(LookerPageTest, BeforeSigningInNothingCanBeChangedInLooker) {
    EXPECT_FALSE(add->isEnabled());
    EXPECT_FALSE(enable->isEnabled());
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_TRUE(hubStatus->text().contains(u"Sign in")) << hubStatus->text().toStdString();
    EXPECT_TRUE(looker.requests().isEmpty()) << "nothing asked of Looker before signing in";
}

TEST_P(LookerPageTest, SignsInKeepsTheConnectionAndReadsTheHubsState) {
    signInWith(kSecret);
    EXPECT_TRUE(signInStatus->text().startsWith(u"Signed in to Looker"))
        << signInStatus->text().toStdString();
    EXPECT_EQ(saved.baseUrl, looker.url().toString());
    EXPECT_EQ(saved.clientId, kClientId);
    EXPECT_EQ(saved.clientSecret, kSecret);
    EXPECT_TRUE(secret->text().isEmpty()) << "the secret is not kept in the field";
    EXPECT_TRUE(hubStatus->text().contains(u"not in Looker yet"))
        << hubStatus->text().toStdString();
    EXPECT_TRUE(add->isEnabled());
    EXPECT_EQ(add->text(), QStringLiteral("Add to Looker"));
    EXPECT_EQ(looker.logins(), looker.logouts()) << "every step signs out";
    EXPECT_FALSE(everyText().contains(QString::fromUtf8(kSecret)));
}

TEST_P(LookerPageTest, ARefusedSecretIsSaidInWords) {
    signInWith("wrong secret");
    EXPECT_TRUE(signInStatus->text().contains(u"Looker refused the API credentials"))
        << signInStatus->text().toStdString();
    EXPECT_FALSE(everyText().contains(u"wrong secret"));
}

TEST_P(LookerPageTest, AddsTheHubThenEnablesItsActionsWithASource) {
    signInWith(kSecret);
    add->click();
    settle();
    ASSERT_EQ(looker.hubs().size(), 1);
    EXPECT_TRUE(hubStatus->text().contains(u"Looker read 4 action"))
        << hubStatus->text().toStdString();
    EXPECT_EQ(add->text(), QStringLiteral("Update token"));
    EXPECT_EQ(actions->rowCount(), 4);
    ASSERT_TRUE(enable->isEnabled());

    page->enableWith({QStringLiteral("rudder_event"), QStringLiteral("rudder_track"),
                      QStringLiteral("rudder_group")},
                     QStringLiteral("Prod"));
    settle();
    int enabled = 0;
    for (int row = 0; row < actions->rowCount(); ++row) {
        if (cell(row, 1) != u"enabled")
            continue;
        ++enabled;
        EXPECT_EQ(cell(row, 2), QStringLiteral("Prod"));
        EXPECT_EQ(cell(row, 3), QStringLiteral("set"));
        EXPECT_TRUE(cell(row, 4).startsWith(u"passed")) << cell(row, 4).toStdString();
    }
    EXPECT_EQ(enabled, 3);
    EXPECT_FALSE(everyText().contains(kWriteKey));

    add->click(); // Update token: still one hub in Looker
    settle();
    EXPECT_EQ(looker.hubs().size(), 1);
    page->removeFromLooker();
    settle();
    EXPECT_TRUE(looker.hubs().isEmpty());
    EXPECT_TRUE(hubStatus->text().contains(u"not in Looker yet"));
    EXPECT_EQ(add->text(), QStringLiteral("Add to Looker"));
}

TEST_P(LookerPageTest, ListsTheSchedulesThatSendToThisHubAndSendsOneNow) {
    looker.content().addLook({QStringLiteral("42"),
                              QStringLiteral("Active accounts"),
                              QStringLiteral("crm"),
                              QStringLiteral("accounts"),
                              QString(),
                              {},
                              TestSupport::LookerRequests::usersResult(50)});
    signInWith(kSecret);
    add->click();
    settle();
    page->enableWith({QStringLiteral("rudder_event")}, QStringLiteral("Prod"));
    settle();
    ASSERT_EQ(looker.hubs().size(), 1);
    const QString hubId = looker.hubs().constFirst().id;
    const QString ours =
        looker.content().addPlan(QStringLiteral("Daily users"), QStringLiteral("42"),
                                 QStringLiteral("looker-integration://%1::rudder_event").arg(hubId),
                                 {{QStringLiteral("send_rows"), QStringLiteral("all")}});
    looker.content().addPlan(QStringLiteral("Another hub's"), QStringLiteral("42"),
                             QStringLiteral("looker-integration://99::rudder_event"), {});

    LookerSchedulesSection* schedules = page->schedules();
    ASSERT_TRUE(waitUntil([&] { return !schedules->isBusy(); }, 20000));
    schedules->refresh();
    ASSERT_TRUE(waitUntil([&] { return !schedules->isBusy(); }, 20000));
    ASSERT_EQ(schedules->schedules().size(), 1) << schedules->status().toStdString();
    auto* table = schedules->findChild<QTableWidget*>(QStringLiteral("lookerScheduleTable"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Daily users"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Look 42"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("send_rows: all"));
    EXPECT_EQ(table->item(0, 6)->text(), QStringLiteral("not received yet"));

    int accepted = 0;
    QObject::connect(page.get(), &LookerPage::sendAccepted, [&] { ++accepted; });
    schedules->sendNow(ours);
    ASSERT_TRUE(waitUntil([&] { return accepted == 1; }, 20000))
        << schedules->status().toStdString();
    EXPECT_EQ(looker.content().runOnce(), QStringList{ours});
    // Looker streams the Look to the hub, which delivers every row; the table says it came.
    EXPECT_TRUE(waitUntil([&] { return sink.deliveredMessageIdSet().size() == 50; }, 20000))
        << sink.deliveredMessageIdSet().size();
    EXPECT_TRUE(waitUntil([&] { return table->item(0, 6)->text() != u"not received yet"; }, 10000));
    EXPECT_TRUE(waitUntil([&] { return looker.logins() == looker.logouts(); }, 5000));

    // Without Looker's see_schedules permission, that is what is said.
    looker.content().setSeeSchedules(false);
    schedules->refresh();
    ASSERT_TRUE(waitUntil([&] { return !schedules->isBusy(); }, 20000));
    EXPECT_TRUE(schedules->status().contains(u"see_schedules"))
        << schedules->status().toStdString();
}

TEST_P(LookerPageTest, RetranslatesItsTextsAndItsLastAnswer) {
    signInWith(kSecret);
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    ASSERT_TRUE(waitUntil([&] { return add->text().startsWith(u"<<"); }));
    EXPECT_TRUE(signInStatus->text().startsWith(u"<<Signed in to Looker"))
        << signInStatus->text().toStdString();
    EXPECT_TRUE(hubStatus->text().startsWith(u"<<")) << hubStatus->text().toStdString();
    EXPECT_TRUE(actions->horizontalHeaderItem(0)->text().startsWith(u"<<"));
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(waitUntil([&] { return !add->text().startsWith(u"<<"); }));
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, LookerPageTest, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& param) {
                             return param.param ? std::string("Server") : std::string("Local");
                         });
