// The Connections page against the hub in this process (LocalHubConnection) and the same hub
// through its admin API on loopback (RemoteHubConnection), with the same assertions: sources,
// regions and settings wait for Apply and then reach the hub; tokens act at once.
#include "gui/connections/connectionspage.h"

#include "admintesthub.h"
#include "connection/hubconnection.h"
#include "gui/connections/secretdialog.h"
#include "gui/connections/sourceoptionswidget.h"
#include "httpclient.h"
#include "hub/hubtoken.h"
#include "waituntil.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

namespace {

const QByteArray kSecret = "connections page secret";
const QString kWriteKey = QStringLiteral("wk_connections_page_1234");

class Connections : public testing::TestWithParam<bool>, protected AdminTestHub {
protected:
    Connections()
        : AdminTestHub(kSecret, kWriteKey) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        connection = connectWindow(remote());
        ASSERT_TRUE(connection) << "the window's connection did not come up";
        page = std::make_unique<ConnectionsPage>(*connection, nullptr);
    }
    void TearDown() override {
        page.reset();
        connection.reset();
    }

    bool remote() const { return GetParam(); }

    /// Applies the form and waits for the hub's answer; the page's words.
    QString applyAndWait(bool* ok = nullptr) {
        QSignalSpy finished(page.get(), &ConnectionsPage::changeFinished);
        QString error;
        if (!page->apply(&error))
            return error;
        if (finished.isEmpty() && !finished.wait(10000))
            return QStringLiteral("no answer");
        if (ok)
            *ok = finished.first().at(0).toBool();
        return finished.first().at(1).toString();
    }

    QByteArray makeToken(const QString& region) {
        QSignalSpy made(page.get(), &ConnectionsPage::tokenMade);
        page->generateToken(region);
        if (made.isEmpty() && !made.wait(10000))
            return {};
        return made.first().at(1).toByteArray();
    }

    bool revoke(const QString& region, const QByteArray& token) {
        QSignalSpy finished(page.get(), &ConnectionsPage::changeFinished);
        page->revokeToken(region, QString::fromLatin1(HubToken::nonceOf(token)));
        return (!finished.isEmpty() || finished.wait(10000)) && finished.first().at(0).toBool();
    }

    int listStatus(const QByteArray& token) {
        return client
            .post(hub->listeningUrl(), "{}", {{"Authorization", "Token token=\"" + token + "\""}})
            .status;
    }

    QStringList column(const char* table, int column) const {
        auto* widget = page->findChild<QTableWidget*>(QString::fromLatin1(table));
        QStringList texts;
        for (int row = 0; widget && row < widget->rowCount(); ++row)
            texts.append(widget->item(row, column) ? widget->item(row, column)->text() : QString());
        return texts;
    }

    HttpClient client;
    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<ConnectionsPage> page;
};

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, Connections, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& info) {
                             return info.param ? std::string("Remote") : std::string("Local");
                         });

} // namespace

