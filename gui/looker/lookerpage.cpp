#include "gui/looker/lookerpage.h"

#include "connection/hubconnection.h"
#include "gui/looker/enableactionsdialog.h"
#include "gui/looker/lookerconnectionform.h"
#include "gui/looker/lookerschedulessection.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/lookerlink/lookertext.h"
#include "gui/widgets/actionlabel.h"
#include "gui/widgets/whenready.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

enum Column { ActionColumn, EnabledColumn, SourceColumn, WriteKeyColumn, TestColumn, ColumnCount };

QLabel* wrapping(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LookerPage::LookerPage(HubConnection& hub, LookerAccount& account, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_account(account)
    , m_form(new LookerConnectionForm(account, this))
    , m_hubBox(new QGroupBox(this))
    , m_hubUrl(wrapping(this, "lookerHubUrl"))
    , m_cloudWarning(wrapping(this, "lookerCloudWarning"))
    , m_hubStatus(wrapping(this, "lookerHubStatus"))
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_actionsBox(new QGroupBox(this))
    , m_actions(new QTableWidget(0, ColumnCount, this))
    , m_enable(new QPushButton(this))
    , m_actionsNote(wrapping(this, "lookerActionsNote"))
    , m_schedules(new LookerSchedulesSection(hub, account, this)) {
    setObjectName(QStringLiteral("lookerPage"));
    m_region->setObjectName(QStringLiteral("lookerRegion"));
    m_add->setObjectName(QStringLiteral("lookerAdd"));
    m_remove->setObjectName(QStringLiteral("lookerRemove"));
    m_check->setObjectName(QStringLiteral("lookerCheck"));
    m_enable->setObjectName(QStringLiteral("lookerEnable"));
    m_actions->setObjectName(QStringLiteral("lookerActions"));
    m_cloudWarning->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_actions->verticalHeader()->hide();
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions->setSelectionMode(QAbstractItemView::NoSelection);
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setStretchLastSection(true);
    // As tall as its four actions: the room below is the schedules'.
    m_actions->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_actions->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_regionLabel);
    tokenRow->addWidget(m_region);
    tokenRow->addWidget(m_add);
    tokenRow->addStretch(1);
    tokenRow->addWidget(m_check);
    tokenRow->addWidget(m_remove);
    auto* hubLayout = new QVBoxLayout(m_hubBox);
    hubLayout->addWidget(m_hubUrl);
    hubLayout->addWidget(m_cloudWarning);
    hubLayout->addWidget(m_hubStatus);
    hubLayout->addLayout(tokenRow);
    auto* enableRow = new QHBoxLayout;
    enableRow->addWidget(m_enable);
    enableRow->addWidget(m_actionsNote, 1);
    auto* actionsLayout = new QVBoxLayout(m_actionsBox);
    actionsLayout->addWidget(m_actions, 1);
    actionsLayout->addLayout(enableRow);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_form);
    layout->addWidget(m_hubBox);
    layout->addWidget(m_actionsBox);
    layout->addWidget(m_schedules);
    layout->addStretch(1);
    // A small screen scrolls the page rather than squeezing the table away.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_form, &LookerConnectionForm::signInRequested, this, &LookerPage::signIn);
    connect(m_schedules, &LookerSchedulesSection::sendAccepted, this, &LookerPage::sendAccepted);
    connect(m_add, &QPushButton::clicked, this, &LookerPage::addToLooker);
    connect(m_check, &QPushButton::clicked, this, &LookerPage::refresh);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Remove from Looker?"),
            tr("Looker forgets this hub and its actions' settings; schedules that send to them "
               "fail until it is added again."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            removeFromLooker();
    });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        QStringList sources;
        for (const SourceConfig& source : m_hub.config().sources)
            sources.append(source.name);
        EnableActionsDialog dialog(sources, this);
        if (dialog.exec() == QDialog::Accepted)
            enableWith(dialog.actions(), dialog.source());
    });
    connect(&m_hub, &HubConnection::snapshotChanged, this, &LookerPage::updateHub);
    connect(&m_hub, &HubConnection::configChanged, this, &LookerPage::updateHub);
    connect(&m_hub, &HubConnection::stateChanged, this, &LookerPage::updateHub);
    connect(&m_account, &LookerAccount::changed, this, &LookerPage::updateButtons);
    retranslateUi();
}

void LookerPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    readOnce();
}

