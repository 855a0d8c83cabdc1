#include "gui/looker/lookerschedulessection.h"

#include "connection/hubconnection.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/lookerlink/lookercall.h"
#include "gui/lookerlink/lookersendnow.h"
#include "gui/lookerlink/lookertext.h"
#include "gui/widgets/actionlabel.h"
#include "gui/widgets/whenready.h"
#include "lookerapi/lookerapiclient.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

enum Column {
    NameColumn,
    WhatColumn,
    ActionColumn,
    FormColumn,
    WhenColumn,
    OwnerColumn,
    LastColumn,
    ColumnCount
};

/// The form values a schedule sends with, "event: Signed up · send_rows: changed".
QString formValues(const QJsonObject& params) {
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString value =
            it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble());
        if (!value.isEmpty())
            parts.append(it.key() + QStringLiteral(": ") + value);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

LookerSchedulesSection::LookerSchedulesSection(HubConnection& hub, LookerAccount& account,
                                               QWidget* parent)
    : QGroupBox(parent)
    , m_hub(hub)
    , m_account(account)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_list(new QPushButton(this))
    , m_send(new QPushButton(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("lookerSchedules"));
    m_table->setObjectName(QStringLiteral("lookerScheduleTable"));
    m_list->setObjectName(QStringLiteral("lookerListSchedules"));
    m_send->setObjectName(QStringLiteral("lookerSendNow"));
    m_status->setObjectName(QStringLiteral("lookerSchedulesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // As tall as its schedules: the buttons below stay in sight.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_list);
    buttons->addWidget(m_send);
    buttons->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_list, &QPushButton::clicked, this, &LookerSchedulesSection::refresh);
    connect(m_send, &QPushButton::clicked, this, [this] { sendNow(pickedPlan()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &LookerSchedulesSection::updateButtons);
    // A schedule that arrives moves its "last received".
    connect(&m_hub, &HubConnection::requestReceived, this,
            &LookerSchedulesSection::readLastReceived);
    retranslateUi();
}

void LookerSchedulesSection::setHubId(const QString& id) {
    if (id == m_hubId)
        return;
    m_hubId = id;
    m_schedules.clear();
    showSchedules();
    refresh();
}

void LookerSchedulesSection::refresh() {
    if (m_busy)
        return;
    if (m_hubId.isEmpty() || !m_account.isComplete()) {
        setStatus([] { return tr("Add this hub to Looker to see the schedules that use it."); });
        updateButtons();
        return;
    }
    m_busy = true;
    setStatus([] { return tr("Asking Looker for its schedules…"); });
    updateButtons();
    const QString hubId = m_hubId;
    lookerCall<LookerSchedules::Result>(
        m_account,
        [hubId](LookerApiClient& api) {
            auto* schedules = new LookerSchedules(api, &api);
            return schedules->forHub(hubId);
        },
        this,
        [this](const LookerSchedules::Result& listed) {
            m_busy = false;
            if (!listed.ok()) {
                setStatus(
                    [error = listed.error] {
                        return error.kind == LookerApiError::Kind::Forbidden
                                   ? tr("The Looker API user may not see other users' "
                                        "schedules: it needs the see_schedules permission.")
                                   : LookerText::error(error);
                    },
                    true);
            } else {
                m_schedules = listed.schedules;
                const int count = int(m_schedules.size());
                setStatus([count] {
                    return count == 0 ? tr("No schedule sends to this hub's actions yet: make "
                                           "one in Looker (Schedule → Where should this data "
                                           "go?).")
                                      : tr("%n schedule(s) send to this hub.", nullptr, count);
                });
            }
            showSchedules();
            readLastReceived();
            updateButtons();
        });
}

void LookerSchedulesSection::sendNow(const QString& planId) {
    if (m_busy || planId.isEmpty())
        return;
    m_busy = true;
    setStatus([planId] { return tr("Asking Looker to run schedule %1 now…").arg(planId); });
    updateButtons();
    lookerSendNow(m_account, planId, this, [this, planId](const LookerApiClient::Answer& ran) {
        m_busy = false;
        updateButtons();
        if (!ran.ok()) {
            setStatus([error = ran.error] { return LookerText::error(error); }, true);
            return;
        }
        setStatus([planId] {
            return tr("Looker is running schedule %1: the hub receives it when Looker has "
                      "the result, and Live flow shows it arriving.")
                .arg(planId);
        });
        emit sendAccepted(planId);
    });
}

void LookerSchedulesSection::readLastReceived() {
    // The requests the hub received (this run of it) and the schedules it remembers rows of
    // (kept across restarts): the later of the two.
    whenReady(m_hub.recentRequests(), m_hub, this,
              [this](const HubReply<std::vector<ReceivedRequest>>& reply) {
                  for (const ReceivedRequest& request : reply.value) {
                      qint64& last = m_lastReceivedMs[request.planId];
                      last = std::max(last, request.receivedMs);
                  }
                  showSchedules();
              });
    whenReady(m_hub.syncScopes(), m_hub, this,
              [this](const HubReply<std::vector<SyncScopeInfo>>& reply) {
                  for (const SyncScopeInfo& scope : reply.value) {
                      qint64& last = m_lastReceivedMs[scope.planId];
                      last = std::max(last, scope.lastRunMs);
                  }
                  showSchedules();
              });
}

void LookerSchedulesSection::showSchedules() {
    const QString picked = pickedPlan();
    m_table->setRowCount(int(m_schedules.size()));
    for (int row = 0; row < m_schedules.size(); ++row) {
        const LookerSchedule& schedule = m_schedules[row];
        const auto set = [this, row](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
        };
        set(NameColumn, schedule.name);
        m_table->item(row, NameColumn)->setData(Qt::UserRole, schedule.planId);
        set(WhatColumn, !schedule.lookId.isEmpty() ? tr("Look %1").arg(schedule.lookId)
                                                   : tr("Dashboard %1").arg(schedule.dashboardId));
        set(ActionColumn, ActionLabel::of(schedule.action));
        set(FormColumn, formValues(schedule.formParams));
        QString when =
            schedule.crontab.isEmpty() ? tr("when its datagroup triggers") : schedule.crontab;
        if (!schedule.enabled)
            when += QStringLiteral(" ") + tr("(disabled)");
        set(WhenColumn, when);
        set(OwnerColumn, schedule.owner);
        const qint64 last = m_lastReceivedMs.value(schedule.planId);
        set(LastColumn, last > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(last),
                                                      QLocale::ShortFormat)
                                 : tr("not received yet"));
        if (schedule.planId == picked)
            m_table->selectRow(row);
    }
    updateButtons();
}

QString LookerSchedulesSection::pickedPlan() const {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem* name = m_table->item(selected.constFirst()->row(), NameColumn);
    return name ? name->data(Qt::UserRole).toString() : QString();
}

void LookerSchedulesSection::updateButtons() {
    const bool ready = m_account.isComplete() && !m_hubId.isEmpty() && !m_busy;
    m_list->setEnabled(ready);
    m_send->setEnabled(ready && !pickedPlan().isEmpty());
    m_send->setToolTip(pickedPlan().isEmpty() ? tr("Pick a schedule first") : QString());
}

void LookerSchedulesSection::setStatus(std::function<QString()> text, bool error) {
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

QString LookerSchedulesSection::status() const {
    return m_status->text();
}

void LookerSchedulesSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void LookerSchedulesSection::retranslateUi() {
    setTitle(tr("Schedules that send to this hub"));
    m_list->setText(tr("List again"));
    m_send->setText(tr("Send now"));
    m_send->setWhatsThis(tr("Looker runs the schedule once now, as if its time had come"));
    m_table->setHorizontalHeaderLabels({tr("Schedule"), tr("Of"), tr("Action"), tr("Form values"),
                                        tr("When"), tr("Owner"), tr("Last received")});
    if (m_statusText)
        m_status->setText(m_statusText());
    showSchedules();
}

} // namespace ActionDeck
