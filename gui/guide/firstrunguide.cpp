#include "gui/guide/firstrunguide.h"

#include "connection/hubconnection.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/lookerlink/lookertext.h"
#include "gui/widgets/whenready.h"
#include "lookerlink/lookersetup.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ActionDeck {

FirstRunGuide::FirstRunGuide(HubConnection& hub, LookerAccount* looker, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_looker(looker)
    , m_doIt(new QPushButton(this))
    , m_doItStatus(new QLabel(this))
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_toConnections(new QPushButton(this))
    , m_copyUrl(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_serverTitle(new QLabel(this))
    , m_serverText(new QLabel(this))
    , m_serverCommands(new QLabel(this))
    , m_copyCommands(new QPushButton(this))
    , m_addServer(new QPushButton(this)) {
    m_addServer->setObjectName(QStringLiteral("guideAddServer"));
    m_serverCommands->setObjectName(QStringLiteral("guideServerCommands"));
    m_serverText->setWordWrap(true);
    m_serverCommands->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverCommands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_serverCommands->setStyleSheet(
        QStringLiteral("background: palette(alternate-base); padding: 8px;"));
    setObjectName(QStringLiteral("firstRunGuide"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    auto* steps = new QGridLayout;
    for (int step = 0; step < StepCount; ++step) {
        auto* mark = new QLabel(this);
        mark->setObjectName(QStringLiteral("guideStep%1").arg(step));
        QFont markFont = mark->font();
        markFont.setPointSizeF(markFont.pointSizeF() * 1.5);
        mark->setFont(markFont);
        auto* text = new QLabel(this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        steps->addWidget(mark, step, 0, Qt::AlignTop);
        steps->addWidget(text, step, 1);
        m_marks.append(mark);
        m_texts.append(text);
    }
    steps->setColumnStretch(1, 1);
    steps->setVerticalSpacing(18);
    m_doIt->setObjectName(QStringLiteral("guideDoItForMe"));
    m_doItStatus->setObjectName(QStringLiteral("guideDoItStatus"));
    m_doItStatus->setWordWrap(true);
    m_doItStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_toConnections);
    buttons->addWidget(m_copyUrl);
    buttons->addWidget(m_doIt);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addLayout(steps);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addWidget(m_doItStatus);
    layout->addSpacing(24);
    QFont serverFont = m_serverTitle->font();
    serverFont.setBold(true);
    m_serverTitle->setFont(serverFont);
    layout->addWidget(m_serverTitle);
    layout->addWidget(m_serverText);
    layout->addWidget(m_serverCommands);
    auto* serverButtons = new QHBoxLayout;
    serverButtons->addWidget(m_copyCommands);
    serverButtons->addStretch(1);
    serverButtons->addWidget(m_addServer);
    layout->addLayout(serverButtons);
    layout->addStretch(1);

    connect(m_toConnections, &QPushButton::clicked, this, &FirstRunGuide::openConnections);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_hub.snapshot().url);
        markLookerConnected();
    });
    connect(m_done, &QPushButton::clicked, this, &FirstRunGuide::finished);
    connect(m_doIt, &QPushButton::clicked, this, [this] {
        if (m_looker && m_looker->isComplete())
            doItForMe();
        else
            emit openLooker();
    });
    if (m_looker)
        connect(m_looker, &LookerAccount::changed, this, &FirstRunGuide::updateLookerButton);
    connect(m_copyCommands, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_serverCommands->text()); });
    connect(m_addServer, &QPushButton::clicked, this, &FirstRunGuide::addServerHub);
    connect(&hub, &HubConnection::requestReceived, this, &FirstRunGuide::markLookerConnected);
    connect(&hub, &HubConnection::snapshotChanged, this, &FirstRunGuide::refresh);
    connect(&hub, &HubConnection::configChanged, this, &FirstRunGuide::refresh);
    retranslateUi();
}

bool FirstRunGuide::isDone(Step step) const {
    const HubConfig config = m_hub.config();
    switch (step) {
    case AddSource:
        return !config.sources.isEmpty();
    case CreateToken:
        for (const RegionConfig& region : config.regions) {
            if (!m_hub.regionTokens(region.name).isEmpty())
                return true;
        }
        return false;
    case ConnectLooker:
        return m_lookerConnected;
    case StepCount:
        break;
    }
    return false;
}

bool FirstRunGuide::allDone() const {
    return isDone(AddSource) && isDone(CreateToken) && isDone(ConnectLooker);
}

void FirstRunGuide::markLookerConnected() {
    m_lookerConnected = true;
    refresh();
}

void FirstRunGuide::doItForMe() {
    const HubConfig config = m_hub.config();
    if (m_busy || !m_looker || !m_looker->isComplete())
        return;
    m_did.reset();
    m_missing = config.sources.isEmpty()   ? AddSource
                : config.regions.isEmpty() ? CreateToken
                                           : StepCount;
    if (m_missing != StepCount) {
        updateLookerButton();
        return;
    }
    // The first region's token; the first source's write key and data plane URL.
    const QString region = config.regions.first().name;
    const QString source = config.sources.first().name;
    m_busy = true;
    updateLookerButton();
    auto* setup = new LookerSetup(m_hub, m_looker->settings(), m_looker);
    auto ended =
        setup->addAndEnable(region, source).then(setup, [setup](const LookerSetup::State& state) {
            setup->signOut().then(setup, [setup] { setup->deleteLater(); });
            return state;
        });
    whenReady(ended, *m_looker, this, [this](const LookerSetup::State& state) {
        m_busy = false;
        m_did = state;
        if (state.ok() && state.usable())
            markLookerConnected();
        updateLookerButton();
    });
}