TEST_P(Connections, SourcesRegionsAndSettingsWaitForApplyThenReachTheHub) {
    QString error;
    ASSERT_TRUE(page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("wk-123456789"),
                                        sink.url(), &error))
        << error.toStdString();
    ASSERT_TRUE(page->addRegion(QStringLiteral("EU"), &error)) << error.toStdString();
    page->findChild<QLineEdit*>(QStringLiteral("lookerHost"))
        ->setText(QStringLiteral("acme.looker.com"));
    page->findChild<QSpinBox*>(QStringLiteral("keepDeliveredHours"))->setValue(72);

    // Nothing has reached the hub: the page says what waits.
    EXPECT_EQ(hub->config().source(u"web"_qs), nullptr);
    EXPECT_EQ(hub->config().regions.size(), 1);
    EXPECT_TRUE(page->hasPendingChanges());
    const QString pending = page->findChild<QLabel*>(QStringLiteral("connectionsPending"))->text();
    EXPECT_TRUE(pending.contains(u"sources (web)")) << pending.toStdString();
    EXPECT_TRUE(pending.contains(u"regions (EU)")) << pending.toStdString();
    EXPECT_TRUE(pending.contains(u"delivery")) << pending.toStdString();
    EXPECT_TRUE(column("sourcesTable", 0).contains(u"web (not applied)"_qs))
        << column("sourcesTable", 0).join(u", ").toStdString();

    bool ok = false;
    const QString said = applyAndWait(&ok);
    ASSERT_TRUE(ok) << said.toStdString();
    EXPECT_TRUE(said.contains(u"sources (web)"))
        << "Apply says what it saved: " << said.toStdString();
    const SourceConfig* web = hub->config().source(u"web"_qs);
    ASSERT_NE(web, nullptr);
    EXPECT_EQ(web->writeKey, QStringLiteral("wk-123456789"));
    EXPECT_EQ(web->dataPlaneUrl, sink.url());
    EXPECT_EQ(hub->config().lookerHost, QStringLiteral("acme.looker.com"));
    EXPECT_EQ(hub->config().delivery.keepDeliveredMs, 72ll * 3600 * 1000);
    ASSERT_EQ(hub->config().regions.size(), 2);
    EXPECT_FALSE(hub->config().regions[1].secret.isEmpty()) << "the hub gave the region a secret";
    EXPECT_FALSE(page->hasPendingChanges());
    EXPECT_TRUE(column("sourcesTable", 0).contains(u"web"_qs));
    // The form Looker fetches offers the new source at once, to the new region's token too.
    const QByteArray token = makeToken(QStringLiteral("EU"));
    ASSERT_FALSE(token.isEmpty());
    QUrl form = hub->listeningUrl();
    form.setPath(QStringLiteral("/actions/rudder_track/form"));
    const auto list = client.post(form, "{}", {{"Authorization", "Token token=\"" + token + "\""}});
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(list.body.contains("\"web\"")) << list.body.constData();
}

TEST_P(Connections, RevertDropsWhatIsPending) {
    QString error;
    ASSERT_TRUE(
        page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("wk-1"), sink.url(), &error));
    page->removeSource(QStringLiteral("Prod"));
    EXPECT_TRUE(page->hasPendingChanges());
    page->findChild<QPushButton*>(QStringLiteral("connectionsRevert"))->click();
    EXPECT_FALSE(page->hasPendingChanges());
    EXPECT_EQ(column("sourcesTable", 0), QStringList{QStringLiteral("Prod")});
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("connectionsPending"))->isHidden());
    EXPECT_NE(hub->config().source(u"Prod"_qs), nullptr);
}

TEST_P(Connections, TokensActAtOnceAndARevokedOneIsRefusedAndListed) {
    const QByteArray token = makeToken(QStringLiteral("US"));
    ASSERT_FALSE(token.isEmpty()) << page->status().toStdString();
    EXPECT_FALSE(page->hasPendingChanges()) << "a token is no pending change";
    EXPECT_EQ(listStatus(token), 200);
    EXPECT_EQ(listStatus(HubToken::make("some other secret", "n")), 403);
    const QByteArray second = makeToken(QStringLiteral("US"));
    ASSERT_TRUE(revoke(QStringLiteral("US"), token)) << page->status().toStdString();
    EXPECT_EQ(listStatus(token), 403);
    EXPECT_EQ(listStatus(second), 200) << "revoking one token leaves the others working";
    // The token list has the revoked nonce too, as such.
    const QString nonce = QString::fromLatin1(HubToken::nonceOf(token));
    ASSERT_TRUE(waitUntil([&] { return column("tokensTable", 1).contains(nonce); }));
    const int row = int(column("tokensTable", 1).indexOf(nonce));
    EXPECT_TRUE(column("tokensTable", 2)[row].startsWith(u"Revoked"));
    // A server shows a token only when it is made; here it stays listed.
    const QString secondNonce = QString::fromLatin1(HubToken::nonceOf(second));
    const int secondRow = int(column("tokensTable", 1).indexOf(secondNonce));
    ASSERT_GE(secondRow, 0);
    EXPECT_EQ(column("tokensTable", 0)[secondRow].startsWith(u"shown once"), remote());
}

TEST_P(Connections, ANewRegionsTokenWaitsForApply) {
    QString error;
    ASSERT_TRUE(page->addRegion(QStringLiteral("EU"), &error));
    EXPECT_FALSE(page->findChild<QPushButton*>(QStringLiteral("tokenGenerate"))->isEnabled());
    EXPECT_FALSE(page->addRegion(QStringLiteral("EU"), &error));
    EXPECT_TRUE(error.contains(u"already a region")) << error.toStdString();
    EXPECT_FALSE(page->addRegion(QStringLiteral("  "), &error));
}