void LookerPage::readOnce() {
    // The hub's state in Looker is read when the page is first seen (not at start), once the
    // hub has said where Looker reaches it (a server's says so once connected).
    if (m_readOnce || m_busy || !isVisible() || !m_account.isComplete() ||
        m_hub.snapshot().url.isEmpty())
        return;
    m_readOnce = true;
    signIn(); // who, then the hub's state
}

template <typename T, typename Handler>
void LookerPage::step(const std::function<QFuture<T>(LookerSetup&)>& ask, Handler done) {
    // A client a step, signed out when it ends: nothing signed in lingers. The account owns it
    // and is the continuations' context, since it outlives the page (which a hub switch
    // replaces) and a context must not die before its future ends.
    auto* setup = new LookerSetup(m_hub, m_account.settings(), &m_account);
    setBusy(true);
    auto ended = ask(*setup).then(setup, [setup](const T& answer) {
        setup->signOut().then(setup, [setup] { setup->deleteLater(); });
        return answer;
    });
    whenReady(ended, m_account, this, [this, done](const T& answer) {
        setBusy(false);
        done(answer);
    });
}

void LookerPage::run(const std::function<QFuture<LookerSetup::State>(LookerSetup&)>& ask) {
    step<LookerSetup::State>(ask, [this](const LookerSetup::State& state) { showState(state); });
}

void LookerPage::signIn() {
    m_form->showSigningIn();
    step<LookerSetup::SignIn>([](LookerSetup& setup) { return setup.signIn(); },
                              [this](const LookerSetup::SignIn& signIn) {
                                  m_form->showSignIn(signIn);
                                  // Signed in: the hub's state in Looker follows.
                                  if (signIn.ok()) {
                                      m_readOnce = true;
                                      run([](LookerSetup& next) { return next.state(false); });
                                  }
                              });
}

void LookerPage::refresh() {
    if (m_busy || !m_account.isComplete())
        return;
    run([](LookerSetup& setup) { return setup.state(true); });
}

void LookerPage::addToLooker() {
    const QString region = m_region->currentText();
    if (m_busy || region.isEmpty())
        return;
    run([region](LookerSetup& setup) { return setup.addToLooker(region); });
}

void LookerPage::enableWith(const QStringList& actions, const std::optional<QString>& source) {
    if (m_busy || actions.isEmpty())
        return;
    m_enabledWith = source;
    run([actions, source](LookerSetup& setup) { return setup.enable(actions, source); });
}

void LookerPage::removeFromLooker() {
    if (m_busy)
        return;
    m_enabledWith.reset();
    run([](LookerSetup& setup) { return setup.remove(); });
}

void LookerPage::setBusy(bool busy) {
    m_busy = busy;
    m_form->setBusy(busy);
    if (busy) {
        m_hubStatus->setText(tr("Asking Looker…"));
        m_hubStatus->setStyleSheet(QString());
    }
    updateButtons();
}

void LookerPage::showState(const LookerSetup::State& state) {
    // A read replaces what was known; a failed step keeps it and says why.
    if (state.ok() || !m_state) {
        m_state = state;
        m_schedules->setHubId(state.hub ? state.hub->id : QString());
    } else {
        m_state->error = state.error;
        m_state->hubError = state.hubError;
    }
    renderState();
}

void LookerPage::renderState() {
    if (!m_state)
        return;
    const bool good = m_state->ok() && (!m_state->hub || m_state->usable());
    m_hubStatus->setText(LookerText::hubState(*m_state, m_hub.name()));
    m_hubStatus->setStyleSheet(good ? QString() : QStringLiteral("color: #c62828;"));
    showActions();
    updateButtons();
}

QString LookerPage::sourceOf(const LookerIntegration& action) const {
    if (action.dataPlaneUrl.isEmpty() && !action.hasWriteKey)
        return tr("none: each schedule picks one");
    for (const SourceConfig& source : m_hub.config().sources) {
        if (source.dataPlaneUrl == action.dataPlaneUrl)
            return source.name;
    }
    return tr("%1 (none of this hub's sources)").arg(action.dataPlaneUrl);
}

