#include "gui/runs/runspage.h"

#include "connection/hubconnection.h"
#include "gui/runs/runactionbar.h"
#include "gui/runs/rundetailsview.h"
#include "gui/runs/runfeed.h"
#include "gui/runs/runfiltermodel.h"
#include "gui/runs/runlistmodel.h"
#include "gui/runs/schedulesummarymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ActionDeck {

namespace {

constexpr RunState kStates[] = {RunState::Running, RunState::Delivering, RunState::Succeeded,
                                RunState::Partial, RunState::Failed,     RunState::Interrupted};

void setUpTable(QTableView& table) {
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setSelectionMode(QAbstractItemView::SingleSelection);
    table.setWordWrap(false);
    table.verticalHeader()->hide();
    table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 6);
    table.horizontalHeader()->setStretchLastSection(true);
}

} // namespace

RunsPage::RunsPage(HubConnection& hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_model(new RunListModel(this))
    , m_filter(new RunFilterModel(*m_model, this))
    , m_summaries(new ScheduleSummaryModel(this))
    , m_feed(new RunFeed(hub, *m_model, this))
    , m_scheduleLabel(new QLabel(this))
    , m_schedule(new QComboBox(this))
    , m_stateLabel(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_bySchedule(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_schedules(new QTableView(this))
    , m_table(new QTableView(this))
    , m_details(new RunDetailsView(hub, this))
    , m_actions(new RunActionBar(hub, this)) {
    buildUi();
    retranslateUi();

    connect(m_feed, &RunFeed::loaded, this, [this] {
        m_problem.clear();
        m_summaries->summarize(m_model->runs());
        if (!m_columnsSized && m_model->rowCount() > 0)
            sizeColumns();
        // Read anew, the rows were reset: the run shown before stays selected.
        if (m_shownId > 0)
            selectRun(m_shownId);
        showSelected();
        showSummary();
        emit refreshed();
    });
    connect(m_feed, &RunFeed::problem, this, [this](const QString& error) {
        m_problem = error;
        showSummary();
        emit refreshed();
    });
    connect(m_feed, &RunFeed::runUpdated, this, &RunsPage::runUpdated);
    // A new schedule is a new row of the view by schedule, and a new choice of the filter.
    connect(m_summaries, &QAbstractItemModel::modelReset, this, &RunsPage::fillScheduleCombo);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &RunsPage::scheduleChosen);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_state->currentData();
        m_filter->setState(state.isValid() ? std::optional(RunState(state.toInt())) : std::nullopt);
        showSelected();
        showSummary();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        showSelected();
        showSummary();
    });
    connect(m_bySchedule, &QPushButton::toggled, m_schedules, &QWidget::setVisible);
    connect(m_refresh, &QPushButton::clicked, this, &RunsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RunsPage::showSelected);
    connect(m_schedules->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RunsPage::scheduleRowChosen);
    connect(m_details, &RunDetailsView::showInOutbox, this, &RunsPage::showRunInOutbox);
    connect(m_actions, &RunActionBar::previewRequested, this, &RunsPage::previewRun);
    connect(m_actions, &RunActionBar::sendAccepted, this, &RunsPage::sendAccepted);
    showSelected();
}

RunsPage::~RunsPage() = default;

