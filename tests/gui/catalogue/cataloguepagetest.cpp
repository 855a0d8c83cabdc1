#include "gui/catalogue/cataloguepage.h"

#include "admin/adminservice.h"
#include "catalog/eventcatalog.h"
#include "catalog/systemactivityexploreurl.h"
#include "connection/localhubconnection.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "gui/catalogue/explorelinkpanel.h"
#include "gui/connections/connectionspage.h"
#include "gui/hubs/hubregistry.h"
#include "gui/hubs/hubtokenvault.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/preview/previewpage.h"
#include "gui/settings/configstore.h"
#include "gui/widgets/matchhighlightdelegate.h"
#include "gui/window/mainwindow.h"
#include "hub/hub.h"
#include "lookerstandin.h"
#include "waituntil.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

/// Applies the Connections page's form and waits for the hub's answer.
bool applyAndWait(ConnectionsPage& page) {
    QSignalSpy finished(&page, &ConnectionsPage::changeFinished);
    QString error;
    return page.apply(&error) && (!finished.isEmpty() || finished.wait(5000)) &&
           finished.first().at(0).toBool();
}

class CatalogueUi : public testing::Test {
protected:
    void SetUp() override {
        store.setKeychainEnabled(false);
        HubConfig config;
        config.listenPort = 0;
        hubs.reset();
        local.reset();
        service.reset();
        hub = std::make_unique<Hub>(config, dir.filePath(QStringLiteral("data")), clock, ids);
        QString error;
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
        service = std::make_unique<AdminService>(*hub);
        local = std::make_unique<LocalHubConnection>(*hub, *service);
        local->open();
        hubs = std::make_unique<HubRegistry>(*local, vault);
        windowPtr = std::make_unique<MainWindow>(
            MainWindowContext{*hub, *hubs, store, EventCatalog::builtIn(), clock, ids, looker});
        windowPtr->setAskOnClose(false);
        MainWindow& window = *windowPtr;
        windowPtr->setLanguage(QLocale::English);
        window.show();
        page = window.cataloguePage();
        search = page->findChild<QLineEdit*>(QStringLiteral("catalogueSearch"));
        category = page->findChild<QComboBox*>(QStringLiteral("catalogueCategory"));
        list = page->findChild<QListView*>(QStringLiteral("catalogueList"));
        details = page->findChild<QTextBrowser*>(QStringLiteral("catalogueDetails"));
        ASSERT_TRUE(search && category && list && details);
    }

    QStringList visibleNames() const {
        QStringList names;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            names.append(list->model()->index(row, 0).data().toString());
        return names;
    }

    QTemporaryDir dir;
    ConfigStore store{dir.filePath(QStringLiteral("config.json"))};
    SystemClock clock;
    RandomIdGenerator ids;
    LookerAccount looker{{}, {}};
    std::unique_ptr<Hub> hub;
    std::unique_ptr<AdminService> service;
    std::unique_ptr<LocalHubConnection> local;
    HubTokenVault vault;
    std::unique_ptr<HubRegistry> hubs;
    std::unique_ptr<MainWindow> windowPtr;
    CataloguePage* page = nullptr;
    QLineEdit* search = nullptr;
    QComboBox* category = nullptr;
    QListView* list = nullptr;
    QTextBrowser* details = nullptr;
};

} // namespace

TEST_F(CatalogueUi, ListsEveryTypeAndShowsTheFirst) {
    EXPECT_EQ(list->model()->rowCount(), 108);
    EXPECT_EQ(page->selectedName(), QStringLiteral("add_external_email_to_scheduled_task"));
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("scheduled_task_id")));
}