void LookerPage::showActions() {
    const QList<LookerIntegration> actions =
        m_state ? m_state->actions : QList<LookerIntegration>{};
    m_actions->setRowCount(int(actions.size()));
    QStringList differing;
    QString wanted;
    if (m_enabledWith) {
        if (const SourceConfig* source = m_hub.config().source(*m_enabledWith))
            wanted = source->dataPlaneUrl;
    }
    for (int row = 0; row < actions.size(); ++row) {
        const LookerIntegration& action = actions[row];
        const auto set = [this, row](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_actions->setItem(row, column, item);
        };
        set(ActionColumn, ActionLabel::of(action.name));
        m_actions->item(row, ActionColumn)->setToolTip(action.id);
        set(EnabledColumn, action.enabled ? tr("enabled") : tr("not enabled"));
        set(SourceColumn, action.enabled ? sourceOf(action) : QString());
        set(WriteKeyColumn, action.hasWriteKey ? tr("set") : tr("empty"));
        set(TestColumn, LookerText::testResult(action));
        if (action.testSucceeded == false)
            m_actions->item(row, TestColumn)->setForeground(QColor(0xc6, 0x28, 0x28));
        if (!wanted.isEmpty() && action.enabled && action.dataPlaneUrl != wanted)
            differing.append(ActionLabel::of(action.name));
    }
    // The write key can't be compared: Looker never returns it.
    m_actionsNote->setVisible(!actions.isEmpty());
    m_actionsNote->setText(differing.isEmpty()
                               ? tr("Looker never shows a write key again: \"set\" is all it says.")
                               : tr("%1 hold another data plane URL than %2's.")
                                     .arg(differing.join(QStringLiteral(", ")), *m_enabledWith));
}

void LookerPage::updateHub() {
    const QString url = m_hub.snapshot().url;
    m_hubUrl->setText(url.isEmpty() ? tr("%1 has not said where Looker reaches it yet (it is not "
                                         "listening).")
                                          .arg(m_hub.name())
                                    : tr("%1 — Looker reaches it at %2").arg(m_hub.name(), url));
    m_cloudWarning->setVisible(!url.isEmpty() && LookerSetup::unreachableFromTheCloud(QUrl(url)));
    m_cloudWarning->setText(LookerText::cloudWarning(QUrl(url)));
    const QString picked = m_region->currentText();
    m_region->clear();
    const HubConfig config = m_hub.config();
    for (const RegionConfig& region : config.regions)
        m_region->addItem(region.name);
    if (const int index = m_region->findText(picked); index >= 0)
        m_region->setCurrentIndex(index);
    updateButtons();
    readOnce();
}

void LookerPage::updateButtons() {
    const bool signedIn = m_account.isComplete() && !m_busy;
    const bool known = m_state && m_state->hub;
    const bool hasUrl = !m_hub.snapshot().url.isEmpty();
    const bool config = m_hub.configAvailable();
    m_add->setText(known ? tr("Update token") : tr("Add to Looker"));
    m_add->setEnabled(signedIn && hasUrl && config && m_region->count() > 0);
    m_region->setEnabled(!m_busy && m_region->count() > 0);
    m_remove->setEnabled(signedIn && known);
    m_check->setEnabled(signedIn && hasUrl);
    m_enable->setEnabled(signedIn && known && config && m_state->usable());
    // Why a button is off, where it is.
    QString why;
    if (!m_account.isComplete())
        why = tr("Sign in to Looker's API first.");
    else if (!config)
        why = m_hub.configUnavailableReason();
    else if (m_region->count() == 0)
        why = tr("The hub has no region yet: add one on the Connections page.");
    m_add->setToolTip(why);
    m_enable->setToolTip(why);
}

void LookerPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LookerPage::retranslateUi() {
    m_hubBox->setTitle(tr("This hub in Looker"));
    m_actionsBox->setTitle(tr("Its actions in Looker"));
    m_regionLabel->setText(tr("Token of region:"));
    m_remove->setText(tr("Remove from Looker"));
    m_check->setText(tr("Check again"));
    m_enable->setText(tr("Enable with source…"));
    m_actions->setHorizontalHeaderLabels(
        {tr("Action"), tr("In Looker"), tr("Source"), tr("Write key"), tr("Looker's test")});
    updateHub();
    if (m_busy)
        m_hubStatus->setText(tr("Asking Looker…"));
    else if (m_state)
        renderState();
    else
        m_hubStatus->setText(m_account.isComplete() ? QString()
                                                    : tr("Sign in to Looker's API to see this "
                                                         "hub there."));
    showActions();
}

} // namespace ActionDeck
