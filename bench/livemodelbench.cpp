// Feeds 1,000,000 messages through the Live flow page's model, filter and table at full speed,
// the way executes deliver them (chunks of a few thousand per committed append), and measures
// what the user feels: the longest the event loop was blocked, and memory once the table is at
// its cap. Run: actiondeck_livebench [messages] [chunk] [filter text]
// (QT_QPA_PLATFORM=offscreen by default).
#include "gui/live/livemessagefiltermodel.h"
#include "gui/live/livemessagemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

long rssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QList<ActionDeck::LiveMessage> makeChunk(int first, int count, qint64 batchId) {
    QList<ActionDeck::LiveMessage> chunk;
    chunk.reserve(count);
    const QString action = QStringLiteral("rudder_event");
    const QString region = QStringLiteral("US");
    const QString source = QStringLiteral("web");
    for (int i = first; i < first + count; ++i) {
        ActionDeck::LiveMessage m;
        m.storedMs = 1700000000000 + i;
        m.action = action;
        m.region = region;
        m.source = source;
        m.batchId = batchId + (i - first) / 500;
        m.json = QByteArrayLiteral(R"({"userId":"user-)") + QByteArray::number(i) +
                 QByteArrayLiteral(R"(","anonymousId":null,"type":"identify","context":{"traits":)"
                                   R"({"email":"person@example.com","plan":"pro","seats":12}},)"
                                   R"("traits":{"email":"person@example.com","plan":"pro",)"
                                   R"("seats":12},"messageId":"a9c2f3e0-1b7d-4c1e-9f52-)") +
                 QByteArray::number(i).rightJustified(12, '0') +
                 QByteArrayLiteral(R"(","timestamp":"2026-11-23T10:00:00.000Z",)"
                                   R"("channel":"server"})");
        chunk.append(std::move(m));
    }
    return chunk;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int chunkSize = argc > 2 ? std::atoi(argv[2]) : 2000;

    ActionDeck::LiveMessageModel model;
    ActionDeck::LiveMessageFilterModel filter;
    filter.setSourceModel(&model);
    if (argc > 3)
        filter.setText(QString::fromLocal8Bit(argv[3])); // a text filter on every row
    QTableView view;
    view.setModel(&filter);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1100, 600);
    view.show();

    // The heartbeat: a 5 ms timer; the longest gap between its ticks, minus 5 ms, is the
    // longest the event loop was busy with something else.
    QElapsedTimer clock;
    clock.start();
    qint64 lastBeat = 0;
    qint64 worstStallMs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worstStallMs = std::max(worstStallMs, now - lastBeat - 5);
        lastBeat = now;
    });
    heartbeat.start(5);

    int fed = 0;
    qint64 batch = 1;
    long rssAtCap = -1;
    long rssMax = 0;
    std::printf("%10s %10s %12s %10s\n", "messages", "rows", "RSS (MB)", "stall (ms)");
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const int count = std::min(chunkSize, total - fed);
        model.addMessages(makeChunk(fed, count, batch));
        // Delivery reports about the batches fed a little earlier.
        for (qint64 b = std::max<qint64>(1, batch - 8); b < batch - 4; ++b)
            model.recordAttempt(b, 200, true, false);
        batch += (count + 499) / 500;
        const int before = fed;
        fed += count;
        const long rss = rssKb();
        rssMax = std::max(rssMax, rss);
        if (rssAtCap < 0 && model.rowCount() >= model.capacity())
            rssAtCap = rss;
        if (fed / 100000 != before / 100000 || fed == total)
            std::printf("%10d %10d %12.1f %10lld\n", fed, model.rowCount(), double(rss) / 1024,
                        static_cast<long long>(worstStallMs));
        if (fed >= total) {
            feeder.stop();
            QTimer::singleShot(200, &app, &QCoreApplication::quit);
        }
    });
    feeder.start(0);
    const int code = QApplication::exec();
    const double seconds = double(clock.elapsed()) / 1000;
    std::printf("\n%d messages in %.2f s (%.0f messages/s); longest event-loop stall %lld ms; "
                "RSS when the table reached its cap of %d rows %.1f MB, at most %.1f MB\n",
                fed, seconds, fed / seconds, static_cast<long long>(worstStallMs), model.capacity(),
                double(rssAtCap) / 1024, double(rssMax) / 1024);
    return code;
}
