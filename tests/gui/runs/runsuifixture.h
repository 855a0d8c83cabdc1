#pragma once

#include "admintesthub.h"
#include "connection/hubconnection.h"
#include "gui/runs/runfiltermodel.h"
#include "gui/runs/runlistmodel.h"
#include "gui/runs/runspage.h"
#include "waituntil.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

namespace ActionDeck::TestSupport {

/// Wraps every translated string, so a test can see which texts went through tr().
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override;
    bool isEmpty() const override { return false; }
};

/// The Runs page over a started hub delivering to the test sink, through a LocalHubConnection
/// (parameter false) or a RemoteHubConnection on loopback (true). Executes go to the hub's
/// Looker port as Looker sends them; the page is shown from the start, so what it lists came
/// live.
class RunsUi : public testing::TestWithParam<bool>, protected AdminTestHub {
protected:
    RunsUi();

    void SetUp() override;
    void TearDown() override;

    /// A json_detail of `rows` users (u.id tagged user_id), the last `withoutId` of them
    /// without one.
    static QByteArray users(int rows, int withoutId = 0);
    /// Posts an execute of `detail` to rudder_event for destination Prod, from scheduled plan
    /// `planId` titled `title` (an empty id: sent by hand); Looker's answer's body.
    QByteArray send(const QByteArray& detail, const QString& planId, const QString& title);
    /// Waits until the page lists `count` runs, none of them under way; their ids, oldest first.
    std::vector<qint64> settledRuns(std::size_t count);
    /// The page's three runs of the Checks: all delivered (plan 17), 5 of 20 rows without
    /// identity (plan 17), refused by the data plane with 400 (plan 18, "Weekly churn").
    void sendThreeRuns();

    QList<qint64> listedIds() const;
    QString cell(qint64 id, int column) const;
    RunRecord runOf(qint64 id) const;
    bool select(qint64 id) { return page->selectRun(id); }

    std::unique_ptr<HubConnection> connection;
    std::unique_ptr<RunsPage> page;
    QTableView* table = nullptr;
    QComboBox* schedule = nullptr;
    QComboBox* state = nullptr;
    QLineEdit* filter = nullptr;
    QPushButton* bySchedule = nullptr;
    QTableView* schedules = nullptr;
    QPlainTextEdit* details = nullptr;
    QTableView* failedBatches = nullptr;
    QPushButton* showInOutbox = nullptr;
    QPushButton* preview = nullptr;
    QPushButton* sendNow = nullptr;
    /// The ids of sendThreeRuns' runs.
    qint64 good = 0;
    qint64 partial = 0;
    qint64 failed = 0;
};

} // namespace ActionDeck::TestSupport
