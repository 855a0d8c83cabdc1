#include "gui/runs/runactionbar.h"

#include "connection/hubconnection.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/lookerlink/lookersendnow.h"
#include "gui/lookerlink/lookertext.h"
#include "gui/widgets/whenready.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace ActionDeck {

RunActionBar::RunActionBar(HubConnection& hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_preview(new QPushButton(this))
    , m_send(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_preview->setObjectName(QStringLiteral("runPreview"));
    m_send->setObjectName(QStringLiteral("runSendNow"));
    m_status->setObjectName(QStringLiteral("runActionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long status wraps within the page's width, never widening the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addWidget(m_send);
    layout->addWidget(m_status, 1);
    connect(m_preview, &QPushButton::clicked, this, &RunActionBar::previewRun);
    connect(m_send, &QPushButton::clicked, this, &RunActionBar::sendNow);
    // A request's result is kept from its first rows on: the button follows it.
    connect(&m_hub, &HubConnection::requestReceived, this, &RunActionBar::readRequests);
    connect(&m_hub, &HubConnection::requestUpdated, this, &RunActionBar::readRequests);
    connect(&m_hub, &HubConnection::resynced, this, &RunActionBar::readRequests);
    retranslateUi();
}

void RunActionBar::setLookerAccount(LookerAccount* account) {
    if (m_account)
        disconnect(m_account, nullptr, this, nullptr);
    m_account = account;
    if (account)
        connect(account, &LookerAccount::changed, this, &RunActionBar::updateButtons);
    updateButtons();
}

void RunActionBar::showRun(const std::optional<RunRecord>& run) {
    const bool another = !run || !m_run || run->id != m_run->id;
    m_run = run;
    if (another) {
        if (!m_busy)
            setStatus({});
        readRequests();
    }
    updateButtons();
}

void RunActionBar::readRequests() {
    if (!m_run) {
        m_requests.clear();
        return;
    }
    const int generation = ++m_generation;
    whenReady(m_hub.recentRequests(), m_hub, this,
              [this, generation](HubReply<std::vector<ReceivedRequest>> reply) {
                  if (generation != m_generation)
                      return;
                  m_requests = std::move(reply.value);
                  updateButtons();
                  emit requestsRead();
              });
}

bool RunActionBar::canPreview() const {
    if (!m_run)
        return false;
    return std::any_of(m_requests.begin(), m_requests.end(), [this](const ReceivedRequest& r) {
        return r.runId == m_run->id && (r.resultKept || r.resultRows > 0);
    });
}

bool RunActionBar::canSendNow() const {
    return m_run && !m_run->planId.isEmpty() && m_account && m_account->isComplete() && !m_busy;
}

QString RunActionBar::status() const {
    return m_status->text();
}

void RunActionBar::previewRun() {
    if (canPreview())
        emit previewRequested(m_run->id);
}

void RunActionBar::sendNow() {
    if (!canSendNow())
        return;
    const QString planId = m_run->planId;
    m_busy = true;
    updateButtons();
    setStatus([planId] { return tr("Asking Looker to run schedule %1 now…").arg(planId); });
    lookerSendNow(*m_account, planId, this, [this, planId](const LookerApiClient::Answer& ran) {
        m_busy = false;
        updateButtons();
        if (!ran.ok()) {
            setStatus([error = ran.error] { return LookerText::error(error); }, true);
            return;
        }
        setStatus([planId] {
            return tr("Looker is running schedule %1: its run comes at the top of the list when "
                      "the hub receives it.")
                .arg(planId);
        });
        emit sendAccepted(planId);
    });
}

void RunActionBar::updateButtons() {
    m_preview->setEnabled(canPreview());
    m_preview->setToolTip(
        canPreview() || !m_run
            ? QString()
            : tr("The hub keeps the results of its last requests while a window shows it, and "
                 "not across a restart: this run's is no longer kept."));
    m_send->setEnabled(canSendNow());
    if (!m_run || m_busy)
        m_send->setToolTip({});
    else if (m_run->planId.isEmpty())
        m_send->setToolTip(tr("This run was sent by hand: there is no schedule to run again."));
    else if (!m_account || !m_account->isComplete())
        m_send->setToolTip(tr("Connect to Looker's API on the Looker page to run the schedule "
                              "from here."));
    else
        m_send->setToolTip(tr("Asks Looker to run this schedule once, now."));
}

void RunActionBar::setStatus(std::function<QString()> text, bool error) {
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void RunActionBar::retranslateUi() {
    m_preview->setText(tr("&Preview this request"));
    m_send->setText(tr("Send &now"));
    m_status->setText(m_statusText ? m_statusText() : QString());
    updateButtons();
}

void RunActionBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ActionDeck
