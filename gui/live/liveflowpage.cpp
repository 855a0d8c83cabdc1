#include "gui/live/liveflowpage.h"

#include "connection/hubconnection.h"
#include "gui/live/eventratechart.h"
#include "gui/live/livecounters.h"
#include "gui/live/livemessagefiltermodel.h"
#include "gui/live/livemessagemodel.h"
#include "gui/widgets/jsonhighlighter.h"
#include "gui/widgets/jsonindenter.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

constexpr int kCounterCount = 5;

QLabel* counterValue(QWidget* parent) {
    auto* label = new QLabel(QStringLiteral("0"), parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

LiveFlowPage::LiveFlowPage(HubConnection& hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_model(new LiveMessageModel(this))
    , m_filter(new LiveMessageFilterModel(this))
    , m_counters(new LiveCounters(hub, this))
    , m_chart(new EventRateChart(this))
    , m_hubState(new QLabel(this))
    , m_startStop(new QPushButton(this))
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_clear(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_shown(new QLabel(this))
    , m_table(new QTableView(this))
    , m_json(new QPlainTextEdit(this))
    , m_attempts(new QTreeWidget(this))
    , m_detailsTitle(new QLabel(this))
    , m_rateTimer(new QTimer(this)) {
    m_hubState->setObjectName(QStringLiteral("liveHubState"));
    m_startStop->setObjectName(QStringLiteral("liveStartStop"));
    m_shown->setObjectName(QStringLiteral("liveShown"));
    m_search->setObjectName(QStringLiteral("liveSearch"));
    m_type->setObjectName(QStringLiteral("liveType"));
    m_state->setObjectName(QStringLiteral("liveState"));
    m_pause->setObjectName(QStringLiteral("livePause"));
    m_clear->setObjectName(QStringLiteral("liveClear"));
    m_export->setObjectName(QStringLiteral("liveExport"));
    m_table->setObjectName(QStringLiteral("liveTable"));
    m_json->setObjectName(QStringLiteral("liveJson"));
    m_attempts->setObjectName(QStringLiteral("liveAttempts"));

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no content-sized columns: painting cost stays per visible row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The user and the event give way, so the delivery state stays in sight on a small screen.
    m_table->horizontalHeader()->setSectionResizeMode(LiveMessageModel::User, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LiveMessageModel::Event,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    const QList<int> widths = {95, 55, 125, 65, 0, 0, 140, 105};
    for (int column = 0; column < widths.size(); ++column)
        if (widths[column] > 0)
            m_table->setColumnWidth(column, widths[column]);

    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_json->document());
    m_attempts->setRootIsDecorated(false);
    m_attempts->setColumnCount(3);
    m_search->setClearButtonEnabled(true);
    m_pause->setCheckable(true);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* hubRow = new QHBoxLayout;
    hubRow->addWidget(m_hubState, 1);
    hubRow->addWidget(m_startStop);

    auto* counters = new QGridLayout;
    for (int i = 0; i < kCounterCount; ++i) {
        auto* box = new QFrame(this);
        box->setFrameShape(QFrame::StyledPanel);
        auto* boxLayout = new QVBoxLayout(box);
        auto* title = new QLabel(box);
        auto* value = counterValue(box);
        value->setObjectName(QStringLiteral("liveCounter%1").arg(i));
        boxLayout->addWidget(title);
        boxLayout->addWidget(value);
        m_counterTitles.append(title);
        m_counterValues.append(value);
        counters->addWidget(box, 0, i);
    }

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_pause);
    filters->addWidget(m_clear);
    filters->addWidget(m_export);

    // Wireshark's arrangement: the list across the whole width, the selected message below it.
    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    auto* detailsSplit = new QSplitter(Qt::Horizontal, details);
    detailsSplit->addWidget(m_json);
    detailsSplit->addWidget(m_attempts);
    detailsSplit->setStretchFactor(0, 3);
    detailsSplit->setStretchFactor(1, 2);
    detailsLayout->addWidget(detailsSplit);

    // Chart, table and details share the height in one splitter: on a small screen the table
    // keeps most of it, and each part can be made larger by hand.
    auto* table = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);
    auto* tableAndDetails = new QSplitter(Qt::Vertical, this);
    tableAndDetails->addWidget(m_chart);
    tableAndDetails->addWidget(table);
    tableAndDetails->addWidget(details);
    tableAndDetails->setStretchFactor(0, 3);
    tableAndDetails->setStretchFactor(1, 5);
    tableAndDetails->setStretchFactor(2, 2);
    tableAndDetails->setCollapsible(1, false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(hubRow);
    layout->addLayout(counters);
    layout->addWidget(tableAndDetails, 1);
    layout->addWidget(m_shown);

    m_storedAtStart = hub.snapshot().messagesStored;
    hub.setWatchingMessages(true);
    connect(&hub, &HubConnection::liveMessages, m_model, &LiveMessageModel::addMessages);
    connect(&hub, &HubConnection::deliveryAttempt, m_model, &LiveMessageModel::recordAttempt);
    connect(&hub, &HubConnection::batchesChanged, m_model, &LiveMessageModel::recordStateChanges);
    connect(&hub, &HubConnection::messagesSkipped, this, [this](qint64 count) {
        m_skipped += count;
        updateShownCount();
    });
    connect(&hub, &HubConnection::snapshotChanged, this, &LiveFlowPage::updateHubState);
    connect(&hub, &HubConnection::snapshotChanged, this, &LiveFlowPage::countMissed);
    connect(&hub, &HubConnection::snapshotChanged, this,
            [this] { m_model->setSourceNames(m_hub.snapshot().sources); });
    connect(&hub, &HubConnection::stateChanged, this, &LiveFlowPage::updateHubState);
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_hub.setListening(!m_hub.snapshot().listening, &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Looker's port"), error);
        updateHubState();
    });
    connect(m_counters, &LiveCounters::changed, this, &LiveFlowPage::refreshCounters);
    connect(m_search, &QLineEdit::textChanged, this, &LiveFlowPage::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &LiveFlowPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &LiveFlowPage::applyFilter);
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        updateShownCount();
    });
    connect(m_clear, &QPushButton::clicked, m_model, &LiveMessageModel::clear);
    connect(m_export, &QPushButton::clicked, this, &LiveFlowPage::exportWithDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LiveFlowPage::showSelected);
    // Follow the newest row unless the user scrolled up to look at something.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value >= m_table->verticalScrollBar()->maximum() - 1; });
    connect(m_model, &LiveMessageModel::updated, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
        updateShownCount();
        if (m_table->currentIndex().isValid())
            showSelected(m_table->currentIndex());
    });
    connect(m_rateTimer, &QTimer::timeout, this, &LiveFlowPage::sampleRates);
    m_rateTimer->start(1000);

    retranslateUi();
    updateHubState();
}

