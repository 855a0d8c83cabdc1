// Several hubs on one outbox (issue 20): a real PostgreSQL 15 started for the run (or each hub's
// own SQLite file with --sqlite), K `actiondeck --headless` hubs on it, E executes of generated
// results (download_url on loopback, each its own ran_at) spread over the hubs and sent at once,
// and a counting data plane. Prints one table row: when every execute was answered, when every
// message was delivered, events/s, and each hub's peak RSS and CPU.
//
//   actiondeck_fleetbench --binary PATH --work DIR --rows N --hubs K --executes E [--sqlite]
#include "countingdataplane.h"
#include "jsondetailgenerator.h"
#include "loopbackfileserver.h"
#include "postgrescluster.h"
#include "processstats.h"
#include "waituntil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <cstdio>
#include <memory>

using namespace ActionDeck;

namespace {

qint64 nowNs() {
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

/// Result `index` of `rows` rows; its own ran_at, so its messageIds are its own.
QString writeResult(const QString& work, int index, qint64 rows) {
    const QString path =
        QStringLiteral("%1/fleet-result-%2-%3.json").arg(work).arg(rows).arg(index);
    if (QFile::exists(path))
        return path;
    QFile out(path + QStringLiteral(".part"));
    out.open(QIODevice::WriteOnly);
    const QByteArray ranAt = "2026-11-01T10:20:30";
    const QByteArray own =
        QStringLiteral("2026-11-01T11:%1:30").arg(index % 60, 2, 10, QLatin1Char('0')).toLatin1();
    TestSupport::JsonDetailGenerator::generate(
        {.rows = std::uint64_t(rows), .seed = 8, .withLinks = false}, [&](std::string_view piece) {
            QByteArray bytes(piece.data(), qsizetype(piece.size()));
            bytes.replace(ranAt, own);
            out.write(bytes);
        });
    out.close();
    QFile::rename(path + QStringLiteral(".part"), path);
    return path;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("binary"), QString(), QStringLiteral("PATH")},
                       {QStringLiteral("work"), QString(), QStringLiteral("DIR")},
                       {QStringLiteral("rows"), QString(), QStringLiteral("N")},
                       {QStringLiteral("hubs"), QString(), QStringLiteral("K")},
                       {QStringLiteral("executes"), QString(), QStringLiteral("E")},
                       {QStringLiteral("sqlite"), QString()},
                       {QStringLiteral("header"), QString()}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("header"))) {
        std::printf("| outbox | hubs | rows | executes | all answered s | all delivered s | "
                    "events/s | requests | peak RSS MB per hub | hub CPU s per hub |\n"
                    "|---|---|---|---|---|---|---|---|---|---|\n");
        return 0;
    }
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int hubCount = std::max(1, parser.value(QStringLiteral("hubs")).toInt());
    const int executes = std::max(1, parser.value(QStringLiteral("executes")).toInt());
    const bool sqlite = parser.isSet(QStringLiteral("sqlite"));
    const QString work = parser.value(QStringLiteral("work"));
    const QString binary = parser.value(QStringLiteral("binary"));
    QDir().mkpath(work);
    const qint64 perExecute = rows / executes;
    const qint64 wanted = perExecute * executes;

    Bench::LoopbackFileServer files;
    for (int i = 0; i < executes; ++i)
        files.serve(QByteArray("/result-") + QByteArray::number(i) + ".json",
                    writeResult(work, i, perExecute));
    const quint16 filePort = files.listen();

    // A throwaway PostgreSQL on a Unix socket, as the tests start it.
    TestSupport::PostgresCluster cluster;
    QString uri;
    QString keyFile;
    if (!sqlite) {
        QString error;
        if (!cluster.start(&error)) {
            std::printf("PostgreSQL did not start: %s\n", qPrintable(error));
            return 1;
        }
        uri = cluster.createDatabase(QStringLiteral("fleetbench"), &error);
        keyFile = TestSupport::writeSecretsKeyFile(work + QStringLiteral("/fleet.key"));
        if (uri.isEmpty() || keyFile.isEmpty()) {
            std::printf("no database: %s\n", qPrintable(error));
            return 1;
        }
    }

    Bench::CountingDataPlane sink;
    const QString sinkUrl = sink.url();

    std::vector<std::unique_ptr<QProcess>> hubs;
    std::vector<QUrl> hubUrls;
    for (int i = 0; i < hubCount; ++i) {
        const QString dataDir = QStringLiteral("%1/fleet-data-%2").arg(work).arg(i);
        QDir(dataDir).removeRecursively();
        QStringList arguments = {QStringLiteral("--headless"),
                                 QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--hub-secret"),
                                 QStringLiteral("B=bench"),
                                 QStringLiteral("--data-dir"),
                                 dataDir,
                                 QStringLiteral("--log-level"),
                                 QStringLiteral("warning")};
        if (!sqlite)
            arguments << QStringLiteral("--outbox") << uri << QStringLiteral("--secrets-key-file")
                      << keyFile;
        auto& hub = hubs.emplace_back(std::make_unique<QProcess>());
        hub->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        hub->start(binary, arguments);
        QByteArray lines;
        TestSupport::waitUntil(
            [&] {
                lines += hub->readAllStandardOutput();
                return lines.contains('\n') || hub->state() == QProcess::NotRunning;
            },
            30000);
        if (!lines.startsWith("listening on ")) {
            std::printf("hub %d did not start\n", i);
            return 1;
        }
        hubUrls.emplace_back(QString::fromLatin1(lines.split('\n').first().mid(13).trimmed()));
    }

    const QByteArray token =
        "abc/" +
        QMessageAuthenticationCode::hash("abc", "bench", QCryptographicHash::Sha512).toHex();
    QNetworkAccessManager network;
    std::vector<QNetworkReply*> replies;
    const qint64 startNs = nowNs();
    QElapsedTimer timer;
    timer.start();
    // Every execute at once, round robin over the hubs as a load balancer would.
    for (int i = 0; i < executes; ++i) {
        const QJsonObject body{
            {QStringLiteral("type"), QStringLiteral("query")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("rudder_write_key"), QStringLiteral("wk_bench")},
                         {QStringLiteral("rudder_server_url"), sinkUrl}}},
            {QStringLiteral("scheduled_plan"),
             QJsonObject{
                 {QStringLiteral("download_url"),
                  QStringLiteral("http://127.0.0.1:%1/result-%2.json").arg(filePort).arg(i)}}}};
        QNetworkRequest request(hubUrls[std::size_t(i % hubCount)].resolved(
            QUrl(QStringLiteral("/actions/rudder_event/execute"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Token token=\"" + token + "\"");
        request.setTransferTimeout(600000);
        replies.push_back(
            network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    int succeeded = 0;
    TestSupport::waitUntil(
        [&] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply* reply) { return reply->isFinished(); });
        },
        600000);
    const double answered = double(timer.nsecsElapsed()) / 1e9;
    for (QNetworkReply* reply : replies)
        succeeded += QJsonDocument::fromJson(reply->readAll().trimmed())
                         .object()
                         .value(u"looker")
                         .toObject()
                         .value(u"success")
                         .toBool();
    TestSupport::waitUntil([&] { return sink.delivered() >= wanted; }, 600000);
    const double deliveredSeconds = double(sink.lastDeliveryNs() - startNs) / 1e9;
    QStringList rss;
    QStringList cpu;
    for (const auto& hub : hubs) {
        rss << QString::number(double(Bench::procStatusKb(hub->processId(), "VmHWM:")) / 1024.0,
                               'f', 0);
        cpu << QString::number(Bench::procCpuSeconds(hub->processId()), 'f', 1);
        hub->terminate();
    }
    for (const auto& hub : hubs)
        hub->waitForFinished(60000);

    const qint64 uniqueIds = sink.uniqueMessageIds();

    const bool ok = succeeded == executes && uniqueIds == wanted;
    std::printf("| %s | %d | %lld | %d | %.2f | %.2f | %.0f | %lld | %s | %s |%s\n",
                sqlite ? "SQLite (each hub its own)" : "PostgreSQL 15 (shared)", hubCount,
                static_cast<long long>(wanted), executes, answered, deliveredSeconds,
                double(wanted) / deliveredSeconds, static_cast<long long>(sink.requests()),
                qPrintable(rss.join(QStringLiteral(", "))),
                qPrintable(cpu.join(QStringLiteral(", "))),
                ok ? ""
                   : qPrintable(QStringLiteral(" FAILED: %1 of %2 succeeded, %3 unique of %4")
                                    .arg(succeeded)
                                    .arg(executes)
                                    .arg(uniqueIds)
                                    .arg(wanted)));
    return ok ? 0 : 1;
}