void RunsPage::buildUi() {
    m_schedule->setObjectName(QStringLiteral("runsSchedule"));
    m_state->setObjectName(QStringLiteral("runsState"));
    m_search->setObjectName(QStringLiteral("runsFilter"));
    m_bySchedule->setObjectName(QStringLiteral("runsBySchedule"));
    m_refresh->setObjectName(QStringLiteral("runsRefresh"));
    m_summary->setObjectName(QStringLiteral("runsSummary"));
    m_schedules->setObjectName(QStringLiteral("runsSchedules"));
    m_table->setObjectName(QStringLiteral("runsTable"));

    m_scheduleLabel->setBuddy(m_schedule);
    m_stateLabel->setBuddy(m_state);
    // Long plan titles must not widen the window: the list opens as wide as it needs.
    m_schedule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_schedule->setMinimumContentsLength(14);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_bySchedule->setCheckable(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpTable(*m_table);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunListModel::TimeColumn, Qt::DescendingOrder);
    setUpTable(*m_schedules);
    m_schedules->setModel(m_summaries);
    m_schedules->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scheduleLabel);
    filters->addWidget(m_schedule);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_bySchedule);
    filters->addWidget(m_refresh);
    auto* lists = new QSplitter(Qt::Horizontal, this);
    lists->setChildrenCollapsible(false);
    lists->addWidget(m_schedules);
    lists->addWidget(m_table);
    lists->setStretchFactor(0, 2);
    lists->setStretchFactor(1, 5);
    auto* below = new QWidget(this);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_details, 1);
    belowLayout->addWidget(m_actions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(lists);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void RunsPage::setLookerAccount(LookerAccount* account) {
    m_actions->setLookerAccount(account);
}

void RunsPage::setScheduleFilter(const std::optional<QString>& planId) {
    for (int i = 0; i < m_schedule->count(); ++i) {
        const QVariant item = m_schedule->itemData(i);
        if (planId ? item.isValid() && item.toString() == *planId : !item.isValid()) {
            m_schedule->setCurrentIndex(i);
            return;
        }
    }
}

void RunsPage::setStateFilter(const std::optional<RunState>& state) {
    m_state->setCurrentIndex(state ? std::max(0, m_state->findData(int(*state))) : 0);
}

void RunsPage::setTextFilter(const QString& text) {
    m_search->setText(text);
}

void RunsPage::setBySchedule(bool on) {
    m_bySchedule->setChecked(on);
}

bool RunsPage::bySchedule() const {
    return m_bySchedule->isChecked();
}

bool RunsPage::hasLoaded() const {
    return m_feed->hasLoaded();
}

bool RunsPage::selectRun(qint64 id) {
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

std::optional<RunRecord> RunsPage::selectedRun() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    const RunRecord* run = m_filter->runAt(current.row());
    return run ? std::optional(*run) : std::nullopt;
}

void RunsPage::refresh() {
    m_feed->reload();
}

void RunsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_feed->setActive(true);
}

void RunsPage::hideEvent(QHideEvent* event) {
    m_feed->setActive(false);
    QWidget::hideEvent(event);
}

void RunsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RunsPage::retranslateUi() {
    m_scheduleLabel->setText(tr("Sc&hedule:"));
    m_stateLabel->setText(tr("S&tate:"));
    m_search->setPlaceholderText(tr("Filter by schedule, action, source or Looker's message"));
    m_bySchedule->setText(tr("&By schedule"));
    m_bySchedule->setToolTip(tr("Each schedule with its number of runs and its last good run; "
                                "pick one to see its runs"));
    m_refresh->setText(tr("Re&fresh"));
    fillScheduleCombo();
    fillStateCombo();
    m_model->retranslate();
    m_summaries->retranslate();
    showSummary();
}

void RunsPage::fillScheduleCombo() {
    const QVariant current = m_schedule->currentData();
    const bool hadChoice = m_schedule->currentIndex() > 0;
    const QSignalBlocker blocker(m_schedule);
    m_schedule->clear();
    m_schedule->addItem(tr("All schedules"));
    bool byHand = false;
    for (const ScheduleSummaryModel::Summary& summary : m_summaries->summaries()) {
        if (summary.planId.isEmpty()) {
            byHand = true;
            continue;
        }
        m_schedule->addItem(summary.title, summary.planId);
        m_schedule->setItemData(m_schedule->count() - 1,
                                tr("Scheduled plan %1").arg(summary.planId), Qt::ToolTipRole);
    }
    // Sent by hand last, as in the view by schedule.
    if (byHand)
        m_schedule->addItem(RunListModel::scheduleText({}), QVariant(QString()));
    int index = 0;
    if (hadChoice) {
        for (int i = 1; i < m_schedule->count(); ++i)
            if (m_schedule->itemData(i).toString() == current.toString())
                index = i;
        // A schedule chosen and no longer listed stays chosen, by its id.
        if (index == 0) {
            m_schedule->addItem(tr("Schedule %1").arg(current.toString()), current);
            index = m_schedule->count() - 1;
        }
    }
    m_schedule->setCurrentIndex(index);
    selectScheduleRow();
}