LiveFlowPage::~LiveFlowPage() {
    // QWidget's destructor, which runs after this one, hides and deletes the children, and they
    // emit as they go (the table's scroll bar when its geometry changes): nothing may reach this
    // page's slots by then, as its members are gone (UBSan saw the scroll bar's lambda run in a
    // page already destroyed down to its QWidget).
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void LiveFlowPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LiveFlowPage::retranslateUi() {
    const QStringList titles = {tr("Rows in"), tr("Messages built"), tr("Delivered"), tr("Pending"),
                                tr("Failed")};
    // One kind of number each: counted since the page began, or what the outbox holds now.
    const QString since = tr("Since the window opened (or this hub was first shown in it)");
    const QString now = tr("In the hub's outbox now");
    const QStringList tips = {since, since, since, now, now};
    for (int i = 0; i < kCounterCount; ++i) {
        m_counterTitles[i]->setText(titles[i]);
        m_counterTitles[i]->setToolTip(tips[i]);
        m_counterValues[i]->setToolTip(tips[i]);
    }
    m_search->setPlaceholderText(tr("Filter by userId, anonymousId, event, region, source…"));
    const int type = std::max(0, m_type->currentIndex());
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const char* name : {"identify", "track", "group"})
        m_type->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_type->setCurrentIndex(type);
    const int state = std::max(0, m_state->currentIndex());
    m_state->clear();
    m_state->addItem(tr("All states"), -1);
    for (auto s : {LiveMessageModel::RowState::Stored, LiveMessageModel::RowState::Retrying,
                   LiveMessageModel::RowState::Delivered, LiveMessageModel::RowState::Failed})
        m_state->addItem(LiveMessageModel::stateName(s), int(s));
    m_state->setCurrentIndex(state);
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Hold new rows back (the newest %1 are kept and shown on resume)")
                            .arg(m_model->capacity()));
    m_clear->setText(tr("Clear"));
    m_export->setText(tr("Export…"));
    m_attempts->setHeaderLabels({tr("Attempt time"), tr("HTTP status"), tr("Outcome")});
    m_chart->retranslate();
    emit m_model->headerDataChanged(Qt::Horizontal, 0, LiveMessageModel::ColumnCount - 1);
    updateHubState();
    updateShownCount();
    refreshCounters();
    showSelected(m_table->currentIndex());
}

