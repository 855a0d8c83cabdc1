// End-to-end benchmark (issue 8): a generated json_detail result served on loopback as Looker's
// download_url (or sent inline), `actiondeck --headless` on a fresh data directory, a counting
// data plane, and a plain streaming parse of the same bytes for the ratios. Prints one table row.
//
//   actiondeck_e2e --binary PATH --work DIR --rows N [--inline] [--viewers N] [--changed]
//
// --viewers N: N remote windows watch the hub's Live flow through its admin API meanwhile.
// --changed: "only new or changed rows" for one schedule: the run (every row new), then the
// same result again (a second table row: its answer; peak RSS and CPU cover both runs).
#include "baselinehandlers.h"
#include "countingdataplane.h"
#include "jsondetailgenerator.h"
#include "loopbackfileserver.h"
#include "processstats.h"
#include "remoteviewers.h"
#include "systemactivitygenerator.h"
#include "waituntil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

using namespace ActionDeck;

namespace {

constexpr qint64 kPiece = 64 * 1024;

template <typename Handler> double parseSeconds(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    boost::json::basic_parser<Handler> parser{boost::json::parse_options{}};
    boost::system::error_code ec;
    while (!file.atEnd()) {
        const QByteArray piece = file.read(kPiece);
        parser.write_some(true, piece.constData(), std::size_t(piece.size()), ec);
    }
    parser.write_some(false, nullptr, 0, ec);
    if (ec || !parser.done())
        qFatal("the generated result does not parse: %s", ec.message().c_str());
    if constexpr (std::is_same_v<Handler, Bench::RowBuildingHandler>) {
        if (parser.handler().rows == 0)
            qFatal("no rows were built");
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Best of three, after a warm-up pass that also fills the page cache.
template <typename Handler> double bestParseSeconds(const QString& path) {
    parseSeconds<Handler>(path);
    double best = 1e9;
    for (int i = 0; i < 3; ++i)
        best = std::min(best, parseSeconds<Handler>(path));
    return best;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("binary"), QString(), QStringLiteral("PATH")},
                       {QStringLiteral("work"), QString(), QStringLiteral("DIR")},
                       {QStringLiteral("rows"), QString(), QStringLiteral("N")},
                       {QStringLiteral("inline"), QString()},
                       {QStringLiteral("viewers"), QString(), QStringLiteral("N")},
                       {QStringLiteral("changed"), QString()},
                       {QStringLiteral("system-activity"), QString()},
                       {QStringLiteral("header"), QString()}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("header"))) {
        std::printf("| rows | result | MB | plain parse s | parse + rows s | answered s | "
                    "× plain parse | × parse + rows | delivered s | events/s | requests | "
                    "events/request | first batch ms | peak RSS MB | hub CPU s | "
                    "viewers: messages seen / skipped |\n"
                    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        return 0;
    }
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const bool inlined = parser.isSet(QStringLiteral("inline"));
    const int viewerCount = parser.value(QStringLiteral("viewers")).toInt();
    // "Only new or changed rows" for scheduled plan 1: a first run (every row new), then the
    // same result again (none changed).
    const bool changed = parser.isSet(QStringLiteral("changed"));
    // The Rudder System Activity action: an Event Attribute result of about `rows` rows, shuffled,
    // one message per Looker event.
    const bool systemActivity = parser.isSet(QStringLiteral("system-activity"));
    TestSupport::SystemActivityGenerator::Options activity;
    activity.events = 1000;
    activity.seed = 9;
    activity.events = std::max<std::uint64_t>(
        1, std::uint64_t(rows) * 1000 / TestSupport::SystemActivityGenerator::rows(activity));
    const qint64 wanted = systemActivity ? qint64(activity.events) : rows;
    const QString work = parser.value(QStringLiteral("work"));
    QDir().mkpath(work);

    const QString resultPath = QStringLiteral("%1/result-%2%3.json")
                                   .arg(work)
                                   .arg(rows)
                                   .arg(systemActivity ? u"-system-activity" : u"");
    if (!QFile::exists(resultPath)) {
        QFile out(resultPath + QStringLiteral(".part"));
        out.open(QIODevice::WriteOnly);
        const auto write = [&out](std::string_view piece) {
            out.write(piece.data(), qint64(piece.size()));
        };
        if (systemActivity)
            TestSupport::SystemActivityGenerator::generate(activity, write);
        else
            TestSupport::JsonDetailGenerator::generate(
                {.rows = std::uint64_t(rows), .seed = 8, .withLinks = false}, write);
        out.close();
        QFile::rename(resultPath + QStringLiteral(".part"), resultPath);
    }
    const double megabytes = double(QFileInfo(resultPath).size()) / 1e6;
    const double parse = bestParseSeconds<Bench::NullHandler>(resultPath);
    const double rowsParse = bestParseSeconds<Bench::RowBuildingHandler>(resultPath);

    Bench::CountingDataPlane sink;
    const QString sinkUrl = sink.url();

    Bench::LoopbackFileServer files;
    files.serve("/result.json", resultPath);
    const quint16 filePort = files.listen();

    const QString dataDir =
        QStringLiteral("%1/data-%2-%3").arg(work).arg(rows).arg(inlined ? u"inline" : u"download");
    QDir(dataDir).removeRecursively();
    // Viewers need an admin token before the hub starts: then it opens its admin API too.
    QByteArray adminToken;
    if (viewerCount > 0) {
        QProcess create;
        create.start(parser.value(QStringLiteral("binary")),
                     {QStringLiteral("admin-token"), QStringLiteral("create"),
                      QStringLiteral("--scope"), QStringLiteral("operate"),
                      QStringLiteral("--name"), QStringLiteral("bench"),
                      QStringLiteral("--data-dir"), dataDir});
        create.waitForFinished(30000);
        adminToken = create.readAllStandardOutput().trimmed().split('\n').last().trimmed();
    }
    QStringList hubArguments = {QStringLiteral("--headless"),
                                QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--hub-secret"),
                                QStringLiteral("B=bench"),
                                QStringLiteral("--data-dir"),
                                dataDir,
                                QStringLiteral("--log-level"),
                                QStringLiteral("warning")};
    if (viewerCount > 0)
        hubArguments << QStringLiteral("--admin-listen") << QStringLiteral("127.0.0.1:0");
    QProcess hub;
    hub.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hub.start(parser.value(QStringLiteral("binary")), hubArguments);
    QByteArray lines;
    const int wantedLines = viewerCount > 0 ? 2 : 1;
    TestSupport::waitUntil([&] {
        lines += hub.readAllStandardOutput();
        return lines.count('\n') >= wantedLines;
    });
    const QList<QByteArray> said = lines.trimmed().split('\n');
    const QUrl hubUrl(QString::fromLatin1(said.value(0).mid(13).trimmed()));
    std::unique_ptr<Bench::RemoteViewers> viewers;
    if (viewerCount > 0) {
        // "admin API on URL"
        const QUrl adminUrl(QString::fromLatin1(said.value(1).mid(13).trimmed()));
        viewers = std::make_unique<Bench::RemoteViewers>(viewerCount, adminUrl, adminToken);
        if (!viewers->waitConnected(30000)) {
            std::printf("viewers could not connect to %s\n", qPrintable(adminUrl.toString()));
            return 1;
        }
    }
    const QByteArray token =
        "abc/" +
        QMessageAuthenticationCode::hash("abc", "bench", QCryptographicHash::Sha512).toHex();

    QJsonObject body{{QStringLiteral("type"), QStringLiteral("query")},
                     {QStringLiteral("data"),
                      QJsonObject{{QStringLiteral("rudder_write_key"), QStringLiteral("wk_bench")},
                                  {QStringLiteral("rudder_server_url"), sinkUrl}}}};
    if (inlined) {
        QFile file(resultPath);
        file.open(QIODevice::ReadOnly);
        body.insert(QStringLiteral("attachment"),
                    QJsonObject{{QStringLiteral("mimetype"), QStringLiteral("application/json")},
                                {QStringLiteral("data"), QString::fromUtf8(file.readAll())}});
    } else {
        body.insert(QStringLiteral("scheduled_plan"),
                    QJsonObject{{QStringLiteral("download_url"),
                                 QStringLiteral("http://127.0.0.1:%1/result.json").arg(filePort)}});
    }
    if (changed) {
        QJsonObject plan = body.value(u"scheduled_plan").toObject();
        plan.insert(QStringLiteral("scheduled_plan_id"), 1);
        body.insert(QStringLiteral("scheduled_plan"), plan);
        body.insert(QStringLiteral("form_params"),
                    QJsonObject{{QStringLiteral("send_rows"), QStringLiteral("changed")}});
    }
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    body = {};

    QNetworkAccessManager network;
    QNetworkRequest request(hubUrl.resolved(
        QUrl(systemActivity ? QStringLiteral("/actions/rudder_system_activity/execute")
                            : QStringLiteral("/actions/rudder_event/execute"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Token token=\"" + token + "\"");
    request.setTransferTimeout(600000);
    const qint64 startNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = network.post(request, payload);
    TestSupport::waitUntil([&] { return reply->isFinished(); }, 600000);
    const double answered = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray answer = reply->readAll().trimmed();
    const bool success = QJsonDocument::fromJson(answer)
                             .object()
                             .value(u"looker")
                             .toObject()
                             .value(u"success")
                             .toBool();
    TestSupport::waitUntil([&] { return sink.delivered() >= wanted; }, 600000);
    const double deliveredSeconds = double(sink.lastDeliveryNs() - startNs) / 1e9;
    // Before a rerun reads the result again.
    const qint64 firstInputNs = inlined ? startNs : files.firstByteNs();
    double rerunAnswered = 0;
    QString rerunMessage;
    if (changed) {
        QElapsedTimer rerun;
        rerun.start();
        QNetworkReply* again = network.post(request, payload);
        TestSupport::waitUntil([&] { return again->isFinished(); }, 600000);
        rerunAnswered = double(rerun.nsecsElapsed()) / 1e9;
        rerunMessage = QJsonDocument::fromJson(again->readAll().trimmed())
                           .object()
                           .value(u"looker")
                           .toObject()
                           .value(u"message")
                           .toString();
    }
    QString viewerText = QStringLiteral("—");
    if (viewers) {
        viewers->waitAccounted(rows, 60000);
        QStringList parts;
        for (std::size_t i = 0; i < viewers->size(); ++i)
            parts << QStringLiteral("%1 / %2").arg(viewers->seen(i)).arg(viewers->skipped(i));
        viewerText = parts.join(QStringLiteral("; "));
    }
    const qint64 peakKb = Bench::procStatusKb(hub.processId(), "VmHWM:");
    const double cpu = Bench::procCpuSeconds(hub.processId());
    viewers.reset();
    hub.terminate();
    hub.waitForFinished(60000);

    const qint64 uniqueIds = sink.uniqueMessageIds();

    std::printf(
        "| %lld%s%s | %s | %.0f | %.2f | %.2f | %.2f | %.1f | %.1f | %.2f | %.0f | %lld | %.0f "
        "| %.0f | %.0f | %.1f | %s |%s\n",
        static_cast<long long>(rows),
        systemActivity ? qPrintable(QStringLiteral(" System Activity (%1 events)").arg(wanted))
                       : "",
        viewerCount > 0 ? qPrintable(QStringLiteral(" + %1 viewers").arg(viewerCount)) : "",
        inlined ? "inline" : "download_url", megabytes, parse, rowsParse, answered,
        answered / parse, answered / rowsParse, deliveredSeconds, double(wanted) / deliveredSeconds,
        static_cast<long long>(sink.requests()),
        double(sink.delivered()) / double(std::max<qint64>(1, sink.requests())),
        double(sink.firstRequestNs() - firstInputNs) / 1e6, double(peakKb) / 1024.0, cpu,
        qPrintable(viewerText),
        success && uniqueIds == wanted
            ? ""
            : qPrintable(QStringLiteral(" FAILED: success=%1 unique=%2 answer=%3")
                             .arg(success)
                             .arg(uniqueIds)
                             .arg(QString::fromUtf8(answer.left(300)))));
    if (changed)
        std::printf(
            "| %lld, again (only changed) | %s | %.0f | %.2f | %.2f | %.2f | %.1f | %.1f | — "
            "| — | — | — | — | %.0f | %.1f | %s |\n",
            static_cast<long long>(rows), inlined ? "inline" : "download_url", megabytes, parse,
            rowsParse, rerunAnswered, rerunAnswered / parse, rerunAnswered / rowsParse,
            double(peakKb) / 1024.0, cpu, qPrintable(rerunMessage));
    return success && uniqueIds == wanted ? 0 : 1;
}
