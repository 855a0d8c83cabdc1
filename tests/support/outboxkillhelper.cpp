// A child process for the kill test.
//   outboxkillhelper produce DIR SINK_URL TAG   appends batches of messages forever, printing
//                                               "ACK id id ..." once each append is committed,
//                                               while delivering; it is killed with SIGKILL.
//   outboxkillhelper deliver DIR SINK_URL       delivers what is pending, then exits 0.
#include "core/clock.h"
#include "delivery/deliveryworker.h"
#include "outbox/outbox.h"
#include "rudder/batchassembler.h"
#include "rudder/dataplaneurl.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace ActionDeck;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return 2;
    const QString mode = args[1];
    SystemClock clock;
    Outbox outbox(args[2], clock);
    QString error;
    if (!outbox.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    DeliverySettings settings;
    settings.retry = {20, 300, 2000};
    settings.requestTimeoutMs = 2000;
    DeliveryWorker worker(outbox, clock, settings);
    worker.start();
    const DeliveryTarget target{batchEndpoint(args[3]).toString(), QStringLiteral("kill_key")};

    if (mode == QStringLiteral("deliver")) {
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            const OutboxCounts counts = outbox.counts().result();
            if (counts.pendingBatches == 0 && worker.inFlight() == 0)
                QCoreApplication::exit(0);
        });
        poll.start(50);
        return QCoreApplication::exec();
    }

    const QString tag = args.value(4);
    int next = 0;
    std::function<void()> produce = [&] {
        BatchAssembler assembler(target, {.maxEventsPerBatch = 7}, QStringLiteral("kill test"));
        std::vector<NewBatch> batches;
        QByteArray ack = "ACK";
        for (int i = 0; i < 20; ++i, ++next) {
            const QByteArray id = tag.toUtf8() + '-' + QByteArray::number(next);
            assembler.add(R"({"type":"track","event":"K","userId":"u","messageId":")" +
                              id.toStdString() + R"("})",
                          batches);
            ack += ' ' + id;
        }
        assembler.flush(batches);
        outbox.append(std::move(batches))
            .then(&app, [ack, &produce](const Outbox::AppendResult& r) {
                if (!r.ok)
                    return;
                std::printf("%s\n", ack.constData());
                std::fflush(stdout);
                QTimer::singleShot(5, produce);
            });
    };
    produce();
    return QCoreApplication::exec();
}
