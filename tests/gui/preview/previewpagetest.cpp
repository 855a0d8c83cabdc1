// The Preview page with a real Hub: the same messages as `actiondeck preview` (the real binary),
// its warnings, requests the hub received over HTTP on loopback, and sending to a source.
#include "gui/preview/previewpage.h"

#include "admin/adminservice.h"
#include "connection/localhubconnection.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "httpclient.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "outbox/outbox.h"
#include "processrun.h"
#include "systemactivitygenerator.h"
#include "testdata.h"
#include "testsink.h"
#include "waituntil.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "preview-page-secret";

QString dataPath(const char* path) {
    return QString::fromStdString(TestSupport::testDataPath(path));
}

QByteArray readData(const char* path) {
    return QByteArray::fromStdString(TestSupport::readTestData(path));
}

/// What differs between two runs: ids and send times (and `timestamp` without `ran_at`).
QStringList masked(QStringList lines, bool timestampToo) {
    static const QRegularExpression varying(
        QStringLiteral(R"re("(messageId|originalTimestamp|sentAt)":"[^"]*")re"));
    static const QRegularExpression timestamp(QStringLiteral(R"re("timestamp":"[^"]*")re"));
    for (QString& line : lines) {
        line.replace(varying, QStringLiteral(R"("\1":"<varies>")"));
        if (timestampToo)
            line.replace(timestamp, QStringLiteral(R"("timestamp":"<varies>")"));
    }
    return lines;
}

struct CommandRun {
    int exitCode = -1;
    QStringList lines;
    QString err;
};

CommandRun runCommand(const QStringList& arguments) {
    const auto run = TestSupport::runProcess(QStringLiteral(ACTIONDECK_BINARY),
                                             QStringList{QStringLiteral("preview")} + arguments);
    return {run.exitCode, QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts),
            QString::fromUtf8(run.err)};
}

std::string threeRowsByEmail() {
    return R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},)"
           R"({"name":"u.email","tags":["email"]},{"name":"u.city"}]},"data":[)"
           R"({"u.id":{"value":7},"u.email":{"value":"a@b.c"},"u.city":{"value":"Lyon"}},)"
           R"({"u.id":{"value":null},"u.email":{"value":"d@e.f"},"u.city":{"value":"Oslo"}},)"
           R"({"u.id":{"value":null},"u.email":{"value":"g@h.i"},"u.city":{"value":"Rome"}}]})";
}

class PreviewPageTest : public testing::Test {
protected:
    void SetUp() override {
        // Widgets need a QApplication: qtestmain.cpp makes one when ACTIONDECK_GUI_TEST is set.
        ASSERT_NE(qobject_cast<QApplication*>(QCoreApplication::instance()), nullptr)
            << "previewpagetest must be built with ACTIONDECK_GUI_TEST";
        ASSERT_TRUE(m_dir.isValid());
    }
    void TearDown() override {
        page.reset();
        connection.reset();
        service.reset();
        hub.reset();
    }

    void makePage(HubConfig config = {}) {
        config.listenPort = 0;
        config.regions.append(RegionConfig{QStringLiteral("EU"), kSecret, {}, {}, {}});
        hub = std::make_unique<Hub>(config, m_dir.filePath(QStringLiteral("data")), clock, ids);
        service = std::make_unique<AdminService>(*hub);
        connection = std::make_unique<LocalHubConnection>(*hub, *service);
        connection->open();
        page = std::make_unique<PreviewPage>(*connection, clock, ids);
        QObject::connect(page.get(), &PreviewPage::previewFinished, [this] { ++finished; });
        QObject::connect(page.get(), &PreviewPage::sendFinished,
                         [this](bool ok, const QString& message) {
                             sent.append({ok, message});
                         });
    }

    bool startHub() {
        QString error;
        const bool started = hub->start(&error);
        EXPECT_TRUE(started) << error.toStdString();
        return started;
    }

    /// Runs the preview and waits for it.
    bool preview() {
        const int before = finished;
        page->runPreview();
        return waitUntil([&] { return finished > before; }, 60000);
    }

    QString writeFile(const QString& name, const std::string& content) {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content.data(), qint64(content.size()));
        return file.fileName();
    }

    SystemClock clock;
    RandomIdGenerator ids;
    std::unique_ptr<Hub> hub;
    std::unique_ptr<AdminService> service;
    std::unique_ptr<LocalHubConnection> connection;
    std::unique_ptr<PreviewPage> page;
    int finished = 0;
    QList<QPair<bool, QString>> sent; ///< sendFinished, in order
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(PreviewPageTest, HasTheNamedControls) {
    makePage();
    for (const char* name :
         {"previewInput", "previewAction", "previewEvent", "previewHidden", "previewRun",
          "previewOutput", "previewWarnings", "previewSource", "previewSend", "previewRecent"})
        EXPECT_NE(page->findChild<QWidget*>(QString::fromLatin1(name)), nullptr) << name;
    EXPECT_FALSE(page->findChild<QWidget*>(QStringLiteral("previewEvent"))->isEnabled());
    page->setCallType(CallType::Track);
    EXPECT_TRUE(page->findChild<QWidget*>(QStringLiteral("previewEvent"))->isEnabled());
}

TEST_F(PreviewPageTest, ShowsTheSameMessagesAsTheCommand) {
    makePage();
    const QString generated =
        writeFile(QStringLiteral("generated.json"),
                  TestSupport::JsonDetailGenerator::generate({.rows = 150, .seed = 3}));
    struct Case {
        QString file;
        CallType call;
        QString event;
        QStringList hidden;
        bool hasRanAt;
    };
    const QList<Case> cases = {
        {dataPath("reference/identify_works_with_email_user_id_anonymous_id_and_trait"
                  ".request.json"),
         CallType::Identify,
         {},
         {},
         false},
        {dataPath("reference/identify_works_with_pivoted_values.request.json"),
         CallType::Identify,
         {},
         {},
         false},
        {dataPath("reference/track_calls_track.request.json"), CallType::Track, {}, {}, false},
        {dataPath("reference/track_calls_track.request.json"),
         CallType::Track,
         QStringLiteral("Signed Up"),
         {},
         false},
        {dataPath("reference/group_works_with_rudder_group_id_user_id_and_email.request.json"),
         CallType::Group,
         {},
         {},
         false},
        {generated, CallType::Identify, {}, {QStringLiteral("users.city")}, true},
        {generated, CallType::Track, QStringLiteral("Looked"), {}, true},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file.toStdString() + " " + std::string(callTypeName(c.call)));
        QStringList arguments{QStringLiteral("--action"),
                              QString::fromLatin1(callTypeName(c.call))};
        if (!c.event.isEmpty())
            arguments << QStringLiteral("--event") << c.event;
        if (!c.hidden.isEmpty())
            arguments << QStringLiteral("--hidden") << c.hidden.join(u',');
        const CommandRun command = runCommand(arguments << c.file);
        ASSERT_EQ(command.exitCode, 0) << command.err.toStdString();
        ASSERT_FALSE(command.lines.isEmpty());

        ASSERT_TRUE(page->openFile(c.file));
        page->setCallType(c.call);
        page->setEventName(c.event);
        page->setHiddenFields(c.hidden);
        ASSERT_TRUE(preview());
        EXPECT_EQ(masked(page->messages(), !c.hasRanAt), masked(command.lines, !c.hasRanAt));
        EXPECT_TRUE(page->warnings().isEmpty()) << page->warnings().join(u'\n').toStdString();
    }

    // The output pane shows them, one a line when asked.
    page->findChild<QCheckBox*>(QStringLiteral("previewCompact"))->setChecked(true);
    const QString shown =
        page->findChild<QPlainTextEdit*>(QStringLiteral("previewOutput"))->toPlainText();
    EXPECT_EQ(shown.split(u'\n').mid(0, PreviewPage::kShownMessages),
              page->messages().mid(0, PreviewPage::kShownMessages));
}

