// The Outbox page's "Only new or changed rows" section, against the hub in this process and the
// same hub through its admin API: what each schedule's scope remembers, refreshed when shown and
// after executes, and forgotten (after a confirmation) so that the next run sends every row.
#include "outboxuifixture.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

using namespace ActionDeck;
using namespace ActionDeck::TestSupport;

namespace {

int rowOf(QTableWidget* table, const QString& planId) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, SyncStateSection::ScheduleColumn)->text() == planId)
            return row;
    }
    return -1;
}

} // namespace

TEST_P(OutboxUi, SyncSectionListsWhatEachScheduleRemembers) {
    openSyncScope(QStringLiteral("17"), QStringLiteral("rudder_event"), 1234);
    openSyncScope(QStringLiteral("23"), QStringLiteral("rudder_track"), 5);
    const int before = syncRefreshes;
    showPage();
    ASSERT_TRUE(waitUntil([&] { return syncRefreshes > before; }));
    QStringList rows = syncRows();
    rows.sort();
    EXPECT_EQ(rows, (QStringList{QStringLiteral("17|rudder_event|Prod|") + QLocale().toString(1234),
                                 QStringLiteral("23|rudder_track|Prod|5")}));
    const int row = rowOf(syncTable, QStringLiteral("17"));
    ASSERT_GE(row, 0);
    // The fixed clock of the hub: when the scope was opened.
    EXPECT_EQ(syncTable->item(row, SyncStateSection::LastRunColumn)->text(),
              QLocale().toString(QDateTime::fromMSecsSinceEpoch(kNow).toLocalTime(),
                                 QLocale::ShortFormat));
    EXPECT_FALSE(forget->isEnabled()) << "nothing selected";
    auto* status = page->findChild<QLabel*>(QStringLiteral("syncStateStatus"));
    ASSERT_TRUE(status);
    EXPECT_FALSE(status->text().isEmpty());
}

TEST_P(OutboxUi, SyncSectionSaysWhenNothingIsRemembered) {
    showPage();
    ASSERT_TRUE(waitUntil([&] { return syncRefreshes > 0; }));
    EXPECT_EQ(syncTable->rowCount(), 0);
    auto* status = page->findChild<QLabel*>(QStringLiteral("syncStateStatus"));
    ASSERT_TRUE(status);
    EXPECT_EQ(status->text(), QStringLiteral("No schedule sends only new or changed rows yet."));
}

TEST_P(OutboxUi, SyncSectionFollowsExecutes) {
    showPage();
    ASSERT_TRUE(waitUntil([&] { return syncRefreshes > 0; }));
    ASSERT_EQ(syncTable->rowCount(), 0);
    scheduledPlanId = QStringLiteral("42");
    const auto answer =
        execute(4, "rudder_event", {{QStringLiteral("send_rows"), QStringLiteral("changed")}});
    ASSERT_TRUE(answer);
    ASSERT_TRUE(answer->body.contains("\"success\":true")) << answer->body.constData();
    // No refresh asked for: the execute's end is enough.
    ASSERT_TRUE(waitUntil([&] {
        return syncRows() == QStringList{QStringLiteral("42|rudder_event|Prod|4")};
    })) << syncRows().join(u',').toStdString();
}

TEST_P(OutboxUi, ForgetButtonAsksThenForgetsTheSelectedSchedules) {
    openSyncScope(QStringLiteral("17"), QStringLiteral("rudder_event"), 3);
    openSyncScope(QStringLiteral("17"), QStringLiteral("rudder_track"), 4);
    openSyncScope(QStringLiteral("23"), QStringLiteral("rudder_track"), 5);
    showPage();
    ASSERT_TRUE(waitUntil([&] { return syncTable->rowCount() == 3; }));
    syncTable->selectRow(rowOf(syncTable, QStringLiteral("17")));
    EXPECT_EQ(sync->selectedSchedules(), QStringList{QStringLiteral("17")});
    ASSERT_TRUE(forget->isEnabled());

    const auto answer = [this](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, page.get(), [this, button] {
            auto* box =
                page->findChild<QMessageBox*>(QStringLiteral("syncStateForgetConfirmation"));
            ASSERT_TRUE(box);
            EXPECT_TRUE(box->text().contains(QStringLiteral("17"))) << box->text().toStdString();
            EXPECT_TRUE(box->text().contains(QStringLiteral("sends every row")))
                << box->text().toStdString();
            box->button(button)->click();
        });
        forget->click(); // returns once the box is answered
    };
    answer(QMessageBox::Cancel);
    TestSupport::processEventsFor(200);
    EXPECT_EQ(forgotten, -1);
    EXPECT_EQ(outbox->syncScopes().result().size(), 3u);

    answer(QMessageBox::Yes);
    ASSERT_TRUE(waitUntil([&] { return forgotten >= 0; }));
    EXPECT_EQ(forgotten, 2) << "both of schedule 17's scopes";
    EXPECT_TRUE(forgetError.isEmpty()) << forgetError.toStdString();
    ASSERT_TRUE(waitUntil([&] { return syncTable->rowCount() == 1; }));
    EXPECT_EQ(syncRows(), QStringList{QStringLiteral("23|rudder_track|Prod|5")});
    const std::vector<SyncScopeInfo> left = outbox->syncScopes().result();
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0].planId, QStringLiteral("23"));
}

TEST_P(OutboxUi, ForgettingSeveralSchedulesAddsThemUp) {
    openSyncScope(QStringLiteral("17"), QStringLiteral("rudder_event"), 3);
    openSyncScope(QStringLiteral("23"), QStringLiteral("rudder_track"), 5);
    openSyncScope(QStringLiteral("31"), QStringLiteral("rudder_group"), 6);
    showPage();
    ASSERT_TRUE(waitUntil([&] { return syncTable->rowCount() == 3; }));
    sync->forgetSchedules({QStringLiteral("17"), QStringLiteral("31")});
    ASSERT_TRUE(waitUntil([&] { return forgotten >= 0; }));
    EXPECT_EQ(forgotten, 2);
    ASSERT_TRUE(waitUntil([&] { return syncTable->rowCount() == 1; }));
    EXPECT_EQ(syncRows(), QStringList{QStringLiteral("23|rudder_track|Prod|5")});

    forgotten = -1;
    sync->forgetSchedules({});
    EXPECT_EQ(forgotten, 0) << "nothing to forget answers at once";
    EXPECT_FALSE(forgetError.isEmpty());
}
