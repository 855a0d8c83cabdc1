// 200,000 generated rows streamed through `actiondeck --headless` from a loopback download URL:
// every event reaches the data plane exactly once and the hub's peak memory stays bounded.
// Not timed: speed is measured by scripts/bench-e2e.sh, not asserted here.
#include "httpclient.h"
#include "hub/hubtoken.h"
#include "hubprocess.h"
#include "jsondetailgenerator.h"
#include "lookerrequests.h"
#include "sanitizerscale.h"
#include "testsink.h"
#include "waituntil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

constexpr int kRows = 200000;
// Generous: the hub holds a few batches and read buffers, not the result (about 90 MB here).
// Under ASan the shadow memory and the quarantine of freed blocks come on top.
constexpr qint64 kMaxPeakRssMb = TestSupport::scaledMb(300);

qint64 peakRssMb(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

} // namespace

TEST(Scale, TwoHundredThousandRowsArriveExactlyOnceInBoundedMemory) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TestSupport::TestSink sink;
    sink.setCountOnly(true);
    ASSERT_TRUE(sink.listen());
    sink.serve("/result.json",
               {QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate(
                   {.rows = kRows, .seed = 200, .withLinks = false}))});

    TestSupport::HubProcess hub(QStringLiteral(ACTIONDECK_BINARY));
    const QUrl url = hub.start({QStringLiteral("--hub-secret"), QStringLiteral("S=scale"),
                                QStringLiteral("--data-dir"), dir.path(),
                                QStringLiteral("--log-level"), QStringLiteral("warning")});
    ASSERT_TRUE(url.isValid()) << hub.process.readAllStandardError().toStdString();

    TestSupport::HttpClient client;
    const auto answer = client.post(
        url.resolved(QUrl(QStringLiteral("/actions/rudder_event/execute"))),
        TestSupport::LookerRequests::downloading(u"wk_scale"_qs, sink.url(),
                                                 sink.downloadUrl("/result.json")),
        {{"Authorization", "Token token=\"" + HubToken::generate("scale") + "\""}}, 120000);
    ASSERT_EQ(answer.status, 200) << answer.error.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(answer.body.trimmed())
                    .object()
                    .value(u"looker")
                    .toObject()
                    .value(u"success")
                    .toBool())
        << answer.body.toStdString();

    ASSERT_TRUE(
        TestSupport::waitUntil([&] { return sink.deliveredMessageIds().size() >= kRows; }, 120000))
        << sink.deliveredMessageIds().size() << " of " << kRows << " arrived";
    EXPECT_EQ(sink.deliveredMessageIds().size(), kRows) << "no event twice";
    EXPECT_EQ(sink.deliveredMessageIdSet().size(), kRows) << "every event once";
    const qint64 peak = peakRssMb(hub.process.processId());
    EXPECT_GT(peak, 0);
    EXPECT_LT(peak, kMaxPeakRssMb);

    hub.process.terminate();
    ASSERT_TRUE(
        TestSupport::waitUntil([&] { return hub.process.state() == QProcess::NotRunning; }, 30000));
    EXPECT_EQ(hub.process.exitCode(), 0);
}