TEST_F(CatalogueUi, SearchFiltersInstantlyAndShowsTheMatchInDetail) {
    search->setText(QStringLiteral("sudo"));
    EXPECT_EQ(visibleNames(),
              (QStringList{QStringLiteral("enter_sudo"), QStringLiteral("exit_sudo")}));
    EXPECT_EQ(page->selectedName(), QStringLiteral("enter_sudo"));
    const QString text = details->toPlainText();
    EXPECT_TRUE(text.contains(
        QStringLiteral("A user entered sudo (impersonation) as another user in the UI.")));
    EXPECT_TRUE(text.contains(QStringLiteral("target_user_id")));
    EXPECT_TRUE(text.contains(QStringLiteral("is_api_call"))) << "the common attributes are shown";
    EXPECT_TRUE(text.contains(QStringLiteral("system__activity")));
    EXPECT_TRUE(text.contains(QStringLiteral("event_attribute.value")));
    EXPECT_TRUE(details->toHtml().contains(QStringLiteral("#ffe282"))) << "matches are highlighted";

    search->setText(QStringLiteral("nothing matches this"));
    EXPECT_EQ(list->model()->rowCount(), 0);
    EXPECT_TRUE(page->selectedName().isEmpty());
    EXPECT_FALSE(page->findChild<QPushButton*>(QStringLiteral("catalogueCopy"))->isEnabled());
}

TEST_F(CatalogueUi, FiltersByGroup) {
    const int folders = category->findData(QStringLiteral("folders"));
    ASSERT_GE(folders, 0);
    category->setCurrentIndex(folders);
    EXPECT_EQ(visibleNames(),
              (QStringList{QStringLiteral("delete_space"), QStringLiteral("move_space"),
                           QStringLiteral("new_space"), QStringLiteral("update_space")}));
    search->setText(QStringLiteral("renamed"));
    EXPECT_EQ(visibleNames(), QStringList{QStringLiteral("move_space")});
    category->setCurrentIndex(0);
    EXPECT_EQ(visibleNames(), QStringList{QStringLiteral("move_space")})
        << "the search still applies";
    search->clear();
    EXPECT_EQ(list->model()->rowCount(), 108);
}

TEST_F(CatalogueUi, CopiesTheSelectedName) {
    search->setText(QStringLiteral("pdt_regen"));
    page->findChild<QPushButton*>(QStringLiteral("catalogueCopy"))->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("pdt_regen"));
}

TEST_F(CatalogueUi, TheExploreUrlWaitsForTheLookerHostOfTheConnectionsPage) {
    ExploreLinkPanel* links = page->exploreLinks();
    auto* copy = links->findChild<QPushButton*>(QStringLiteral("exploreCopy"));
    EXPECT_TRUE(links->exploreUrl().isEmpty());
    EXPECT_FALSE(copy->isEnabled());
    EXPECT_EQ(links->findChild<QLineEdit*>(QStringLiteral("exploreUrl"))->placeholderText(),
              QStringLiteral("Set the Looker host on the Connections page"));

    ConnectionsPage* connections = windowPtr->connectionsPage();
    connections->findChild<QLineEdit*>(QStringLiteral("lookerHost"))
        ->setText(QStringLiteral("acme.looker.com"));
    ASSERT_TRUE(applyAndWait(*connections));
    search->setText(QStringLiteral("sudo"));
    EXPECT_EQ(links->exploreUrl(),
              QStringLiteral("https://acme.looker.com/explore/system__activity/event_attribute"
                             "?fields=") +
                  SystemActivityExploreUrl::fields().join(u',') +
                  QStringLiteral("&f[event.name]=enter_sudo&sorts=event.id"));
    EXPECT_EQ(links->findChild<QLineEdit*>(QStringLiteral("exploreUrl"))->text(),
              links->exploreUrl());
    ASSERT_TRUE(copy->isEnabled());
    copy->click();
    EXPECT_EQ(QApplication::clipboard()->text(), links->exploreUrl());
}

