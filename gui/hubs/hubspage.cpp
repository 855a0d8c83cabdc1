#include "gui/hubs/hubspage.h"

#include "connection/hubconnection.h"
#include "connection/remotehubconnection.h"
#include "gui/hubs/hubdialog.h"
#include "gui/hubs/hubregistry.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

QString grouped(const QString& hex) {
    // As `openssl x509 -fingerprint -sha256` prints it, to compare by eye on the server.
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(u':');
}

} // namespace

HubsPage::HubsPage(HubRegistry& hubs, QWidget* parent)
    : QWidget(parent)
    , m_hubs(hubs)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, Column::Count, this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_trust(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_pin(new QLabel(this))
    , m_runLocal(new QCheckBox(this))
    , m_timer(new QTimer(this)) {
    m_table->setObjectName(QStringLiteral("hubsTable"));
    m_add->setObjectName(QStringLiteral("hubsAdd"));
    m_edit->setObjectName(QStringLiteral("hubsEdit"));
    m_remove->setObjectName(QStringLiteral("hubsRemove"));
    m_trust->setObjectName(QStringLiteral("hubsTrust"));
    m_open->setObjectName(QStringLiteral("hubsOpen"));
    m_runLocal->setObjectName(QStringLiteral("hubsRunLocal"));
    m_runLocal->setChecked(HubRegistry::localHubEnabled());
    m_intro->setWordWrap(true);
    m_pin->setWordWrap(true);
    m_pin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths = {130, 170, 150, 140, 80, 85, 70, 70};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths[column]);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_edit, m_remove, m_trust})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pin);
    layout->addLayout(buttons);
    layout->addWidget(m_runLocal);

    connect(&hubs, &HubRegistry::hubsChanged, this, &HubsPage::rebuild);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HubsPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (HubConnection* hub = selected())
            emit openHub(*hub);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (HubConnection* hub = selected())
            emit openHub(*hub);
    });
    connect(m_add, &QPushButton::clicked, this, &HubsPage::addHub);
    connect(m_edit, &QPushButton::clicked, this, &HubsPage::editHub);
    connect(m_remove, &QPushButton::clicked, this, &HubsPage::removeHub);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (HubConnection* hub = selected())
            m_hubs.pinOffered(*hub);
    });
    connect(m_runLocal, &QCheckBox::toggled, this, [this](bool on) {
        HubRegistry::setLocalHubEnabled(on);
        retranslateUi();
    });
    connect(m_timer, &QTimer::timeout, this, &HubsPage::sample);
    m_timer->start(1000);
    retranslateUi();
    rebuild();
}

void HubsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HubsPage::retranslateUi() {
    m_intro->setText(tr("Every hub this window watches: the one on this computer and hubs on "
                        "servers, reached through their admin API. Double-click one to see its "
                        "Live flow and Outbox."));
    m_table->setHorizontalHeaderLabels({tr("Hub"), tr("Admin URL"), tr("State"), tr("Outbox"),
                                        tr("Stored/s"), tr("Delivered/s"), tr("Pending"),
                                        tr("Failed"), tr("Last error")});
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_trust->setText(tr("Trust this certificate"));
    m_open->setText(tr("Show its pages"));
    // Said as it will be: the change counts from the next start.
    const bool running = m_hubs.local().state() != HubConnection::State::Closed;
    m_runLocal->setText(m_runLocal->isChecked() == running
                            ? tr("Run a hub on this computer (off: this window only watches "
                                 "hubs on servers)")
                            : tr("Run a hub on this computer — from the next start of "
                                 "ActionDeck"));
    refreshRows();
    updateButtons();
}

void HubsPage::watch(HubConnection& hub) {
    if (m_watched.contains(&hub))
        return;
    m_watched.insert(&hub);
    connect(&hub, &QObject::destroyed, this, [this, hub = &hub] { m_watched.remove(hub); });
    connect(&hub, &HubConnection::stateChanged, this, &HubsPage::updateButtons);
    connect(&hub, &HubConnection::snapshotChanged, this, &HubsPage::refreshRows);
    connect(&hub, &HubConnection::batchesChanged, this,
            [this, hub = &hub](const QList<BatchStateChange>& changes) {
                for (const BatchStateChange& change : changes)
                    if (change.state == BatchState::Failed)
                        m_rates[hub].lastError = change.lastError;
            });
}

QList<HubConnection*> HubsPage::ordered() const {
    const QList<HubConnection*> hubs = m_hubs.hubs();
    QList<HubConnection*> rows;
    for (HubConnection* hub : hubs) {
        if (rows.contains(hub))
            continue;
        rows.append(hub);
        const HubSnapshot& s = hub->snapshot();
        if (!s.sharedOutbox())
            continue;
        for (HubConnection* other : hubs)
            if (!rows.contains(other) && other->snapshot().sharedOutbox() &&
                other->snapshot().outboxId == s.outboxId)
                rows.append(other);
    }
    return rows;
}

void HubsPage::rebuild() {
    HubConnection* keep = selected();
    m_rows = ordered();
    const QList<HubConnection*>& hubs = m_rows;
    m_table->setRowCount(int(hubs.size()));
    for (int row = 0; row < hubs.size(); ++row) {
        watch(*hubs[row]);
        for (int column = 0; column < Column::Count; ++column)
            if (!m_table->item(row, column))
                m_table->setItem(row, column, new QTableWidgetItem);
        if (hubs[row] == keep)
            m_table->selectRow(row);
    }
    // Rates of hubs that are gone (or were replaced by a new connection) are forgotten.
    for (auto it = m_rates.begin(); it != m_rates.end();)
        it =
            hubs.contains(const_cast<HubConnection*>(it.key())) ? std::next(it) : m_rates.erase(it);
    refreshRows();
    updateButtons();
}

