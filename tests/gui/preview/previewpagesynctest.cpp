// The Preview page with "only new or changed rows": the rows are compared with what a schedule
// of the hub the window shows last sent, read without changing it, for the hub in this process
// and the same hub through its admin API on loopback. The hub's own next run is the reference.
#include "admintesthub.h"
#include "connection/hubconnection.h"
#include "gui/preview/previewpage.h"
#include "jsondetailgenerator.h"
#include "waituntil.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "region-secret-for-preview-sync";
const QJsonObject kChanged{{QStringLiteral("send_rows"), QStringLiteral("changed")}};

class PreviewPageSync : public testing::TestWithParam<bool>, protected TestSupport::AdminTestHub {
protected:
    PreviewPageSync()
        : AdminTestHub(kSecret, QStringLiteral("wk_preview_sync")) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        scheduledPlanId = QStringLiteral("42");
        connection = connectWindow(GetParam(), AdminScope::Operate);
        ASSERT_TRUE(connection);
        page = std::make_unique<PreviewPage>(*connection, clock, ids);
        QObject::connect(page.get(), &PreviewPage::previewFinished, [this] { ++finished; });
    }
    void TearDown() override {
        page.reset();
        connection.reset();
    }

    /// Runs schedule 42 over `rows` generated rows, sending only the new or changed ones; the
    /// number the hub says changed.
    QString run(int rows) {
        const auto answer = execute(rows, "rudder_event", kChanged);
        EXPECT_TRUE(answer && answer->status == 200);
        const QJsonObject looker =
            QJsonDocument::fromJson(answer ? answer->body.trimmed() : QByteArray())
                .object()
                .value(u"looker")
                .toObject();
        return looker.value(u"message").toString();
    }

    /// Previews `input` and waits for it.
    void preview(const std::string& input) {
        const int before = finished;
        page->setInput(QByteArray::fromStdString(input));
        page->runPreview();
        ASSERT_TRUE(waitUntil([&] { return finished > before; }, 20000));
    }

    static std::string rows(int count) {
        return TestSupport::JsonDetailGenerator::generate({.rows = std::uint64_t(count)});
    }

    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<PreviewPage> page;
    int finished = 0;
};

} // namespace

TEST_P(PreviewPageSync, APickedScheduleShowsWhatItsNextRunWouldSend) {
    ASSERT_TRUE(run(5).startsWith(u"5 of 5 rows changed"));
    // Listed once the hub has remembered the run.
    const SyncScopeKey key{QStringLiteral("42"), QStringLiteral("rudder_event"),
                           QStringLiteral("Prod")};
    ASSERT_TRUE(waitUntil([&] {
        page->refreshSchedules();
        return waitUntil([&] { return page->schedulesListed(); }, 5000) && page->pickSchedule(key);
    }));
    auto* schedule = page->findChild<QComboBox*>(QStringLiteral("previewSchedule"));
    ASSERT_TRUE(schedule);
    EXPECT_TRUE(schedule->currentText().contains(u"42"));
    EXPECT_TRUE(schedule->currentText().contains(u"Prod"));
    page->setSendRows(SendRows::Changed);

    preview(rows(5));
    EXPECT_TRUE(page->messages().isEmpty()) << page->summary().toStdString();
    EXPECT_TRUE(page->summary().contains(u"0 of 5 rows changed since schedule 42 last sent them "
                                         u"to Prod"))
        << page->summary().toStdString();
    EXPECT_EQ(page->result().unchangedRows, 5u);

    preview(rows(8));
    const qsizetype previewed = page->messages().size();
    EXPECT_EQ(page->result().newRows + page->result().changedRows, quint64(previewed));
    // The preview changed nothing: the run itself sends what it showed.
    EXPECT_TRUE(run(8).startsWith(QStringLiteral("%1 of 8 rows changed").arg(previewed)));

    page->setSendRows(SendRows::All);
    preview(rows(8));
    EXPECT_EQ(page->messages().size(), 8);
}