TEST_P(Connections, TestConnectionReportsTheDataPlanesAnswerInWords) {
    QSignalSpy tested(page.get(), &ConnectionsPage::connectionTested);
    const auto test = [&](const QString& url) {
        page->testConnection(QStringLiteral("Prod"), url, QStringLiteral("key"));
        EXPECT_TRUE(tested.wait(10000));
        return tested.takeLast().at(0).toString();
    };
    sink.enqueue({{400, "Request body has no events", {}, 0}});
    const QString good = test(sink.url());
    EXPECT_TRUE(good.startsWith(u"The write key is accepted")) << good.toStdString();
    ASSERT_FALSE(sink.requests().isEmpty());
    EXPECT_EQ(sink.requests().last().path, QByteArray("/v1/batch"));
    EXPECT_EQ(sink.requests().last().body, QByteArray(R"({"batch":[]})"));
    EXPECT_TRUE(sink.deliveredMessageIds().isEmpty());
    sink.enqueue({{401, "Invalid write key", {}, 0}});
    EXPECT_TRUE(test(sink.url()).contains(u"refused this write key"));
    sink.enqueue({{404, "not found", {}, 0}});
    EXPECT_TRUE(test(sink.url()).contains(u"not a RudderStack data plane"));
    EXPECT_TRUE(test(QStringLiteral("ftp://example.com")).contains(u"not usable"));
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const QString closedUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const QString refused = test(closedUrl);
    EXPECT_TRUE(refused.startsWith(u"Could not reach")) << refused.toStdString();
    // The saved source's own URL and key when the form gives none.
    sink.enqueue({{400, "Request body has no events", {}, 0}});
    page->testConnection(QStringLiteral("Prod"), {}, {});
    ASSERT_TRUE(tested.wait(10000));
    EXPECT_TRUE(tested.takeLast().at(0).toString().startsWith(u"The write key is accepted"));
    EXPECT_EQ(sink.requests().last().headers.value("authorization"),
              "Basic " + (kWriteKey.toUtf8() + ":").toBase64());
}

TEST_P(Connections, InvalidFormsAreRefusedWithAReason) {
    QString error;
    EXPECT_FALSE(page->addOrUpdateSource(QStringLiteral("web"), QStringLiteral("k"),
                                         QStringLiteral("not a url"), &error));
    EXPECT_TRUE(error.contains(u"not usable")) << error.toStdString();
    EXPECT_FALSE(page->addOrUpdateSource(QStringLiteral("new"), QString(), sink.url(), &error));
    EXPECT_TRUE(error.contains(u"needs a name and a write key")) << error.toStdString();
    page->findChild<QLineEdit*>(QStringLiteral("lookerHost"))
        ->setText(QStringLiteral("ftp://acme.looker.com"));
    EXPECT_FALSE(page->apply(&error));
    EXPECT_EQ(error,
              QStringLiteral("The Looker host must be a host name such as acme.looker.com."));
    EXPECT_TRUE(hub->config().lookerHost.isEmpty());
}

