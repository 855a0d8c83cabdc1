#include "outboxuifixture.h"

#include "connection/localhubconnection.h"
#include "connection/remotehubconnection.h"

#include <QApplication>

namespace ActionDeck::TestSupport {

namespace {

const QByteArray kSecret = "outbox page secret";

} // namespace

NewBatch batch(const std::string& prefix, int messages, const QString& failure) {
    NewBatch b;
    b.target = {QStringLiteral("http://127.0.0.1:9/v1/batch"), QStringLiteral("wk_test")};
    b.origin = QStringLiteral("rudder_event execute %1").arg(QString::fromStdString(prefix));
    for (int i = 0; i < messages; ++i) {
        if (i)
            b.payload += '\n';
        b.payload += R"({"messageId":")" + prefix + "-" + std::to_string(i) + R"(","userId":"u"})";
    }
    b.messageCount = messages;
    b.failure = failure;
    return b;
}

std::vector<std::string> messagesOf(const std::string& prefix, int messages) {
    std::vector<std::string> lines;
    for (int i = 0; i < messages; ++i)
        lines.push_back(R"({"messageId":")" + prefix + "-" + std::to_string(i) +
                        R"(","userId":"u"})");
    return lines;
}

OutboxUi::OutboxUi()
    : AdminTestHub(kSecret, QStringLiteral("wk_outbox_page_never_shown_5")) {
    hubClock = &fixedClock;
}

void OutboxUi::SetUp() {
    // Widgets need a QApplication: the test must be built with ACTIONDECK_GUI_TEST.
    ASSERT_NE(qobject_cast<QApplication*>(QCoreApplication::instance()), nullptr);
    QString error;
    ASSERT_TRUE(startHub(&error)) << error.toStdString();
    hub->delivery().stop();
    outbox = &hub->outbox();
    if (GetParam()) {
        auto remote = std::make_unique<RemoteHubConnection>(
            RemoteHubSettings{QStringLiteral("staging"),
                              server->url(),
                              createToken(QStringLiteral("window"), AdminScope::Admin),
                              {}});
        remote->setBackoff(50, 200);
        connection = std::move(remote);
    } else {
        connection = std::make_unique<LocalHubConnection>(*hub, *service);
    }
    QObject::connect(connection.get(), &HubConnection::batchesChanged,
                     [this](const QList<BatchStateChange>& changes) {
                         ++changeSignals;
                         for (const BatchStateChange& c : changes)
                             changedIds.insert(c.id);
                     });
    connection->open();
    ASSERT_TRUE(waitUntil([this] {
        return connection->state() == HubConnection::State::Connected;
    })) << connection->stateReason().toStdString();
    page = std::make_unique<OutboxPage>(*connection);
    QObject::connect(page.get(), &OutboxPage::refreshed, [this] { ++refreshes; });
    QObject::connect(page.get(), &OutboxPage::retryFinished, [this](int n) { retried = n; });
    QObject::connect(page.get(), &OutboxPage::discardFinished, [this](int n) { discarded = n; });
    QObject::connect(page.get(), &OutboxPage::exportFinished,
                     [this](int written, const QString& problem) {
                         exported = written;
                         exportError = problem;
                     });
    table = page->findChild<QTableView*>(QStringLiteral("outboxTable"));
    state = page->findChild<QComboBox*>(QStringLiteral("outboxState"));
    details = page->findChild<QPlainTextEdit*>(QStringLiteral("outboxDetails"));
    retry = page->findChild<QPushButton*>(QStringLiteral("outboxRetry"));
    discard = page->findChild<QPushButton*>(QStringLiteral("outboxDiscard"));
    exportButton = page->findChild<QPushButton*>(QStringLiteral("outboxExport"));
    ASSERT_TRUE(table && state && details && retry && discard && exportButton);
    sync = page->findChild<SyncStateSection*>(QStringLiteral("syncStateSection"));
    syncTable = page->findChild<QTableWidget*>(QStringLiteral("syncStateTable"));
    forget = page->findChild<QPushButton*>(QStringLiteral("syncStateForget"));
    ASSERT_TRUE(sync && syncTable && forget);
    QObject::connect(sync, &SyncStateSection::refreshed, [this] { ++syncRefreshes; });
    QObject::connect(sync, &SyncStateSection::forgetFinished,
                     [this](int n, const QString& problem) {
                         forgotten = n;
                         forgetError = problem;
                     });
}

void OutboxUi::TearDown() {
    // Outbox calls still under way answer a page that is still there.
    if (page) {
        EXPECT_TRUE(waitUntil([&] { return !page->isBusy() && !(sync && sync->isBusy()); }));
    }
    // Before the fixed clock, a member of this class, while the base's hub uses it.
    page.reset();
    connection.reset();
    stopHub();
}

} // namespace ActionDeck::TestSupport