TEST_F(CatalogueUi, ARegionThatIsALookerInstanceOfItsOwnIsOfferedBesideTheHubs) {
    ConnectionsPage* connections = windowPtr->connectionsPage();
    connections->findChild<QLineEdit*>(QStringLiteral("lookerHost"))
        ->setText(QStringLiteral("acme.looker.com"));
    ASSERT_TRUE(applyAndWait(*connections));
    QString error;
    ASSERT_TRUE(connections->addRegion(QStringLiteral("EU"), &error)) << error.toStdString();
    ASSERT_TRUE(applyAndWait(*connections));
    auto* instance = page->exploreLinks()->findChild<QComboBox*>(QStringLiteral("exploreInstance"));
    EXPECT_TRUE(instance->isHidden()); // one instance: nothing to choose

    // The host typed in the region's cell of the Regions table.
    auto* regions = connections->findChild<QTableWidget*>(QStringLiteral("regionsTable"));
    const auto eu = regions->findItems(QStringLiteral("EU"), Qt::MatchExactly);
    ASSERT_EQ(eu.size(), 1);
    regions->item(eu.first()->row(), 2)->setText(QStringLiteral("acme-eu.looker.com"));
    ASSERT_TRUE(applyAndWait(*connections));
    ASSERT_EQ(instance->count(), 2);
    EXPECT_FALSE(instance->isHidden());
    EXPECT_EQ(instance->itemText(1), QStringLiteral("acme-eu.looker.com (EU)"));
    search->setText(QStringLiteral("sudo"));
    EXPECT_TRUE(page->exploreLinks()->exploreUrl().startsWith(u"https://acme.looker.com/"));
    instance->setCurrentIndex(1);
    EXPECT_TRUE(page->exploreLinks()->exploreUrl().startsWith(u"https://acme-eu.looker.com/"));
}

TEST_F(CatalogueUi, TheWholeGroupGoesInOneUrlAndOneTrackingPlan) {
    page->exploreLinks()->setLookerHost(QStringLiteral("https://acme.looker.com"));
    search->setText(QStringLiteral("enter_sudo"));
    auto* scope = page->exploreLinks()->findChild<QComboBox*>(QStringLiteral("exploreScope"));
    scope->setCurrentIndex(1);
    const QStringList group = page->exploreLinks()->chosenNames();
    EXPECT_EQ(group.size(),
              EventCatalog::builtIn()
                  .search({}, EventCatalog::Language::English,
                          EventCatalog::builtIn().find(QStringLiteral("enter_sudo"))->category)
                  .size());
    EXPECT_TRUE(group.contains(QStringLiteral("exit_sudo")));
    EXPECT_TRUE(scope->currentText().contains(QString::number(group.size())));
    EXPECT_TRUE(page->exploreLinks()->exploreUrl().contains(QStringLiteral("f[event.name]=") +
                                                            group.join(u',')));

    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QString error;
    ASSERT_TRUE(page->exploreLinks()->saveTrackingPlan(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray schemas = QJsonDocument::fromJson(file.readAll()).array();
    ASSERT_EQ(schemas.size(), group.size());
    for (const QJsonValue& schema : schemas)
        EXPECT_TRUE(group.contains(schema.toObject().value(u"title").toString()));
    EXPECT_FALSE(page->exploreLinks()->saveTrackingPlan(
        dir.filePath(QStringLiteral("missing/dir/plan.json")), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("The tracking plan could not be written to")))
        << error.toStdString();
}

TEST_F(CatalogueUi, FollowsTheUiLanguage) {
    search->setText(QStringLiteral("login_failure"));
    windowPtr->setLanguage(QLocale::Spanish);
    EXPECT_TRUE(
        details->toPlainText().contains(QStringLiteral("Falló un intento de acceso del usuario")))
        << details->toPlainText().toStdString();
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("Atributos que tiene todo evento")));
    EXPECT_EQ(search->placeholderText(),
              QStringLiteral("Buscar en nombres, activadores y atributos"));
    EXPECT_TRUE(category->itemText(0).startsWith(QStringLiteral("Todos los grupos")));
    EXPECT_EQ(page->selectedName(), QStringLiteral("login_failure"));
    windowPtr->setLanguage(QLocale::English);
    EXPECT_TRUE(details->toPlainText().contains(QStringLiteral("A user's attempt to log in")));
}

