#include "runsuifixture.h"

#include "hub/hubtoken.h"
#include "rawhttpclient.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ActionDeck::TestSupport {

namespace {

const QByteArray kSecret = "runs page region secret";

} // namespace

QString MarkingTranslator::translate(const char* context, const char* sourceText, const char*,
                                     int) const {
    if (qstrncmp(context, "ActionDeck::", 12) != 0)
        return {};
    return QStringLiteral("<<") + QString::fromUtf8(sourceText) + QStringLiteral(">>");
}

RunsUi::RunsUi()
    : AdminTestHub(kSecret, QStringLiteral("wk_runs_page_never_shown")) {}

void RunsUi::SetUp() {
    // Widgets need a QApplication: the test must be built with ACTIONDECK_GUI_TEST.
    ASSERT_NE(qobject_cast<QApplication*>(QCoreApplication::instance()), nullptr);
    QString error;
    ASSERT_TRUE(startHub(&error)) << error.toStdString();
    // As the window does: the hub in this process keeps its requests' results for Preview.
    hub->setKeepRecentResults(true);
    connection = connectWindow(GetParam());
    ASSERT_TRUE(connection);
    // A server's hub keeps them once a window has asked for its requests.
    // (Answered on this thread's event loop: waited for by running it.)
    const QFuture<HubReply<std::vector<ReceivedRequest>>> asked = connection->recentRequests();
    ASSERT_TRUE(waitUntil([&] { return asked.isFinished(); }));
    page = std::make_unique<RunsPage>(*connection);
    page->resize(1100, 720);
    page->show();
    ASSERT_TRUE(waitUntil([&] { return page->hasLoaded(); }));
    table = page->findChild<QTableView*>(QStringLiteral("runsTable"));
    schedule = page->findChild<QComboBox*>(QStringLiteral("runsSchedule"));
    state = page->findChild<QComboBox*>(QStringLiteral("runsState"));
    filter = page->findChild<QLineEdit*>(QStringLiteral("runsFilter"));
    bySchedule = page->findChild<QPushButton*>(QStringLiteral("runsBySchedule"));
    schedules = page->findChild<QTableView*>(QStringLiteral("runsSchedules"));
    details = page->findChild<QPlainTextEdit*>(QStringLiteral("runDetails"));
    failedBatches = page->findChild<QTableView*>(QStringLiteral("runFailedBatches"));
    showInOutbox = page->findChild<QPushButton*>(QStringLiteral("runShowInOutbox"));
    preview = page->findChild<QPushButton*>(QStringLiteral("runPreview"));
    sendNow = page->findChild<QPushButton*>(QStringLiteral("runSendNow"));
    ASSERT_TRUE(table && schedule && state && filter && bySchedule && schedules && details &&
                failedBatches && showInOutbox && preview && sendNow);
}

void RunsUi::TearDown() {
    page.reset();
    connection.reset();
    stopHub();
}

QByteArray RunsUi::users(int rows, int withoutId) {
    QJsonArray data;
    for (int i = 0; i < rows; ++i) {
        const QJsonValue id = i < rows - withoutId ? QJsonValue(QStringLiteral("user-%1").arg(i))
                                                   : QJsonValue(QJsonValue::Null);
        data.append(QJsonObject{{u"u.id"_qs, QJsonObject{{u"value"_qs, id}}},
                                {u"u.plan"_qs, QJsonObject{{u"value"_qs, u"gold"_qs}}}});
    }
    const QJsonObject fields{
        {u"dimensions"_qs,
         QJsonArray{QJsonObject{{u"name"_qs, u"u.id"_qs}, {u"tags"_qs, QJsonArray{u"user_id"_qs}}},
                    QJsonObject{{u"name"_qs, u"u.plan"_qs}}}}};
    return QJsonDocument(QJsonObject{{u"fields"_qs, fields}, {u"data"_qs, data}})
        .toJson(QJsonDocument::Compact);
}

QByteArray RunsUi::send(const QByteArray& detail, const QString& planId, const QString& title) {
    QJsonObject plan{{u"title"_qs, title}};
    if (!planId.isEmpty())
        plan.insert(u"scheduled_plan_id", planId);
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{u"type"_qs, u"query"_qs},
                        {u"form_params"_qs, QJsonObject{{u"destination_source"_qs, u"Prod"_qs}}},
                        {u"scheduled_plan"_qs, plan},
                        {u"attachment"_qs, QJsonObject{{u"mimetype"_qs, u"application/json"_qs},
                                                       {u"data"_qs, QString::fromUtf8(detail)}}}})
            .toJson(QJsonDocument::Compact);
    RawHttpClient client;
    EXPECT_TRUE(client.connect(quint16(hub->listeningUrl().port())));
    client.write("POST /actions/rudder_event/execute HTTP/1.1\r\nAuthorization: Token token=\"" +
                 HubToken::make(regionSecret, "n1") +
                 "\"\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const auto answer = client.read(30000);
    EXPECT_TRUE(answer.has_value());
    return answer ? answer->body : QByteArray();
}

std::vector<qint64> RunsUi::settledRuns(std::size_t count) {
    const auto settled = [&] {
        const std::vector<RunRecord>& runs = page->runModel().runs();
        return runs.size() == count &&
               std::none_of(runs.begin(), runs.end(), [](const RunRecord& run) {
                   return run.state == RunState::Running || run.state == RunState::Delivering;
               });
    };
    EXPECT_TRUE(waitUntil(settled, 20000)) << page->runModel().runs().size();
    std::vector<qint64> ids;
    for (const RunRecord& run : page->runModel().runs())
        ids.push_back(run.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RunsUi::sendThreeRuns() {
    EXPECT_TRUE(send(users(20), u"17"_qs, u"Daily users"_qs).contains("\"success\":true"));
    // One at a time: each run is final before the next, and the data plane's answer is the
    // next run's alone.
    settledRuns(1);
    // Rows skipped: Looker is told so, as a failure, and the rest is delivered.
    EXPECT_TRUE(send(users(20, 5), u"17"_qs, u"Daily users"_qs).contains("\"success\":false"));
    settledRuns(2);
    sink.setDefaultResponse({400, R"({"error":"Invalid write key"})", {}, 0});
    send(users(8), u"18"_qs, u"Weekly churn"_qs);
    const std::vector<qint64> ids = settledRuns(3);
    sink.setDefaultResponse({});
    ASSERT_EQ(ids.size(), 3u);
    good = ids[0];
    partial = ids[1];
    failed = ids[2];
}

QList<qint64> RunsUi::listedIds() const {
    QList<qint64> ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids.append(table->model()->index(row, 0).data(RunListModel::IdRole).toLongLong());
    return ids;
}

QString RunsUi::cell(qint64 id, int column) const {
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (index.data(RunListModel::IdRole).toLongLong() == id)
            return index.data().toString();
    }
    return QStringLiteral("<not listed>");
}

RunRecord RunsUi::runOf(qint64 id) const {
    const int row = page->runModel().rowOf(id);
    return row < 0 ? RunRecord{} : *page->runModel().runAt(row);
}

} // namespace ActionDeck::TestSupport
