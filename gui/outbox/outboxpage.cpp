#include "gui/outbox/outboxpage.h"

#include "connection/hubconnection.h"
#include "gui/outbox/batchactionbar.h"
#include "gui/outbox/batchdetailsview.h"
#include "gui/outbox/batchlistmodel.h"
#include "gui/outbox/batchtableview.h"
#include "gui/outbox/syncstatesection.h"
#include "gui/widgets/whenready.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ActionDeck {

namespace {

constexpr int kRefreshDelayMs = 300;

std::vector<std::optional<BatchState>> statesOf(OutboxPage::Filter filter) {
    switch (filter) {
    case OutboxPage::Filter::PendingAndFailed:
        // Failed first: when the list is cut at the limit, they are what needs a person.
        return {BatchState::Failed, BatchState::Pending};
    case OutboxPage::Filter::Pending:
        return {BatchState::Pending};
    case OutboxPage::Filter::Failed:
        return {BatchState::Failed};
    case OutboxPage::Filter::Delivered:
        return {BatchState::Delivered};
    case OutboxPage::Filter::All:
        break;
    }
    return {std::nullopt};
}

qint64 totalOf(OutboxPage::Filter filter, const OutboxCounts& counts) {
    switch (filter) {
    case OutboxPage::Filter::PendingAndFailed:
        return counts.pendingBatches + counts.failedBatches;
    case OutboxPage::Filter::Pending:
        return counts.pendingBatches;
    case OutboxPage::Filter::Failed:
        return counts.failedBatches;
    case OutboxPage::Filter::Delivered:
        return counts.deliveredBatches;
    case OutboxPage::Filter::All:
        break;
    }
    return counts.pendingBatches + counts.failedBatches + counts.deliveredBatches;
}

} // namespace

OutboxPage::OutboxPage(HubConnection& hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_refreshTimer(new QTimer(this))
    , m_state(new QComboBox(this))
    , m_stateLabel(new QLabel(this))
    , m_runChip(new QPushButton(this))
    , m_counts(new QLabel(this))
    , m_truncated(new QLabel(this))
    , m_table(new BatchTableView(this))
    , m_details(new BatchDetailsView(*m_table, this))
    , m_actions(new BatchActionBar(hub, *m_table, this))
    , m_refresh(new QPushButton(this))
    , m_sync(new SyncStateSection(hub, this)) {
    buildUi();
    retranslateUi();
    m_state->setCurrentIndex(0);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &OutboxPage::refresh);
    connect(&m_hub, &HubConnection::batchesChanged, this, &OutboxPage::scheduleRefresh);
    connect(&m_hub, &HubConnection::resynced, this, &OutboxPage::scheduleRefresh);
    // A server's hub reports its totals once a second, after the change that moved them: the
    // page fetches again when they no longer match what it shows.
    showHolders();
    connect(&m_hub, &HubConnection::snapshotChanged, this, [this] {
        showHolders();
        const OutboxCounts& now = m_hub.snapshot().counts;
        if (!m_hub.isLocal() && (now.pendingMessages != m_countsValue.pendingMessages ||
                                 now.failedMessages != m_countsValue.failedMessages))
            scheduleRefresh();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &OutboxPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxPage::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, m_details,
            &BatchDetailsView::showSelection);
    connect(m_refresh, &QPushButton::clicked, this, &OutboxPage::refresh);
    connect(m_runChip, &QPushButton::clicked, this, [this] { showRun(0); });
    connect(m_refresh, &QPushButton::clicked, m_sync, &SyncStateSection::refresh);
    connect(m_actions, &BatchActionBar::retryFinished, this, &OutboxPage::retryFinished);
    connect(m_actions, &BatchActionBar::discardFinished, this, &OutboxPage::discardFinished);
    connect(m_actions, &BatchActionBar::exportFinished, this, &OutboxPage::exportFinished);
    connect(m_actions, &BatchActionBar::batchesEdited, this, &OutboxPage::refresh);
    m_actions->updateButtons();
    m_details->showSelection();
}

OutboxPage::~OutboxPage() = default;

void OutboxPage::buildUi() {
    m_state->setObjectName(QStringLiteral("outboxState"));
    m_runChip->setObjectName(QStringLiteral("outboxRunFilter"));
    m_counts->setObjectName(QStringLiteral("outboxCounts"));
    m_truncated->setObjectName(QStringLiteral("outboxTruncated"));
    m_refresh->setObjectName(QStringLiteral("outboxRefresh"));

    m_stateLabel->setBuddy(m_state);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setWordWrap(true); // long in Spanish; must not widen the window
    m_truncated->setWordWrap(true);
    m_truncated->hide();
    m_runChip->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_runChip);
    filters->addWidget(m_counts, 1);
    filters->addWidget(m_refresh);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_truncated);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_actions);
    layout->addWidget(m_sync);
}

void OutboxPage::showHolders() {
    // Only hubs sharing an outbox hold each other's batches.
    m_table->setColumnHidden(BatchListModel::HolderColumn, !m_hub.snapshot().sharedOutbox());
}

void OutboxPage::setFilter(Filter filter) {
    m_state->setCurrentIndex(std::max(0, m_state->findData(int(filter))));
}

OutboxPage::Filter OutboxPage::filter() const {
    return Filter(m_state->currentData().toInt());
}