TEST_P(PreviewPageSync, AnExecuteBodyIsComparedWithItsOwnSchedule) {
    run(4);
    const QJsonObject body{
        {u"type"_qs, u"query"_qs},
        {u"scheduled_plan"_qs, QJsonObject{{u"scheduled_plan_id"_qs, u"42"_qs}}},
        {u"form_params"_qs,
         QJsonObject{{u"destination_source"_qs, u"Prod"_qs}, {u"send_rows"_qs, u"changed"_qs}}},
        {u"attachment"_qs, QJsonObject{{u"mimetype"_qs, u"application/json"_qs},
                                       {u"data"_qs, QString::fromStdString(rows(6))}}}};
    preview(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
    EXPECT_TRUE(page->result().compared);
    EXPECT_EQ(page->result().unchangedRows, 4u) << page->summary().toStdString();
    EXPECT_EQ(page->messages().size(), 2);

    // Another schedule has sent nothing: every row is new.
    QJsonObject other = body;
    other.insert(u"scheduled_plan", QJsonObject{{u"scheduled_plan_id"_qs, u"43"_qs}});
    preview(QJsonDocument(other).toJson(QJsonDocument::Compact).toStdString());
    EXPECT_EQ(page->messages().size(), 6);
    EXPECT_TRUE(page->summary().contains(u"Schedule 43 has sent nothing to Prod"))
        << page->summary().toStdString();
}

TEST_P(PreviewPageSync, WithoutAScheduleItSaysWhyEveryRowIsShown) {
    page->setSendRows(SendRows::Changed);
    preview(rows(3));
    EXPECT_EQ(page->messages().size(), 3);
    EXPECT_FALSE(page->result().compared);
    ASSERT_FALSE(page->warnings().isEmpty());
    EXPECT_TRUE(page->warnings().join(u'\n').contains(u"Every row is shown"))
        << page->warnings().join(u'\n').toStdString();
}

TEST_P(PreviewPageSync, ARequestTheHubReceivedIsPreviewedWithItsResolvedOptions) {
    ASSERT_TRUE(waitUntil([this] { return page->requestsListed(); }));
    QJsonObject form = kChanged;
    form.insert(u"property_names", QStringLiteral("field"));
    form.insert(u"looker_context", QStringLiteral("yes"));
    const auto answer = execute(6, "rudder_event", form);
    ASSERT_TRUE(answer && answer->body.contains("\"success\":true"));
    auto* recent = page->findChild<QComboBox*>(QStringLiteral("previewRecent"));
    ASSERT_TRUE(recent);
    ASSERT_TRUE(waitUntil([&] { return recent->count() == 2; }));
    const int before = finished;
    ASSERT_TRUE(page->showReceivedRequest(0));
    ASSERT_TRUE(waitUntil([&] { return finished > before; }, 20000));
    // Compared with schedule 42 after its run: nothing is left to send.
    EXPECT_TRUE(page->result().compared) << page->summary().toStdString();
    EXPECT_EQ(page->result().scope.planId, "42");
    EXPECT_EQ(page->result().unchangedRows, 6u) << page->summary().toStdString();
    EXPECT_TRUE(page->messages().isEmpty());

    // All rows, with the request's property names and Looker context.
    page->setSendRows(SendRows::All);
    preview(rows(6));
    ASSERT_EQ(page->messages().size(), 6);
    const QJsonObject message = QJsonDocument::fromJson(page->messages()[0].toUtf8()).object();
    EXPECT_EQ(message.value(u"context")
                  .toObject()
                  .value(u"looker")
                  .toObject()
                  .value(u"scheduled_plan_id"),
              QJsonValue(42));
    for (const QString& key : message.value(u"traits").toObject().keys())
        EXPECT_FALSE(key.contains(u'.')) << "field names, not view.field: " << key.toStdString();
}

INSTANTIATE_TEST_SUITE_P(LocalAndRemote, PreviewPageSync, testing::Bool(),
                         [](const testing::TestParamInfo<bool>& param) {
                             return param.param ? "Remote" : "Local";
                         });