TEST_F(CatalogueUi, CountsEachTypeInLookerAndPreviewsItsEvents) {
    auto* count = page->findChild<QPushButton*>(QStringLiteral("catalogueCount"));
    auto* previewEvents = page->findChild<QPushButton*>(QStringLiteral("cataloguePreviewEvents"));
    ASSERT_TRUE(count && previewEvents);
    EXPECT_FALSE(count->isEnabled()) << "no Looker connection yet";
    EXPECT_TRUE(count->toolTip().contains(u"Looker page")) << count->toolTip().toStdString();

    TestSupport::LookerStandIn standIn(QStringLiteral("catalogue-client"), "catalogue-secret");
    ASSERT_TRUE(standIn.listen());
    const auto event = [&standIn](int id, const QString& name) {
        standIn.content().addActivityEvent(
            {QJsonObject{
                 {QStringLiteral("event.id"), id},
                 {QStringLiteral("event.name"), name},
                 {QStringLiteral("event.created_time"), QStringLiteral("2026-12-06 10:00:00")},
                 {QStringLiteral("user.email"), QStringLiteral("ada@example.com")}},
             {{QStringLiteral("ip"), QStringLiteral("10.0.0.%1").arg(id)}}});
    };
    event(1, QStringLiteral("login_failure"));
    event(2, QStringLiteral("login"));
    event(3, QStringLiteral("login"));
    looker.save(
        {standIn.url().toString(), QStringLiteral("catalogue-client"), "catalogue-secret", true});
    ASSERT_TRUE(count->isEnabled());
    page->countInLooker();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return !page->isAskingLooker(); }, 15000));
    EXPECT_EQ(page->lookerStatus(),
              QStringLiteral("2 of %1 event types occurred in the last 7 days.")
                  .arg(EventCatalog::builtIn().data().types.size()));
    // Most frequent first; those never seen are marked.
    const QStringList names = visibleNames();
    ASSERT_GE(names.size(), 3);
    EXPECT_EQ(names[0], QStringLiteral("login  ·  2"));
    EXPECT_EQ(names[1], QStringLiteral("login_failure  ·  1"));
    EXPECT_TRUE(names[2].endsWith(u"  ·  not seen")) << names[2].toStdString();
    page->setSortByCount(false);
    EXPECT_NE(visibleNames()[0], QStringLiteral("login  ·  2")) << "the catalogue's order again";

    // A type's events, as the System Activity action would send them, in Preview.
    page->setSortByCount(true);
    search->setText(QStringLiteral("login"));
    ASSERT_EQ(page->selectedName(), QStringLiteral("login")) << "the most frequent match";
    page->previewSelectedEvents();
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] {
            return !page->isAskingLooker() && !windowPtr->previewPage()->isRunning() &&
                   windowPtr->previewPage()->messages().size() == 2;
        },
        15000))
        << windowPtr->previewPage()->summary().toStdString();
    EXPECT_EQ(windowPtr->previewPage()->callType(), CallType::SystemActivity);
    EXPECT_TRUE(windowPtr->previewPage()->messages().constFirst().contains(u"login"));
    EXPECT_TRUE(windowPtr->previewPage()->isVisible()) << "the window shows Preview";
    // Each ask signs out, once its answer is in.
    EXPECT_TRUE(TestSupport::waitUntil([&] { return standIn.logins() == standIn.logouts(); }, 5000))
        << standIn.logins() << " logins, " << standIn.logouts() << " logouts";
}

TEST(MatchHighlightDelegate, MergesOverlappingMatchesCaseInsensitively) {
    using Ranges = QList<QPair<int, int>>;
    EXPECT_EQ(MatchHighlightDelegate::matches(QStringLiteral("create_user_credentials"),
                                              {QStringLiteral("USER"), QStringLiteral("er_cr")}),
              (Ranges{{7, 7}}));
    EXPECT_EQ(MatchHighlightDelegate::matches(QStringLiteral("a_b_a"), {QStringLiteral("a")}),
              (Ranges{{0, 1}, {4, 1}}));
    EXPECT_TRUE(MatchHighlightDelegate::matches(QStringLiteral("x"), {}).isEmpty());
}
