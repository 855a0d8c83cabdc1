#include "gui/outbox/syncstatesection.h"

#include "connection/hubconnection.h"
#include "gui/widgets/whenready.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace ActionDeck {

namespace {

constexpr int kPlanIdRole = Qt::UserRole;
constexpr int kTableHeight = 130; ///< about four rows: the batches stay the page's main part

} // namespace

SyncStateSection::SyncStateSection(HubConnection& hub, QWidget* parent)
    : QGroupBox(parent)
    , m_hub(hub)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_status(new QLabel(this))
    , m_forget(new QPushButton(this)) {
    setObjectName(QStringLiteral("syncStateSection"));
    m_table->setObjectName(QStringLiteral("syncStateTable"));
    m_status->setObjectName(QStringLiteral("syncStateStatus"));
    m_forget->setObjectName(QStringLiteral("syncStateForget"));

    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Headers as wide as their words (long in Spanish), the last run taking the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(kTableHeight);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_forget);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    retranslateUi();
    connect(m_forget, &QPushButton::clicked, this, &SyncStateSection::askForget);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncStateSection::updateButton);
    connect(&m_hub, &HubConnection::executeFinished, this, &SyncStateSection::scheduleRefresh);
    connect(&m_hub, &HubConnection::resynced, this, &SyncStateSection::scheduleRefresh);
    updateButton();
}

QStringList SyncStateSection::selectedSchedules() const {
    QStringList planIds;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* item = m_table->item(row, ScheduleColumn);
        const QString planId = item ? item->data(kPlanIdRole).toString() : QString();
        if (item && item->isSelected() && !planIds.contains(planId))
            planIds.append(planId);
    }
    return planIds;
}

void SyncStateSection::scheduleRefresh() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refresh();
}

void SyncStateSection::refresh() {
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_stale = false;
    whenReady(m_hub.syncScopes(), m_hub, this,
              [this](const HubReply<std::vector<SyncScopeInfo>>& reply) {
                  m_problem = reply.error;
                  if (reply.ok())
                      showScopes(reply.value);
                  showStatus();
                  m_refreshing = false;
                  emit refreshed();
                  if (std::exchange(m_refreshAgain, false))
                      refresh();
              });
}

void SyncStateSection::showScopes(const std::vector<SyncScopeInfo>& scopes) {
    const QStringList selected = selectedSchedules();
    const QLocale locale;
    m_table->setRowCount(int(scopes.size()));
    for (int row = 0; row < int(scopes.size()); ++row) {
        const SyncScopeInfo& scope = scopes[std::size_t(row)];
        const auto set = [this, row](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (column == RememberedColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
            return item;
        };
        set(ScheduleColumn, scope.planId)->setData(kPlanIdRole, scope.planId);
        set(ActionColumn, scope.action);
        set(SourceColumn, scope.source);
        set(RememberedColumn, locale.toString(scope.remembered));
        set(LastRunColumn,
            locale.toString(QDateTime::fromMSecsSinceEpoch(scope.lastRunMs).toLocalTime(),
                            QLocale::ShortFormat));
    }
    // What was selected stays so across a refresh.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (selected.contains(m_table->item(row, ScheduleColumn)->data(kPlanIdRole).toString()))
            m_table->selectRow(row);
    }
    updateButton();
}

void SyncStateSection::showStatus() {
    if (!m_problem.isEmpty())
        m_status->setText(
            tr("What %1 remembers could not be read: %2").arg(m_hub.name(), m_problem));
    else if (m_table->rowCount() == 0)
        m_status->setText(tr("No schedule sends only new or changed rows yet."));
    else
        m_status->setText(tr("%n schedule scope(s).", nullptr, m_table->rowCount()));
}

void SyncStateSection::updateButton() {
    m_forget->setEnabled(!m_forgetting && !selectedSchedules().isEmpty());
}

void SyncStateSection::askForget() {
    const QStringList planIds = selectedSchedules();
    if (planIds.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Forget the rows sent"),
                    tr("Forget what the hub remembers of the rows sent by schedule(s) %1? "
                       "The next run of each sends every row again, changed or not.")
                        .arg(planIds.join(QStringLiteral(", "))),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("syncStateForgetConfirmation"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes)
        forgetSchedules(planIds);
}

void SyncStateSection::forgetSchedules(const QStringList& planIds) {
    if (planIds.isEmpty() || m_forgetting)
        return emit forgetFinished(0, planIds.isEmpty() ? tr("No schedule was given.")
                                                        : tr("A forget is under way."));
    m_forgetting = true;
    updateButton();
    forgetNext(planIds, 0);
}

void SyncStateSection::forgetNext(QStringList planIds, int forgotten) {
    const QString planId = planIds.takeFirst();
    whenReady(m_hub.resetSync(planId), m_hub, this,
              [this, planIds, forgotten](const HubReply<int>& reply) {
                  const int total = forgotten + reply.value;
                  if (reply.ok() && !planIds.isEmpty())
                      return forgetNext(planIds, total);
                  m_forgetting = false;
                  if (!reply.ok())
                      m_status->setText(tr("Not forgotten: %1").arg(reply.error));
                  updateButton();
                  emit forgetFinished(total, reply.error);
                  refresh();
              });
}

void SyncStateSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void SyncStateSection::showEvent(QShowEvent* event) {
    QGroupBox::showEvent(event);
    if (m_stale)
        refresh();
}

void SyncStateSection::retranslateUi() {
    setTitle(tr("Only new or changed rows"));
    m_intro->setText(tr("What the hub remembers of the rows each schedule sent with \"only new "
                        "or changed rows\": those rows are not sent again until they change."));
    m_table->setHorizontalHeaderLabels(
        {tr("Schedule"), tr("Action"), tr("Source"), tr("Rows remembered"), tr("Last run")});
    m_forget->setText(tr("F&orget selected…"));
    m_forget->setToolTip(tr("The selected schedules' next runs send every row again."));
    showStatus();
}

} // namespace ActionDeck