void HubsPage::sample() {
    for (HubConnection* hub : m_hubs.hubs()) {
        Rates& r = m_rates[hub];
        const HubSnapshot& s = hub->snapshot();
        const qint64 delivered = s.counts.deliveredMessages;
        r.stored = r.lastStored < 0 ? 0 : double(s.messagesStored - r.lastStored);
        r.delivered = r.lastDelivered < 0 ? 0 : double(delivered - r.lastDelivered);
        r.lastStored = s.messagesStored;
        r.lastDelivered = delivered;
    }
    refreshRows();
}

void HubsPage::refreshRows() {
    // A hub that connects says which outbox it uses: it joins the others of that outbox.
    if (ordered() != m_rows) {
        rebuild();
        return;
    }
    const QList<HubConnection*>& hubs = m_rows;
    const QLocale locale;
    for (int row = 0; row < hubs.size() && row < m_table->rowCount(); ++row) {
        HubConnection& hub = *hubs[row];
        const HubSnapshot& s = hub.snapshot();
        const Rates rates = m_rates.value(&hub);
        const RemoteHubProfile* profile = m_hubs.profile(hub);
        const bool connected = hub.state() == HubConnection::State::Connected;
        QString state = hubConnectionStateText(hub.state());
        if (connected && !s.listening)
            state = tr("Connected, Looker's port closed");
        // Switched off is a choice, not an error.
        const bool off = hub.state() == HubConnection::State::Closed;
        const QString lastError = connected || off ? rates.lastError : hub.stateReason();
        QString outbox;
        if (s.sharedOutbox())
            outbox = tr("Shared · %n hub(s)", nullptr, s.liveHubs);
        else if (!s.outboxKind.isEmpty())
            outbox = tr("Its own");
        const QStringList cells = {
            hub.name() + (&hub == &m_hubs.current() ? QStringLiteral("  ◀") : QString()),
            profile ? profile->adminUrl.toString() : tr("in this window"),
            state,
            outbox,
            locale.toString(rates.stored, 'f', 0),
            locale.toString(rates.delivered, 'f', 0),
            locale.toString(s.counts.pendingMessages),
            locale.toString(s.counts.failedMessages),
            lastError};
        for (int column = 0; column < Column::Count; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            if (item && item->text() != cells[column])
                item->setText(cells[column]);
            if (item && column == LastError)
                item->setToolTip(cells[column]);
            if (item && column == Outbox)
                item->setToolTip(s.sharedOutbox()
                                     ? tr("%1, where %n hub(s) work now", nullptr, s.liveHubs)
                                           .arg(s.outboxLocation)
                                     : s.outboxLocation);
        }
    }
    if (HubConnection* hub = selected(); hub && m_hubs.profile(*hub)) {
        const auto* remote = qobject_cast<RemoteHubConnection*>(hub);
        const QByteArray pinned = m_hubs.profile(*hub)->pinnedSha256;
        if (remote && !remote->offeredSha256().isEmpty())
            m_pin->setText(tr("The hub shows a certificate with SHA-256 %1. Compare it with "
                              "`openssl x509 -noout -fingerprint -sha256 -in CERT` on the server "
                              "before you trust it.")
                               .arg(grouped(QString::fromLatin1(remote->offeredSha256()))));
        else if (!pinned.isEmpty())
            m_pin->setText(
                tr("Pinned certificate: SHA-256 %1").arg(grouped(QString::fromLatin1(pinned))));
        else
            m_pin->clear();
    } else {
        m_pin->clear();
    }
}

HubConnection* HubsPage::selected() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    // A hub removed a moment ago may still have its row until the table is rebuilt.
    return m_hubs.hubs().contains(m_rows[row]) ? m_rows[row] : nullptr;
}

void HubsPage::updateButtons() {
    HubConnection* hub = selected();
    const bool remote = hub && m_hubs.profile(*hub);
    m_edit->setEnabled(remote && m_hubs.profile(*hub)->saved);
    m_remove->setEnabled(remote);
    const auto* connection = qobject_cast<RemoteHubConnection*>(hub);
    m_trust->setVisible(connection && !connection->offeredSha256().isEmpty());
    m_open->setEnabled(hub != nullptr);
    refreshRows();
}

void HubsPage::addHub() {
    HubDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_hubs.add(dialog.profile(), dialog.token());
}

void HubsPage::editHub() {
    HubConnection* hub = selected();
    const RemoteHubProfile* profile = hub ? m_hubs.profile(*hub) : nullptr;
    if (!profile)
        return;
    HubDialog dialog(this, profile);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_hubs.update(*hub, dialog.profile(), dialog.token());
}

void HubsPage::removeHub() {
    HubConnection* hub = selected();
    if (!hub || !m_hubs.profile(*hub))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove hub"),
        tr("Stop watching %1 and forget its admin token? The hub itself keeps running.")
            .arg(hub->name()));
    if (answer == QMessageBox::Yes)
        m_hubs.remove(*hub);
}

} // namespace ActionDeck
