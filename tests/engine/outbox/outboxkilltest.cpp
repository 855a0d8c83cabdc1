// Kill test: nothing acknowledged is lost when the process dies with SIGKILL. A child appends
// and acknowledges batches while the data plane is slow or down, is killed at several points,
// and a new process on the same data directory delivers. The sink must end up with every
// acknowledged messageId (repeats only of the same id).
#include "testsink.h"
#include "waituntil.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using ActionDeck::TestSupport::TestSink;
using ActionDeck::TestSupport::waitUntil;

namespace {

struct Child {
    QProcess process;
    QByteArray pending;
    QSet<QByteArray> acknowledged;
    int acks = 0;

    void collect() {
        pending += process.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (!line.startsWith("ACK "))
                continue;
            ++acks;
            for (const QByteArray& id : line.mid(4).split(' '))
                acknowledged.insert(id);
        }
    }
};

} // namespace

TEST(OutboxKill, NoAcknowledgedMessageIsLostWhenTheProcessIsKilled) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TestSink sink;
    ASSERT_TRUE(sink.listen());
    QSet<QByteArray> acknowledged;

    // Round r is killed after a different number of acknowledged appends, with the data plane
    // slow (requests in flight when the process dies) or refusing connections.
    const int killAfter[] = {1, 4, 9, 2};
    for (int round = 0; round < 4; ++round) {
        if (round % 2 == 0) {
            sink.resume();
            sink.setDefaultResponse({200, "OK", {}, 400});
        } else {
            sink.refuse();
        }
        Child child;
        child.process.start(
            QStringLiteral(OUTBOX_KILL_HELPER),
            {QStringLiteral("produce"), dir.path(), sink.url(), QStringLiteral("r%1").arg(round)});
        ASSERT_TRUE(child.process.waitForStarted(10000));
        ASSERT_TRUE(waitUntil(
            [&] {
                child.collect();
                return child.acks >= killAfter[round];
            },
            20000))
            << "round " << round << ": " << child.process.readAllStandardError().toStdString();
        child.process.kill(); // SIGKILL
        ASSERT_TRUE(child.process.waitForFinished(10000));
        child.collect();
        acknowledged.unite(child.acknowledged);
    }
    ASSERT_FALSE(acknowledged.isEmpty());

    sink.resume();
    sink.setDefaultResponse({200, "OK", {}, 0});
    QProcess deliver;
    deliver.start(QStringLiteral(OUTBOX_KILL_HELPER),
                  {QStringLiteral("deliver"), dir.path(), sink.url()});
    ASSERT_TRUE(deliver.waitForStarted(10000));
    ASSERT_TRUE(waitUntil([&] { return deliver.state() == QProcess::NotRunning; }, 60000));
    EXPECT_EQ(deliver.exitCode(), 0) << deliver.readAllStandardError().toStdString();

    const QSet<QByteArray> delivered = sink.deliveredMessageIdSet();
    QSet<QByteArray> missing = acknowledged;
    missing.subtract(delivered);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " acknowledged messages were lost, e.g. "
                                   << missing.values().value(0).toStdString();
    for (const QByteArray& id : delivered)
        EXPECT_TRUE(id.startsWith('r')) << id.toStdString();
}