TEST_F(PreviewPageTest, AnErrorIsTheCommandsErrorToo) {
    makePage();
    const QString file = dataPath("looker/json_detail_example.json");
    const CommandRun command =
        runCommand({QStringLiteral("--action"), QStringLiteral("identify"), file});
    EXPECT_EQ(command.exitCode, 1);
    ASSERT_TRUE(page->openFile(file));
    ASSERT_TRUE(preview());
    EXPECT_TRUE(page->messages().isEmpty());
    const QString looker =
        QStringLiteral("Query requires a field tagged email or user_id or rudder_anonymous_id.");
    EXPECT_TRUE(command.err.contains(looker));
    ASSERT_EQ(page->warnings().size(), 2) << "the tag check first, then Looker's error";
    EXPECT_TRUE(page->warnings().at(0).startsWith(u"No field is tagged user_id, email or "))
        << page->warnings().at(0).toStdString();
    EXPECT_TRUE(page->warnings().at(1).contains(looker)) << page->warnings().at(1).toStdString();
}

TEST_F(PreviewPageTest, WarnsAboutRowsWithoutUserIdAndOtherProblems) {
    makePage();
    page->setInput(QByteArray::fromStdString(threeRowsByEmail()));
    ASSERT_TRUE(preview());
    EXPECT_EQ(page->messages().size(), 3);
    ASSERT_EQ(page->warnings().size(), 1) << page->warnings().join(u'\n').toStdString();
    EXPECT_TRUE(page->warnings().at(0).contains(QStringLiteral("2 of 3 messages have no userId")))
        << page->warnings().at(0).toStdString();
    EXPECT_TRUE(page->warnings().at(0).contains(QStringLiteral("Redis")));
    // Plural forms come from the translation; without one the source text says "message(s)".
    EXPECT_TRUE(page->summary().contains(
        QRegularExpression(QStringLiteral(R"(^3 message\S* from 3 row\S*, 0 skipped\.)"))))
        << page->summary().toStdString();
    EXPECT_EQ(page->findChild<QListWidget*>(QStringLiteral("previewWarnings"))->count(), 2)
        << "the warning, and the note of the tags found";
    EXPECT_EQ(page->notes(),
              QStringList{QStringLiteral("Tags: user_id on u.id · email on u.email")});

    // A skipped row, an id that is an object, an event over 32 KB.
    const std::string problems =
        R"({"fields":{"dimensions":[{"name":"u.id","tags":["user_id"]},{"name":"u.note"}]},)"
        R"("data":[{"u.id":{"value":"a"},"u.note":{"value":")" +
        std::string(40000, 'n') +
        R"("}},{"u.id":{"value":null},"u.note":{"value":1}},)"
        R"({"u.id":{"value":{"x":1}},"u.note":{"value":2}}]})";
    page->setInput(QByteArray::fromStdString(problems));
    ASSERT_TRUE(preview());
    const QString all = page->warnings().join(u'\n');
    EXPECT_EQ(page->messages().size(), 1);
    EXPECT_TRUE(all.contains(QRegularExpression(QStringLiteral(R"(2 row\S* would be skipped)"))))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("row 2:"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("over RudderStack's limit of 32768 bytes")))
        << all.toStdString();
    EXPECT_TRUE(
        all.contains(QStringLiteral("row 3: u.id, tagged user_id, holds an object or array")))
        << all.toStdString();

    // Invalid JSON: where, in the reader's words; the rows before it still shown.
    page->setInput(QByteArray::fromStdString(threeRowsByEmail()).replace("\"Rome\"", "Rome"));
    ASSERT_TRUE(preview());
    EXPECT_EQ(page->messages().size(), 2);
    ASSERT_FALSE(page->warnings().isEmpty());
    EXPECT_TRUE(page->warnings().at(0).contains(QStringLiteral("not valid JSON: malformed JSON at "
                                                               "byte")))
        << page->warnings().at(0).toStdString();
    EXPECT_TRUE(page->warnings().at(0).contains(QStringLiteral("(line 1, column")));
}