void RunsPage::fillStateCombo() {
    const int current = std::max(0, m_state->currentIndex());
    const QSignalBlocker blocker(m_state);
    m_state->clear();
    m_state->addItem(tr("All states"));
    for (const RunState state : kStates)
        m_state->addItem(RunListModel::stateName(state), int(state));
    m_state->setCurrentIndex(current);
}

void RunsPage::scheduleChosen() {
    const QVariant chosen = m_schedule->currentData();
    const std::optional<QString> planId =
        chosen.isValid() ? std::optional(chosen.toString()) : std::nullopt;
    m_filter->setSchedule(planId);
    selectScheduleRow();
    showSelected();
    showSummary();
}

void RunsPage::selectScheduleRow() {
    // The view by schedule shows the filter's choice (without choosing it again).
    const std::optional<QString>& planId = m_filter->schedule();
    const int row = planId ? m_summaries->rowOf(*planId) : -1;
    const bool wasSyncing = std::exchange(m_syncingSchedules, true);
    if (row < 0)
        m_schedules->selectionModel()->clear();
    else
        m_schedules->selectionModel()->setCurrentIndex(m_summaries->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    m_syncingSchedules = wasSyncing;
}

void RunsPage::scheduleRowChosen() {
    const QModelIndex current = m_schedules->selectionModel()->currentIndex();
    if (m_syncingSchedules || !current.isValid())
        return;
    setScheduleFilter(current.data(ScheduleSummaryModel::PlanIdRole).toString());
}

void RunsPage::runUpdated(const RunRecord& run) {
    m_summaries->summarize(m_model->runs());
    if (!m_columnsSized)
        sizeColumns();
    const std::optional<RunRecord> selected = selectedRun();
    if (selected && selected->id == run.id)
        showSelected();
    else if (!selected)
        m_details->showRun(std::nullopt, m_filter->rowCount() > 0);
    showSummary();
}

void RunsPage::showSelected() {
    const std::optional<RunRecord> run = selectedRun();
    m_shownId = run ? run->id : 0;
    m_details->showRun(run, m_filter->rowCount() > 0);
    m_actions->showRun(run);
}

void RunsPage::showSummary() {
    if (!m_problem.isEmpty()) {
        m_summary->setText(tr("The runs of %1 could not be read: %2").arg(m_hub.name(), m_problem));
        return;
    }
    if (!m_feed->hasLoaded()) {
        m_summary->setText(tr("Reading the runs of %1…").arg(m_hub.name()));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const auto underWay =
        std::count_if(m_model->runs().begin(), m_model->runs().end(), [](const RunRecord& run) {
            return run.state == RunState::Running || run.state == RunState::Delivering;
        });
    QString text =
        total == 0
            ? tr("%1 has kept no runs yet: each execute Looker sends is one.").arg(m_hub.name())
            : tr("%n run(s) kept by %1", nullptr, total).arg(m_hub.name());
    if (total > 0 && shown != total)
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, shown);
    if (underWay > 0)
        text += QStringLiteral(" · ") + tr("%n under way", nullptr, int(underWay));
    if (m_feed->isTruncated())
        text +=
            QStringLiteral(" · ") + tr("the newest %1 listed; actiondeck runs list shows them all")
                                        .arg(QLocale().toString(RunFeed::kRunLimit));
    m_summary->setText(text);
}

void RunsPage::sizeColumns() {
    // Once, from the first rows; after that the user's widths stay.
    m_columnsSized = true;
    m_table->resizeColumnsToContents();
    const int cap = m_table->fontMetrics().averageCharWidth() * 32;
    for (const int column : {int(RunListModel::ScheduleColumn), int(RunListModel::SourceColumn)})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), cap));
    m_schedules->resizeColumnsToContents();
    m_schedules->setColumnWidth(ScheduleSummaryModel::ScheduleColumn,
                                std::min(m_schedules->columnWidth(0), cap));
}

} // namespace ActionDeck