TEST_P(Connections, ASourcesSyncOptionsAreEditedAppliedAndUsedByTheHub) {
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("sourcesTable"));
    ASSERT_NE(table, nullptr);
    table->selectRow(0);
    auto* names = page->findChild<QComboBox*>(QStringLiteral("sourcePropertyNames"));
    auto* rows = page->findChild<QComboBox*>(QStringLiteral("sourceSendRows"));
    auto* context = page->findChild<QComboBox*>(QStringLiteral("sourceLookerContext"));
    auto* rename = page->findChild<QPlainTextEdit*>(QStringLiteral("sourceRename"));
    auto* save = page->findChild<QPushButton*>(QStringLiteral("sourceSave"));
    ASSERT_TRUE(names && rows && context && rename && save);
    EXPECT_EQ(names->currentData().toInt(), int(PropertyNames::Looker));

    // A line that is not `field = name` says so and keeps Save off.
    rename->setPlainText(QStringLiteral("users.plan = plan_tier\nusers.city"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(page->findChild<QLabel*>(QStringLiteral("sourceRenameProblem"))
                    ->text()
                    .contains(u"line 2"));
    rename->setPlainText(
        QStringLiteral("# our names\nusers.plan = plan_tier\n\n users.city=town "));
    EXPECT_TRUE(save->isEnabled());
    names->setCurrentIndex(names->findData(int(PropertyNames::SnakeLabel)));
    rows->setCurrentIndex(rows->findData(int(SendRows::Changed)));
    context->setCurrentIndex(context->findData(true));
    save->click();
    EXPECT_EQ(hub->config().source(u"Prod"_qs)->propertyNames, PropertyNames::Looker)
        << "saved in the form only, until Apply";
    bool ok = false;
    const QString said = applyAndWait(&ok);
    ASSERT_TRUE(ok) << said.toStdString();

    const SourceConfig* prod = hub->config().source(u"Prod"_qs);
    ASSERT_NE(prod, nullptr);
    EXPECT_EQ(prod->propertyNames, PropertyNames::SnakeLabel);
    EXPECT_EQ(prod->sendRows, SendRows::Changed);
    EXPECT_TRUE(prod->lookerContext);
    EXPECT_EQ(prod->rename,
              (QMap<QString, QString>{{QStringLiteral("users.plan"), QStringLiteral("plan_tier")},
                                      {QStringLiteral("users.city"), QStringLiteral("town")}}));
    EXPECT_EQ(prod->writeKey, kWriteKey) << "the key was not touched";
    EXPECT_TRUE(table->item(0, 3)->text().contains(u"snake_case"))
        << table->item(0, 3)->text().toStdString();
    // Selecting the source shows them.
    table->clearSelection();
    table->selectRow(0);
    EXPECT_EQ(names->currentData().toInt(), int(PropertyNames::SnakeLabel));
    EXPECT_EQ(rename->toPlainText(), QStringLiteral("users.city = town\nusers.plan = plan_tier"));
}

TEST_P(Connections, ARegionsLookerHostIsEditedInItsCellAndWhatIsNoHostIsPutBack) {
    auto* regions = page->findChild<QTableWidget*>(QStringLiteral("regionsTable"));
    ASSERT_EQ(regions->rowCount(), 1);
    EXPECT_FALSE(regions->item(0, 0)->flags() & Qt::ItemIsEditable);
    ASSERT_TRUE(regions->item(0, 2)->flags() & Qt::ItemIsEditable);
    regions->item(0, 2)->setText(QStringLiteral(" acme-us.looker.com "));
    ASSERT_TRUE(page->hasPendingChanges());
    bool ok = false;
    ASSERT_TRUE(!applyAndWait(&ok).isEmpty() && ok);
    EXPECT_EQ(hub->config().lookerHostFor(QStringLiteral("US")),
              QStringLiteral("acme-us.looker.com"));

    regions->item(0, 2)->setText(QStringLiteral("ftp://us"));
    EXPECT_EQ(page->status(),
              QStringLiteral("The Looker host must be a host name such as acme.looker.com."));
    EXPECT_EQ(regions->item(0, 2)->text(), QStringLiteral("acme-us.looker.com"));
}

TEST_P(Connections, WhatAServersHubSetsOnItsOwnMachineIsReadOnlyThere) {
    auto* address = page->findChild<QLineEdit*>(QStringLiteral("listenAddress"));
    auto* outbox = page->findChild<QComboBox*>(QStringLiteral("outboxKind"));
    ASSERT_TRUE(address && outbox);
    EXPECT_EQ(address->isEnabled(), !remote());
    EXPECT_EQ(outbox->isEnabled(), !remote());
    const QString access = page->findChild<QLabel*>(QStringLiteral("connectionsAccess"))->text();
    EXPECT_EQ(access.contains(u"on its server"), remote()) << access.toStdString();
    // A server keeps its write keys; this computer's are masked.
    const QString key = column("sourcesTable", 2).value(0);
    EXPECT_EQ(key == u"kept on the server", remote()) << key.toStdString();
    EXPECT_FALSE(key.contains(kWriteKey));
    // The Action Hub URL is the hub's, wherever it runs.
    EXPECT_EQ(page->findChild<QLineEdit*>(QStringLiteral("hubUrl"))->text(),
              hub->listeningUrl().toString());
}

TEST_P(Connections, TheAlertWebhookIsSetKeptUnseenAndRemovedOnPurpose) {
    auto* url = page->findChild<QLineEdit*>(QStringLiteral("alertWebhookUrl"));
    auto* format = page->findChild<QComboBox*>(QStringLiteral("alertFormat"));
    auto* stuck = page->findChild<QSpinBox*>(QStringLiteral("alertStuckMinutes"));
    auto* remove = page->findChild<QPushButton*>(QStringLiteral("removeAlertWebhook"));
    ASSERT_TRUE(url && format && stuck && remove);
    EXPECT_EQ(url->echoMode(), QLineEdit::Password) << "its path is a secret";
    url->setText(QStringLiteral("notaurl"));
    QString error;
    EXPECT_FALSE(page->apply(&error));
    EXPECT_NE(error.indexOf(u"http or https"), -1) << error.toStdString();
    const QString hook = QStringLiteral("https://hooks.example.com/services/T1/B2/s3cr3t");
    url->setText(hook);
    format->setCurrentIndex(1);
    stuck->setValue(45);
    bool ok = false;
    applyAndWait(&ok);
    ASSERT_TRUE(ok);
    EXPECT_EQ(hub->config().alerts.webhookUrl, hook);
    EXPECT_EQ(hub->config().alerts.format, AlertSettings::Format::Json);
    EXPECT_EQ(hub->config().alerts.stuckMinutes, 45);
    // A server's hub never shows it: the field is empty and says one is set.
    ASSERT_TRUE(waitUntil([&] { return connection->config().alerts.webhookSet(); }));
    EXPECT_EQ(url->text().isEmpty(), remote());
    EXPECT_EQ(url->placeholderText().contains(u"hidden"), remote());
    stuck->setValue(50);
    applyAndWait(&ok);
    ASSERT_TRUE(ok);
    EXPECT_EQ(hub->config().alerts.webhookUrl, hook) << "a change without the URL keeps it";
    remove->click();
    EXPECT_TRUE(page->hasPendingChanges());
    applyAndWait(&ok);
    ASSERT_TRUE(ok);
    EXPECT_FALSE(hub->config().alerts.webhookSet());
}

TEST(ConnectionsOnAServer, AReadTokenIsToldThatTheConfigurationTakesAnAdminToken) {
    AdminTestHub server(kSecret, kWriteKey);
    QString error;
    ASSERT_TRUE(server.startHub(&error)) << error.toStdString();
    auto connection = server.connectWindow(true, AdminScope::Read);
    ASSERT_TRUE(connection);
    ConnectionsPage page(*connection, nullptr);
    const QString access = page.findChild<QLabel*>(QStringLiteral("connectionsAccess"))->text();
    EXPECT_TRUE(access.contains(u"takes an admin token")) << access.toStdString();
    EXPECT_TRUE(access.contains(u"\"read\"")) << access.toStdString();
    EXPECT_FALSE(page.findChild<QTableWidget*>(QStringLiteral("sourcesTable"))->isVisibleTo(&page))
        << "no empty tables";
    EXPECT_FALSE(page.findChild<QPushButton*>(QStringLiteral("connectionsApply"))->isEnabled());
    EXPECT_FALSE(page.apply(&error));
}

TEST(SecretDialog, ShowsAWholeTokenSelectableWithCopy) {
    const QString token = QString::fromLatin1(HubToken::generate(HubToken::newSecret()));
    ASSERT_GT(token.size(), 150);
    SecretDialog dialog(QStringLiteral("Looker token for US"), QStringLiteral("Paste it."), token);
    dialog.show();
    QPlainTextEdit* field = dialog.field();
    EXPECT_EQ(field->toPlainText(), token);
    EXPECT_TRUE(field->textInteractionFlags() & Qt::TextSelectableByMouse);
    // Every line of it is inside the field: nothing cut off to the side or below.
    EXPECT_LE(field->document()->size().height() * field->fontMetrics().lineSpacing(),
              field->viewport()->height() + field->fontMetrics().lineSpacing());
    EXPECT_LE(field->document()->idealWidth(), field->viewport()->width());
    dialog.copy();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), token);
}