TEST_F(PreviewPageTest, TellsAnExecuteBodyFromAJsonDetailAndTakesItsEvent) {
    makePage();
    page->setInput(readData("reference/track_calls_track.request.json"));
    page->setCallType(CallType::Track);
    ASSERT_TRUE(preview());
    ASSERT_EQ(page->messages().size(), 1);
    EXPECT_TRUE(page->messages().at(0).contains(QStringLiteral(R"("event":"funevent")")));
    EXPECT_TRUE(page->summary().contains(QStringLiteral("execute request body")));
    EXPECT_TRUE(page->findChild<QLineEdit*>(QStringLiteral("previewEvent"))
                    ->placeholderText()
                    .contains(QStringLiteral("funevent")));

    page->setInput(readData("reference/extra_identify_download_url.request.json"));
    page->setCallType(CallType::Identify);
    ASSERT_TRUE(preview());
    EXPECT_TRUE(page->messages().isEmpty());
    ASSERT_EQ(page->warnings().size(), 1);
    EXPECT_TRUE(page->warnings().at(0).contains(QStringLiteral("download_url")));
}

TEST_F(PreviewPageTest, ARequestTheHubReceivedCanBePreviewed) {
    TestSupport::TestSink sink;
    ASSERT_TRUE(sink.listen());
    makePage();
    ASSERT_TRUE(startHub());
    auto* recent = page->findChild<QComboBox*>(QStringLiteral("previewRecent"));
    EXPECT_EQ(recent->count(), 1);

    QJsonObject body =
        QJsonDocument::fromJson(readData("reference/track_calls_track.request.json")).object();
    body.insert(u"data", QJsonObject{{u"rudder_write_key"_qs, u"wk"_qs},
                                     {u"rudder_server_url"_qs, sink.url()}});
    const QByteArray token = HubToken::make(kSecret, "nonce-1");
    TestSupport::HttpClient client;
    const auto response = client.post(
        hub->listeningUrl().resolved(QUrl(QStringLiteral("/actions/rudder_track/execute"))),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        {{"Authorization", "Token token=\"" + token + "\""},
         {"User-Agent", "LookerOutgoingWebhook/7.20.0"}});
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    ASSERT_TRUE(waitUntil([&] { return recent->count() == 2; }));
    EXPECT_TRUE(recent->itemText(1).contains(QStringLiteral("Rudder Track")))
        << recent->itemText(1).toStdString();
    EXPECT_TRUE(recent->itemText(1).contains(QStringLiteral("EU")));

    ASSERT_TRUE(page->showReceivedRequest(0));
    ASSERT_TRUE(waitUntil([&] { return finished > 0; }));
    EXPECT_EQ(page->callType(), CallType::Track);
    const CommandRun command = runCommand({QStringLiteral("--action"), QStringLiteral("track"),
                                           dataPath("reference/track_calls_track.request.json")});
    ASSERT_EQ(command.exitCode, 0);
    EXPECT_EQ(masked(page->messages(), true), masked(command.lines, true));
}