void FirstRunGuide::updateLookerButton() {
    const bool connected = m_looker && m_looker->isComplete();
    m_doIt->setVisible(m_looker != nullptr);
    m_doIt->setText(connected ? tr("Do it for me") : tr("Connect to Looker's API…"));
    m_doIt->setToolTip(connected ? tr("Adds this hub to Looker with a token of its first region "
                                      "and enables its actions with its first source, through "
                                      "Looker's API.")
                                 : tr("With Looker's API, ActionDeck adds the hub to Looker "
                                      "and enables its actions for you."));
    m_doIt->setEnabled(!m_busy);
    bool good = true;
    QString said;
    if (m_busy) {
        said = tr("Adding the hub to Looker…");
    } else if (m_missing == AddSource) {
        said = tr("Add a source first (step 1): its write key goes to Looker.");
        good = false;
    } else if (m_missing == CreateToken) {
        said = tr("Add a region first (step 2): Looker needs one of its tokens.");
        good = false;
    } else if (m_did) {
        good = m_did->ok() && m_did->usable();
        int passed = 0;
        for (const LookerIntegration& action : m_did->actions)
            passed += action.enabled && action.testSucceeded == true ? 1 : 0;
        said = good ? tr("Done: the hub is in Looker and %n action(s) passed Looker's test.",
                         nullptr, passed)
                    : LookerText::hubState(*m_did, m_hub.name());
    }
    // The Looker connection's warnings wherever it is used.
    if (const QString warning =
            connected ? LookerText::connectionWarnings(m_looker->connection()) : QString();
        !warning.isEmpty()) {
        said = said.isEmpty() ? warning : warning + u'\n' + said;
        good = false;
    }
    m_doItStatus->setVisible(!said.isEmpty());
    m_doItStatus->setText(said);
    m_doItStatus->setStyleSheet(good ? QString() : QStringLiteral("color: #c62828;"));
}

void FirstRunGuide::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FirstRunGuide::refresh() {
    for (int step = 0; step < StepCount; ++step) {
        const bool done = isDone(Step(step));
        m_marks[step]->setText(done ? QStringLiteral("✔") : QString::number(step + 1));
        m_marks[step]->setToolTip(done ? tr("Done") : tr("To do"));
        m_marks[step]->setStyleSheet(done ? QStringLiteral("color: #2e7d32;") : QString());
    }
    const QString url = m_hub.snapshot().url;
    m_texts[ConnectLooker]->setText(
        tr("<b>Connect Looker.</b> In Looker, go to Admin → Platform → Actions → Add Action Hub, "
           "paste the Action Hub URL <tt>%1</tt>, enable authorization and paste the region "
           "token. Looker must be able to reach this address: use the public base URL when it "
           "goes through a proxy.")
            .arg(url.isEmpty() ? tr("(not listening yet)") : url.toHtmlEscaped()));
}

void FirstRunGuide::retranslateUi() {
    m_title->setText(tr("Welcome to ActionDeck"));
    m_intro->setText(tr("Three steps connect Looker to RudderStack. The hub is already running; "
                        "each step is ticked as soon as it is done."));
    m_texts[AddSource]->setText(
        tr("<b>Add a RudderStack source.</b> Its write key and data plane URL are in "
           "RudderStack's source settings. Use \"Test connection\" to check them."));
    m_texts[CreateToken]->setText(
        tr("<b>Create a region token.</b> Add a region (for example US) and generate a token: "
           "Looker sends it with every request, and it tells ActionDeck which region the "
           "request comes from."));
    m_toConnections->setText(tr("Open Connections"));
    m_copyUrl->setText(tr("Copy the Action Hub URL"));
    m_done->setText(tr("Go to the live flow"));
    m_serverTitle->setText(tr("Or watch a hub that runs on a server"));
    m_serverText->setText(
        tr("Looker reaches a hub over the internet, so in production it runs on a server (the "
           ".deb's service). Install it there, create an admin token, and reach its admin port "
           "through an SSH tunnel — or over TLS with a scoped token. Then add it here with the "
           "URL http://127.0.0.1:8081 and the token."));
    // The commands are typed as they are; their comments are said in the window's language.
    m_serverCommands->setText(
        QStringLiteral("sudo apt install ./actiondeck_*_amd64.deb       # %1\n"
                       "sudo actiondeck admin-token create --scope operate --name laptop \\\n"
                       "     --data-dir /var/lib/actiondeck              # %2\n"
                       "ssh -N -L 8081:127.0.0.1:8081 SERVER            # %3")
            .arg(tr("on the server"), tr("prints the token once"),
                 tr("here: the admin port, tunnelled")));
    m_copyCommands->setText(tr("Copy the commands"));
    m_addServer->setText(tr("Add a hub on a server…"));
    updateLookerButton();
    refresh();
}

} // namespace ActionDeck
