// The alert webhook: Slack's {"text"} or the run as JSON, each notice retried with backoff until
// the webhook takes it and then never again, given up after its retries with a reason that
// never holds the URL (nor does any log line), and nothing sent without a URL. A real webhook
// plays the part on loopback: the tests' sink, answering 500, 429 or refusing.
#include "alerts/alertwebhook.h"

#include "testsink.h"
#include "waituntil.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::TestSink;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecretPath = "/services/T0001/B0002/webhook-secret-xyz";

QStringList logged;
void keepLog(QtMsgType, const QMessageLogContext&, const QString& message) {
    logged.append(message);
}

AlertNotice runFailed() {
    return {AlertNotice::Kind::RunEnded, QStringLiteral("ActionDeck: run 7 of Daily users failed."),
            QJsonObject{{QStringLiteral("id"), 7},
                        {QStringLiteral("state"), QStringLiteral("failed")}}};
}

class Webhook : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(sink.listen());
        webhook.setSettings(
            {sink.url() + QString::fromLatin1(kSecretPath), AlertSettings::Format::Slack, 30});
        webhook.setRetryDelays({20, 20, 20});
        QObject::connect(&webhook, &AlertWebhook::delivered, [this] { ++delivered; });
        QObject::connect(&webhook, &AlertWebhook::gaveUp,
                         [this](const AlertNotice&, const QString& why) { reasons.append(why); });
        logged.clear();
        previous = qInstallMessageHandler(keepLog);
    }
    void TearDown() override { qInstallMessageHandler(previous); }

    TestSink sink;
    QNetworkAccessManager network;
    AlertWebhook webhook{network};
    int delivered = 0;
    QStringList reasons;
    QtMessageHandler previous = nullptr;
};

} // namespace

TEST(AlertWebhookBody, SlackGetsTheTextAndJsonTheRun) {
    const QJsonObject slack =
        QJsonDocument::fromJson(AlertWebhook::body(runFailed(), AlertSettings::Format::Slack))
            .object();
    EXPECT_EQ(slack, (QJsonObject{{QStringLiteral("text"), runFailed().text}}));
    const QJsonObject json =
        QJsonDocument::fromJson(AlertWebhook::body(runFailed(), AlertSettings::Format::Json))
            .object();
    EXPECT_EQ(json.value(u"id").toInt(), 7);
    EXPECT_EQ(json.value(u"state").toString(), QStringLiteral("failed"));
    EXPECT_EQ(json.value(u"event").toString(), QStringLiteral("run"));
    EXPECT_EQ(json.value(u"text").toString(), runFailed().text);
}

TEST_F(Webhook, ANoticeIsRetriedUntilTheWebhookTakesItThenNotAgain) {
    sink.enqueue({{500}, {429}});
    webhook.send(runFailed());
    ASSERT_TRUE(waitUntil([&] { return delivered == 1; }, 10000));
    ASSERT_EQ(sink.requests().size(), 3);
    EXPECT_EQ(sink.requests().last().answeredStatus, 200);
    EXPECT_EQ(sink.requests().last().path, kSecretPath);
    EXPECT_EQ(QJsonDocument::fromJson(sink.requests().last().body).object().value(u"text"),
              runFailed().text);
    QCoreApplication::processEvents();
    EXPECT_EQ(sink.requests().size(), 3) << "one message per notice";
    EXPECT_EQ(webhook.queued(), 0u);
    EXPECT_TRUE(reasons.isEmpty());
    for (const QString& line : logged)
        EXPECT_FALSE(line.contains(u"webhook-secret-xyz")) << line.toStdString();
}

TEST_F(Webhook, AfterItsRetriesItGivesUpSayingWhyWithoutTheUrl) {
    sink.setDefaultResponse({500});
    webhook.send(runFailed());
    ASSERT_TRUE(waitUntil([&] { return !reasons.isEmpty(); }, 10000));
    EXPECT_EQ(reasons.constFirst(), QStringLiteral("the webhook answered HTTP 500"));
    EXPECT_EQ(sink.requests().size(), 4) << "the first attempt and three retries";

    // A port nobody listens on (a fresh manager: no kept-alive connection to reuse).
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager otherNetwork;
    AlertWebhook refused(otherNetwork);
    refused.setSettings(
        {QStringLiteral("http://127.0.0.1:%1").arg(port) + QString::fromLatin1(kSecretPath),
         AlertSettings::Format::Slack, 30});
    refused.setRetryDelays({20});
    QObject::connect(&refused, &AlertWebhook::gaveUp,
                     [this](const AlertNotice&, const QString& why) { reasons.append(why); });
    refused.send(runFailed());
    ASSERT_TRUE(waitUntil([&] { return reasons.size() == 2; }, 10000));
    EXPECT_TRUE(reasons.last().startsWith(u"the webhook could not be reached"))
        << reasons.last().toStdString();
    EXPECT_EQ(delivered, 0);
    for (const QString& text : reasons + logged)
        EXPECT_FALSE(text.contains(u"webhook-secret-xyz")) << text.toStdString();
}

TEST_F(Webhook, NothingIsSentWithoutAUrl) {
    webhook.setSettings({});
    webhook.send(runFailed());
    QCoreApplication::processEvents();
    EXPECT_EQ(webhook.queued(), 0u);
    EXPECT_TRUE(sink.requests().isEmpty());
}

TEST(AlertSettingsJson, ReadsTheSectionAndNeverAnswersTheUrl) {
    QString error;
    const auto read = AlertSettings::fromJson(
        QJsonObject{{QStringLiteral("webhookUrl"), QStringLiteral("https://hooks.example.com/x/y")},
                    {QStringLiteral("format"), QStringLiteral("json")},
                    {QStringLiteral("stuckMinutes"), 45}},
        &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->format, AlertSettings::Format::Json);
    EXPECT_EQ(read->stuckMinutes, 45);
    const QJsonObject shown = read->toJson(false);
    EXPECT_TRUE(shown.value(u"hasWebhookUrl").toBool());
    EXPECT_FALSE(QJsonDocument(shown).toJson().contains("hooks.example.com"));
    EXPECT_EQ(read->toJson(true).value(u"webhookUrl").toString(),
              QStringLiteral("https://hooks.example.com/x/y"));

    for (const auto& [bad, says] : std::initializer_list<std::pair<QJsonObject, const char*>>{
             {{{QStringLiteral("format"), QStringLiteral("teams")}}, "slack or json"},
             {{{QStringLiteral("stuckMinutes"), 0}}, "stuckMinutes must be 1 or more"},
             {{{QStringLiteral("webhookUrl"), QStringLiteral("ftp://secret-host/x")}},
              "http or https URL"},
             {{{QStringLiteral("webhook"), QStringLiteral("x")}}, "no field \"webhook\""}}) {
        EXPECT_FALSE(AlertSettings::fromJson(bad, &error));
        EXPECT_TRUE(error.contains(QString::fromLatin1(says))) << error.toStdString();
        EXPECT_FALSE(error.contains(u"secret-host"));
    }
}