TEST_F(PreviewPageTest, SendingStoresTheMessagesInTheOutbox) {
    TestSupport::TestSink sink;
    ASSERT_TRUE(sink.listen());
    HubConfig config;
    config.sources.append(SourceConfig{QStringLiteral("Main"), QStringLiteral("wk"), sink.url()});
    makePage(config);
    ASSERT_TRUE(startHub());
    auto* source = page->findChild<QComboBox*>(QStringLiteral("previewSource"));
    ASSERT_EQ(source->count(), 1);
    EXPECT_EQ(source->currentText(), QStringLiteral("Main"));
    auto* send = page->findChild<QPushButton*>(QStringLiteral("previewSend"));
    EXPECT_FALSE(send->isEnabled());

    std::string detail = TestSupport::JsonDetailGenerator::generate({.rows = 120});
    page->setInput(QByteArray::fromStdString(detail));
    ASSERT_TRUE(preview());
    ASSERT_EQ(page->messages().size(), 120);
    EXPECT_TRUE(send->isEnabled());

    page->sendToSource(QStringLiteral("Main"));
    ASSERT_TRUE(waitUntil([&] { return !sent.isEmpty(); }));
    EXPECT_TRUE(sent.at(0).first) << sent.at(0).second.toStdString();
    EXPECT_TRUE(
        sent.at(0).second.contains(QRegularExpression(QStringLiteral(R"(^120 message\S* stored)"))))
        << sent.at(0).second.toStdString();

    auto counts = hub->outbox().counts();
    ASSERT_TRUE(waitUntil([&] { return counts.isFinished(); }));
    const OutboxCounts c = counts.result();
    EXPECT_EQ(c.pendingMessages + c.deliveredMessages + c.failedMessages, 120);
    EXPECT_EQ(c.failedMessages, 0);
    // What reached the data plane is what the page showed.
    ASSERT_TRUE(waitUntil([&] { return sink.deliveredMessageIds().size() >= 120; }, 20000));
    const QString first = page->messages().at(0);
    const QString id =
        QRegularExpression(QStringLiteral(R"re("messageId":"([^"]+)")re")).match(first).captured(1);
    EXPECT_TRUE(sink.deliveredMessageIdSet().contains(id.toLatin1()));

    // An unknown source: nothing stored, and said so.
    sent.clear();
    page->sendToSource(QStringLiteral("Nope"));
    ASSERT_TRUE(waitUntil([&] { return !sent.isEmpty(); }));
    EXPECT_FALSE(sent.at(0).first);
    EXPECT_TRUE(sent.at(0).second.contains(QStringLiteral("Nope")));
}

TEST_F(PreviewPageTest, StaysResponsiveOnA50MegabyteInputAndCanBeCancelled) {
    makePage();
    const std::string detail =
        TestSupport::JsonDetailGenerator::generate({.rows = 160000, .withLinks = false});
    ASSERT_GT(detail.size(), 50u << 20);
    page->setInput(QByteArray::fromStdString(detail), QStringLiteral("big.json"));
    EXPECT_TRUE(
        page->findChild<QPlainTextEdit*>(QStringLiteral("previewInput"))->toPlainText().isEmpty());

    // Cancelled at once: nothing finishes.
    page->runPreview();
    EXPECT_TRUE(page->isRunning());
    QCoreApplication::processEvents();
    page->cancelPreview();
    EXPECT_FALSE(page->isRunning());
    waitUntil([] { return false; }, 100);
    EXPECT_EQ(finished, 0);

    // A timer keeps firing while the preview runs.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        ++ticks;
    });
    ticker.start();
    sinceTick.restart();
    ASSERT_TRUE(preview());
    ticker.stop();
    EXPECT_GT(ticks, 10);
    EXPECT_LT(longestGap, 250) << "the event loop was blocked";

    EXPECT_EQ(page->result().messageCount, 160000u);
    EXPECT_EQ(page->messages().size(), qsizetype(PreviewPage::kKeptMessages));
    EXPECT_TRUE(page->summary().contains(QStringLiteral("Showing the first 100")));
    EXPECT_TRUE(page->warnings().join(u'\n').contains(QStringLiteral("Only the first")));
    EXPECT_FALSE(page->findChild<QPushButton*>(QStringLiteral("previewSend"))->isEnabled());
}

TEST_F(PreviewPageTest, ThePropertyNamesChoiceNamesTheTraitsAsTheCommandDoes) {
    makePage();
    auto* names = page->findChild<QComboBox*>(QStringLiteral("previewPropertyNames"));
    ASSERT_NE(names, nullptr);
    EXPECT_EQ(names->currentData().toInt(), -1) << "first: what the request says";
    page->setInput(QByteArray::fromStdString(threeRowsByEmail()));
    ASSERT_TRUE(preview());
    EXPECT_TRUE(page->messages().at(0).contains(QStringLiteral(R"("u.city":"Lyon")")));

    names->setCurrentIndex(names->findData(int(PropertyNames::CamelLabel)));
    ASSERT_TRUE(preview());
    // u.city has no label: its Looker name's words, u and city.
    EXPECT_TRUE(page->messages().at(0).contains(QStringLiteral(R"("uCity":"Lyon")")))
        << page->messages().at(0).toStdString();
    const QString file = writeFile(QStringLiteral("three.json"), threeRowsByEmail());
    const CommandRun command =
        runCommand({QStringLiteral("--action"), QStringLiteral("identify"),
                    QStringLiteral("--property-names"), QStringLiteral("camel_label"), file});
    ASSERT_EQ(command.exitCode, 0) << command.err.toStdString();
    // The first row has its userId; the others get a generated anonymousId each time.
    ASSERT_EQ(command.lines.size(), 3);
    EXPECT_EQ(masked(page->messages(), true).at(0), masked(command.lines, true).at(0));

    // An execute body's own choice is what "the request says".
    QJsonObject body{
        {u"type"_qs, u"query"_qs},
        {u"form_params"_qs, QJsonObject{{u"property_names"_qs, u"field"_qs}}},
        {u"attachment"_qs, QJsonObject{{u"data"_qs, QString::fromStdString(threeRowsByEmail())}}}};
    page->setInput(QJsonDocument(body).toJson());
    names->setCurrentIndex(0);
    ASSERT_TRUE(preview());
    EXPECT_TRUE(page->messages().at(0).contains(QStringLiteral(R"("city":"Lyon")")));
    EXPECT_TRUE(names->itemText(0).contains(u"field")) << names->itemText(0).toStdString();
}

TEST_F(PreviewPageTest, ASystemActivityResultShowsTheCommandsEventsNamedByTheLookerHost) {
    HubConfig config;
    config.lookerHost = QStringLiteral("acme.looker.com");
    makePage(config);
    TestSupport::SystemActivityGenerator::Options options;
    options.events = 120;
    options.seed = 5;
    const QString file = writeFile(QStringLiteral("system-activity.json"),
                                   TestSupport::SystemActivityGenerator::generate(options));
    const CommandRun command =
        runCommand({QStringLiteral("--action"), QStringLiteral("system-activity"),
                    QStringLiteral("--looker-host"), QStringLiteral("acme.looker.com"), file});
    ASSERT_EQ(command.exitCode, 0) << command.err.toStdString();
    ASSERT_EQ(command.lines.size(), 120);

    ASSERT_TRUE(page->openFile(file));
    auto* action = page->findChild<QComboBox*>(QStringLiteral("previewAction"));
    action->setCurrentIndex(action->findData(int(CallType::SystemActivity)));
    EXPECT_EQ(action->currentText(), QStringLiteral("System Activity"));
    ASSERT_TRUE(preview());
    // messageIds are UUID v5 of the instance and event.id: the same as the command's.
    static const QRegularExpression sendTimes(
        QStringLiteral(R"re("(originalTimestamp|sentAt)":"[^"]*")re"));
    const auto sendTimesMasked = [](QStringList lines) {
        for (QString& line : lines)
            line.replace(sendTimes, QStringLiteral(R"("\1":"<varies>")"));
        return lines;
    };
    EXPECT_EQ(sendTimesMasked(page->messages()), sendTimesMasked(command.lines));
    EXPECT_EQ(page->warnings(),
              QStringList{QStringLiteral("Every Looker event is shown: the hub leaves out those it "
                                         "already sent to the destination source, and this input "
                                         "names none.")});
}

TEST_F(PreviewPageTest, AReceivedSystemActivityRequestShowsThePrefixAndIdsTheHubSent) {
    TestSupport::TestSink sink;
    ASSERT_TRUE(sink.listen());
    // Refused, so forgotten: the preview shows every event again.
    TestSupport::TestSink::Response refusal;
    refusal.status = 400;
    refusal.body = "bad write key";
    sink.setDefaultResponse(refusal);
    HubConfig config;
    config.lookerHost = QStringLiteral("not-this-one.looker.com");
    config.regions.append(RegionConfig{QStringLiteral("EU"), kSecret, {}, {}, {}});
    makePage(config);
    ASSERT_TRUE(startHub());
    TestSupport::SystemActivityGenerator::Options options;
    options.events = 30;
    const QJsonObject body{
        {u"type"_qs, u"query"_qs},
        {u"form_params"_qs, QJsonObject{{u"event_prefix"_qs, u"Looker "_qs}}},
        {u"scheduled_plan"_qs, QJsonObject{{u"url"_qs, u"https://acme.looker.com/looks/7"_qs}}},
        {u"data"_qs,
         QJsonObject{{u"rudder_write_key"_qs, u"wk"_qs}, {u"rudder_server_url"_qs, sink.url()}}},
        {u"attachment"_qs,
         QJsonObject{{u"data"_qs, QString::fromStdString(
                                      TestSupport::SystemActivityGenerator::generate(options))}}}};
    const QByteArray request = QJsonDocument(body).toJson(QJsonDocument::Compact);
    TestSupport::HttpClient client;
    const auto response = client.post(
        hub->listeningUrl().resolved(
            QUrl(QStringLiteral("/actions/rudder_system_activity/execute"))),
        request, {{"Authorization", "Token token=\"" + HubToken::make(kSecret, "n-1") + "\""}});
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    auto* recent = page->findChild<QComboBox*>(QStringLiteral("previewRecent"));
    ASSERT_TRUE(waitUntil([&] { return recent->count() == 2; }));
    ASSERT_TRUE(waitUntil([&] { return hub->outbox().counts().result().failedBatches > 0; }));

    ASSERT_TRUE(page->showReceivedRequest(0));
    ASSERT_TRUE(waitUntil([&] { return finished > 0; }));
    EXPECT_EQ(page->callType(), CallType::SystemActivity);
    EXPECT_EQ(page->findChild<QLineEdit*>(QStringLiteral("previewEvent"))->text(),
              QStringLiteral("Looker "));
    // The command reads the whole request: its prefix, and the instance of its plan's URL.
    const CommandRun command =
        runCommand({QStringLiteral("--action"), QStringLiteral("system-activity"),
                    writeFile(QStringLiteral("request.json"), request.toStdString())});
    ASSERT_EQ(command.exitCode, 0) << command.err.toStdString();
    ASSERT_EQ(command.lines.size(), 30);
    const auto idsAndEvents = [](const QStringList& lines) {
        QStringList out;
        for (const QString& line : lines) {
            const QJsonObject message = QJsonDocument::fromJson(line.toUtf8()).object();
            out.append(message.value(u"messageId").toString() + u' ' +
                       message.value(u"event").toString());
        }
        out.sort();
        return out;
    };
    EXPECT_EQ(idsAndEvents(page->messages()), idsAndEvents(command.lines));
    EXPECT_TRUE(page->messages().at(0).contains(u"\"event\":\"Looker "))
        << page->messages().at(0).toStdString();
}

TEST_F(PreviewPageTest, ASystemActivityResultWarnsOfWhatTheCatalogueDoesNotKnow) {
    makePage();
    const std::string result =
        R"({"fields":{"dimensions":[{"name":"event.id"},{"name":"event.name"},)"
        R"({"name":"event.created_time"},{"name":"event_attribute.name"},)"
        R"({"name":"event_attribute.value"}]},"timezone":"Mars/Olympus","data":[)"
        R"({"event.id":{"value":1},"event.name":{"value":"login"},)"
        R"("event.created_time":{"value":"2026-11-23 09:30:00"},)"
        R"("event_attribute.name":{"value":"shoe_size"},"event_attribute.value":{"value":"42"}},)"
        R"({"event.id":{"value":2},"event.name":{"value":"teleport"},)"
        R"("event.created_time":{"value":"2026-11-23 09:31:00"},)"
        R"("event_attribute.name":{"value":"where"},"event_attribute.value":{"value":"Oslo"}}]})";
    ASSERT_TRUE(page->openFile(writeFile(QStringLiteral("odd.json"), result)));
    page->setCallType(CallType::SystemActivity);
    ASSERT_TRUE(preview());
    EXPECT_EQ(page->messages().size(), 2);
    const QStringList warnings = page->warnings();
    EXPECT_TRUE(
        warnings.contains(QStringLiteral(
            "1 event of a type the catalogue does not know (teleport): its attributes are sent as "
            "text.")) ||
        warnings.contains(QStringLiteral("1 event(s) of a type the catalogue does not "
                                         "know (teleport): their attributes are sent as "
                                         "text.")))
        << warnings.join(u'\n').toStdString();
    EXPECT_TRUE(warnings.filter(QStringLiteral("login.shoe_size")).size() == 1)
        << warnings.join(u'\n').toStdString();
    EXPECT_TRUE(warnings.contains(
        QStringLiteral("The time zone \"Mars/Olympus\" is unknown: times are read as UTC.")))
        << warnings.join(u'\n').toStdString();
}