void LiveFlowPage::applyFilter() {
    m_filter->setText(m_search->text());
    m_filter->setType(m_type->currentData().toString());
    const int state = m_state->currentData().toInt();
    m_filter->setState(state < 0 ? std::nullopt : std::optional(LiveMessageModel::RowState(state)));
    updateShownCount();
}

void LiveFlowPage::updateShownCount() {
    QString text = tr("%1 of the last %2 messages shown (%3 since the window opened)")
                       .arg(QLocale().toString(m_filter->rowCount()))
                       .arg(QLocale().toString(m_model->rowCount()))
                       .arg(QLocale().toString(m_model->totalSeen()));
    // A remote hub thins what it sends a viewer that falls behind, and says how much.
    if (m_skipped > 0)
        text +=
            u' ' +
            tr("— %1 not sent to this window (it fell behind)").arg(QLocale().toString(m_skipped));
    if (m_model->isPaused())
        text += u' ' + tr("— paused, %1 held back").arg(QLocale().toString(m_model->heldBack()));
    if (m_missed > 0)
        text += u' ' + tr("— %1 more stored while another hub was shown, not in the table")
                           .arg(QLocale().toString(m_missed));
    m_shown->setText(text);
}

void LiveFlowPage::setActive(bool active) {
    m_hub.setWatchingMessages(active);
    if (!active) {
        m_wasAway = true;
        return;
    }
    m_returned.restart();
    countMissed();
}

void LiveFlowPage::countMissed() {
    // What the hub stored since the page began and the page never got: the hub's counter is the
    // truth, the table what arrived. The counter comes once a second, so for a moment after the
    // return a later one may still add to it.
    if (!m_wasAway || !m_returned.isValid() || m_returned.elapsed() > 3000)
        return;
    const qint64 stored = m_hub.snapshot().messagesStored - m_storedAtStart;
    m_missed = std::max(m_missed, stored - m_model->totalSeen() - m_skipped);
    updateShownCount();
}

void LiveFlowPage::refreshCounters() {
    const QList<qint64> values = {m_counters->rowsIn(), m_counters->messagesBuilt(),
                                  m_counters->delivered(), m_counters->pending(),
                                  m_counters->failed()};
    for (int i = 0; i < kCounterCount; ++i)
        m_counterValues[i]->setText(QLocale().toString(values[i]));
}