void OutboxPage::showRun(qint64 runId) {
    m_runId = std::max<qint64>(0, runId);
    m_runChip->setVisible(m_runId > 0);
    retranslateRunChip();
    refresh();
}

void OutboxPage::retranslateRunChip() {
    m_runChip->setText(tr("Run %1  ×").arg(m_runId));
    m_runChip->setToolTip(
        tr("Only the batches of run %1 are shown; click to show every run's.").arg(m_runId));
}

QList<qint64> OutboxPage::selectedIds() const {
    return m_table->selectedIds();
}

void OutboxPage::selectIds(const QList<qint64>& ids) {
    m_table->restoreSelection(ids, ids.isEmpty() ? -1 : ids.first());
}

bool OutboxPage::isBusy() const {
    return m_actions->isBusy();
}

void OutboxPage::retryBatches(const QList<qint64>& ids) {
    m_actions->retryBatches(ids);
}

void OutboxPage::discardBatches(const QList<qint64>& ids) {
    m_actions->discardBatches(ids);
}

void OutboxPage::exportBatches(const QList<qint64>& ids, const QString& path) {
    m_actions->exportBatches(ids, path);
}

void OutboxPage::selectionChanged() {
    m_details->showSelection();
    m_actions->updateButtons();
}

void OutboxPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutboxPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OutboxPage::retranslateUi() {
    m_stateLabel->setText(tr("&Show:"));
    const int current = m_state->currentIndex();
    {
        const QSignalBlocker blocker(m_state);
        m_state->clear();
        m_state->addItem(tr("Pending and failed"), int(Filter::PendingAndFailed));
        m_state->addItem(tr("Pending"), int(Filter::Pending));
        m_state->addItem(tr("Failed"), int(Filter::Failed));
        m_state->addItem(tr("Delivered"), int(Filter::Delivered));
        m_state->addItem(tr("All"), int(Filter::All));
        m_state->setCurrentIndex(std::max(0, current));
    }
    m_refresh->setText(tr("Re&fresh"));
    retranslateRunChip();
    showCounts();
}

void OutboxPage::scheduleRefresh() {
    // Hidden pages only note that they are out of date; a visible one refreshes at most once
    // per interval however many changes arrive (the timer is not restarted by each).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void OutboxPage::refresh() {
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_stale = false;
    m_refreshTimer->stop();
    whenReady(m_hub.counts(), m_hub, this, [this](const HubReply<OutboxCounts>& counts) {
        if (!counts.ok())
            return showProblem(counts.error);
        m_countsValue = counts.value;
        showCounts();
        listBatches(statesOf(filter()), {});
    });
}

void OutboxPage::listBatches(std::vector<std::optional<BatchState>> states,
                             std::vector<BatchInfo> listed) {
    const std::optional<BatchState> state = states.front();
    states.erase(states.begin());
    // One more than the limit tells whether the list was cut.
    whenReady(m_hub.batches(state, kRowLimit + 1, 0, m_runId), m_hub, this,
              [this, states = std::move(states),
               listed = std::move(listed)](HubReply<std::vector<BatchInfo>> batches) mutable {
                  if (!batches.ok())
                      return showProblem(batches.error);
                  listed.insert(listed.end(), std::make_move_iterator(batches.value.begin()),
                                std::make_move_iterator(batches.value.end()));
                  if (!states.empty() && listed.size() <= kRowLimit)
                      listBatches(std::move(states), std::move(listed));
                  else
                      showBatches(std::move(listed));
              });
}

void OutboxPage::showBatches(std::vector<BatchInfo> batches) {
    m_isTruncated = batches.size() > kRowLimit;
    if (m_isTruncated)
        batches.resize(kRowLimit);
    m_table->showBatches(std::move(batches));
    // "No batches" or "select one" follows the rows even without a selection.
    m_details->showSelection();
    showCounts();
    m_actions->updateButtons();
    m_refreshing = false;
    emit refreshed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void OutboxPage::showProblem(const QString& error) {
    // The hub could not be asked (a remote one unreachable): the rows shown stay as they were.
    m_counts->setText(tr("The outbox of %1 could not be read: %2").arg(m_hub.name(), error));
    m_refreshing = false;
    emit refreshed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void OutboxPage::showCounts() {
    const QLocale locale;
    const auto part = [&locale](const QString& state, qint64 batches, qint64 messages) {
        return tr("%1 — batches: %2, messages: %3")
            .arg(state, locale.toString(batches), locale.toString(messages));
    };
    const OutboxCounts& c = m_countsValue;
    m_counts->setText(
        part(BatchListModel::stateName(BatchState::Pending), c.pendingBatches, c.pendingMessages) +
        QStringLiteral(" · ") +
        part(BatchListModel::stateName(BatchState::Failed), c.failedBatches, c.failedMessages) +
        QStringLiteral(" · ") +
        part(BatchListModel::stateName(BatchState::Delivered), c.deliveredBatches,
             c.deliveredMessages));
    m_truncated->setVisible(m_isTruncated);
    if (m_isTruncated)
        m_truncated->setText(
            tr("Showing the first %1 of %2 batches. The command line lists and exports all of "
               "them: actiondeck outbox list | export.")
                .arg(locale.toString(kRowLimit),
                     locale.toString(
                         std::max<qint64>(kRowLimit + 1, totalOf(filter(), m_countsValue)))));
}

} // namespace ActionDeck