void LiveFlowPage::sampleRates() {
    const qint64 stored = m_counters->messagesBuilt();
    const qint64 delivered = m_counters->delivered();
    // The first snapshot carries everything before the window opened: not a rate.
    const auto rate = [this](qint64 now, qint64 last) {
        return last < 0 ? 0.0 : double(now - last) * 1000 / m_rateTimer->interval();
    };
    m_chart->addSample(rate(stored, m_lastStored), rate(delivered, m_lastDelivered));
    m_lastStored = stored;
    m_lastDelivered = delivered;
}

void LiveFlowPage::updateHubState() {
    const HubSnapshot& hub = m_hub.snapshot();
    QString text;
    if (m_hub.state() != HubConnection::State::Connected)
        text = m_hub.stateReason().isEmpty()
                   ? hubConnectionStateText(m_hub.state())
                   : tr("%1: %2").arg(hubConnectionStateText(m_hub.state()), m_hub.stateReason());
    else if (hub.listening)
        text = tr("Listening — Looker sends to %1").arg(hub.url);
    else if (hub.listenError.isEmpty())
        text = tr("Stopped: Looker's requests are refused");
    else
        text = tr("Not listening: %1").arg(hub.listenError);
    m_hubState->setText(tr("%1 · %2").arg(m_hub.name(), text));
    m_startStop->setText(hub.listening ? tr("Stop listening") : tr("Start listening"));
    m_startStop->setVisible(m_hub.canControlListening());
    m_startStop->setEnabled(m_hub.state() == HubConnection::State::Connected);
}

void LiveFlowPage::showSelected(const QModelIndex& current) {
    if (!current.isValid()) {
        m_detailsTitle->setText(tr("Select a message to see its JSON and delivery attempts."));
        m_json->clear();
        m_attempts->clear();
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    const LiveMessage& message = m_model->message(row);
    m_detailsTitle->setText(tr("Batch %1 · %2")
                                .arg(message.batchId)
                                .arg(LiveMessageModel::stateName(m_model->state(row))));
    // As stored: member order and values exactly as they are sent.
    const QString pretty =
        indentedJson(std::string_view(message.json.constData(), std::size_t(message.json.size())));
    if (m_json->toPlainText() != pretty)
        m_json->setPlainText(pretty);
    m_attempts->clear();
    for (const DeliveryAttempt& attempt : m_model->attempts(message.batchId)) {
        const QString outcome = attempt.delivered   ? tr("delivered")
                                : attempt.willRetry ? tr("will retry")
                                                    : tr("failed, not retried");
        const QString status =
            attempt.status == 0 ? tr("no answer (network)") : QString::number(attempt.status);
        m_attempts->addTopLevelItem(new QTreeWidgetItem(
            {QLocale().toString(QDateTime::fromMSecsSinceEpoch(attempt.timeMs).time(),
                                QStringLiteral("HH:mm:ss.zzz")),
             status, outcome}));
    }
    if (message.rejected)
        m_attempts->addTopLevelItem(new QTreeWidgetItem(
            {QString(), QString(), tr("over RudderStack's 32 KB limit for one event; not sent")}));
}

int LiveFlowPage::exportShown(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    const int rows = m_filter->rowCount();
    for (int i = 0; i < rows; ++i) {
        const int row = m_filter->mapToSource(m_filter->index(i, 0)).row();
        file.write(m_model->message(row).json);
        file.write("\n", 1);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    return rows;
}

void LiveFlowPage::exportWithDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export messages"), QStringLiteral("actiondeck-messages.ndjson"),
        tr("JSON lines (*.ndjson *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const int written = exportShown(path, &error);
    if (written < 0)
        QMessageBox::warning(this, tr("Export messages"),
                             tr("The messages could not be written to %1: %2").arg(path, error));
}

QByteArray LiveFlowPage::headerState() const {
    return m_table->horizontalHeader()->saveState();
}

void LiveFlowPage::restoreHeaderState(const QByteArray& state) {
    m_table->horizontalHeader()->restoreState(state);
}

} // namespace ActionDeck
