#include "gui/preview/previewpage.h"

#include "connection/hubconnection.h"
#include "gui/preview/previewoptionspane.h"
#include "gui/preview/previewsendbar.h"
#include "gui/widgets/actionlabel.h"
#include "gui/widgets/whenready.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ActionDeck {

namespace {

/// Input handed to the builder per slice, and the time one event-loop turn may spend on it.
constexpr qsizetype kSliceBytes = 256 * 1024;
constexpr int kTurnMs = 15;
constexpr int kDebounceMs = 400;

/// "the first 1,000 of 250,000 rows" of a request whose result was kept in part.
QString partialRows(const ReceivedRequest& request) {
    const QString kept = QLocale().toString(request.resultRows);
    return request.rowsTotal < 0 ? PreviewPage::tr("the first %1 rows").arg(kept)
                                 : PreviewPage::tr("the first %1 of %2 rows")
                                       .arg(kept, QLocale().toString(request.rowsTotal));
}

} // namespace

PreviewPage::PreviewPage(HubConnection& hub, const Clock& clock, IdGenerator& ids, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_ids(ids)
    , m_inputPane(new PreviewInputPane(this))
    , m_optionsPane(new PreviewOptionsPane(hub.config().legacyEmptyValues, this))
    , m_resultPane(new PreviewResultPane(this))
    , m_sendBar(new PreviewSendBar(this))
    , m_work(new QTimer(this))
    , m_debounce(new QTimer(this)) {
    m_work->setInterval(0);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto* outputBox = new QWidget(this);
    auto* outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(m_optionsPane);
    outputLayout->addWidget(m_resultPane, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_inputPane);
    split->addWidget(outputBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_sendBar);

    connect(m_inputPane, &PreviewInputPane::fileChosen, this, [this](const QString& path) {
        if (openFile(path))
            runPreview();
    });
    connect(m_inputPane, &PreviewInputPane::requestPicked, this, &PreviewPage::showReceivedRequest);
    connect(m_inputPane, &PreviewInputPane::edited, this, [this] {
        m_lookInput = false;
        m_debounce->start();
    });
    connect(m_inputPane, &PreviewInputPane::lookLoaded, this, [this](const QStringList& hidden) {
        m_requestInstance.clear();
        m_lookInput = true;
        m_optionsPane->setHiddenFields(hidden);
        runPreview();
    });
    connect(m_optionsPane, &PreviewOptionsPane::optionsChanged, this, &PreviewPage::optionsChanged);
    connect(m_optionsPane, &PreviewOptionsPane::compactToggled, this, [this] {
        if (m_hasResult)
            showResult();
    });
    connect(m_optionsPane, &PreviewOptionsPane::runClicked, this, &PreviewPage::runPreview);
    connect(m_optionsPane, &PreviewOptionsPane::cancelClicked, this, &PreviewPage::cancelPreview);
    connect(m_sendBar, &PreviewSendBar::sendClicked, this, &PreviewPage::confirmAndSend);
    connect(m_sendBar, &PreviewSendBar::finished, this, &PreviewPage::sendFinished);
    connect(m_sendBar, &PreviewSendBar::sourceChanged, this, [this] {
        // A Look's preview takes the source's sync options, as the hub would.
        if (m_lookInput)
            optionsChanged();
    });
    connect(m_work, &QTimer::timeout, this, &PreviewPage::step);
    connect(m_debounce, &QTimer::timeout, this, &PreviewPage::runPreview);

    retranslateUi();
    setHub(&hub);
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::setInput(const QByteArray& input, const QString& origin) {
    m_requestInstance.clear();
    m_lookInput = false;
    m_inputPane->setInput(input, origin);
}

void PreviewPage::setInput(const QByteArray& input, std::function<QString()> origin) {
    setInput(input);
    m_inputPane->setOriginText(std::move(origin));
}

void PreviewPage::setLookerAccount(LookerAccount* account) {
    m_inputPane->setLookerAccount(account);
}

void PreviewPage::runLook(const QString& lookId, int limit) {
    m_inputPane->runLook(lookId, limit);
}

bool PreviewPage::lookRunning() const {
    return m_inputPane->lookRunning();
}

QByteArray PreviewPage::input() const {
    return m_inputPane->input();
}

bool PreviewPage::openFile(const QString& path) {
    m_requestInstance.clear();
    m_lookInput = false;
    // A file is no request: the schedule a request chose does not follow it.
    m_optionsPane->pickSchedule(std::nullopt);
    QString error;
    if (!m_inputPane->openFile(path, &error)) {
        m_resultPane->setSummary(error);
        return false;
    }
    return true;
}

void PreviewPage::setHub(HubConnection* hub) {
    if (HubConnection* old = m_inputPane->requestHub())
        disconnect(old, nullptr, this, nullptr);
    m_inputPane->setRequestHub(hub);
    // Another hub's schedules and sources: nothing picked for the last one stays; an input
    // from the last hub's request says it is not this hub's.
    m_optionsPane->pickSchedule(std::nullopt);
    m_inputPane->refreshOrigin();
    m_sendBar->setHub(hub);
    m_syncStates.clear();
    refreshSchedules();
}

HubConnection* PreviewPage::hub() const {
    return m_inputPane->requestHub();
}

HubConfig PreviewPage::hubConfig() const {
    return hub() ? hub()->config() : HubConfig();
}

void PreviewPage::refreshSchedules() {
    m_schedulesListed = false;
    HubConnection* hub = m_inputPane->requestHub();
    if (!hub)
        return;
    whenReady(
        hub->syncScopes(), *hub, this,
        [this, hub = QPointer<HubConnection>(hub)](HubReply<std::vector<SyncScopeInfo>> reply) {
            if (hub != m_inputPane->requestHub())
                return;
            m_schedulesListed = true;
            // A hub that remembers nothing, or offers no list, leaves the request's own.
            m_optionsPane->setSchedules(reply.ok() ? std::move(reply.value)
                                                   : std::vector<SyncScopeInfo>());
        });
}

bool PreviewPage::requestsListed() const {
    return m_inputPane->requestsListed();
}

bool PreviewPage::showReceivedRequest(int newestFirst) {
    const ReceivedRequest* picked = m_inputPane->receivedRequest(newestFirst);
    HubConnection* from = m_inputPane->requestHub();
    if (!picked || !from)
        return false;
    const ReceivedRequest request = *picked;
    m_inputPane->markPicked(newestFirst);
    if (!request.resultKept) {
        m_resultPane->setSummary(
            request.resultBytes == 0
                ? tr("That request's result was at a download URL, which Looker lets the hub "
                     "read only once, and no window was watching: the hub keeps the first rows "
                     "of such results only while a window shows Preview.")
            : request.resultWithheld
                ? tr("The hub was not keeping results when that request came. A hub on a "
                     "server keeps them while a window shows its Preview page: the next ones "
                     "will be kept.")
                : tr("That request's result (%1) was too large to keep for the "
                     "preview.")
                      .arg(QLocale().formattedDataSize(request.resultBytes)));
        return false;
    }
    m_resultPane->setSummary(tr("Fetching that request's result from %1…").arg(from->name()));
    whenReady(from->requestResult(request.seq), *from, this,
              [this, request, hubName = from->name()](HubReply<QByteArray> reply) {
                  if (!reply.ok()) {
                      m_resultPane->setSummary(
                          tr("That request's result could not be fetched: %1").arg(reply.error));
                      return;
                  }
                  setInput(reply.value);
                  m_inputPane->setOriginText([this, request, hubName] {
                      QString origin =
                          tr("%1 request from region %2 at %3 (%4)")
                              .arg(ActionLabel::of(request.actionName), request.region,
                                   QLocale().toString(
                                       QDateTime::fromMSecsSinceEpoch(request.receivedMs).time(),
                                       QLocale::ShortFormat),
                                   hubName);
                      if (request.resultPartial)
                          origin += QStringLiteral(" — ") + partialRows(request);
                      // Another hub shown since: the input is still that request, and says so.
                      return hub() && hub()->name() != hubName
                                 ? tr("%1 — not the hub shown now").arg(origin)
                                 : origin;
                  });
                  m_optionsPane->takeRequestOptions(request);
                  m_requestInstance = request.lookerInstance;
                  runPreview();
                  // The request's schedule may have remembered rows since the list came.
                  refreshSchedules();
              });
    return true;
}

bool PreviewPage::showRequestOfRun(qint64 runId) {
    const int index = m_inputPane->indexOfRun(runId);
    if (index < 0) {
        m_resultPane->setSummary(
            tr("The hub no longer lists the request of run %1: it keeps its last requests, "
               "and not across a restart.")
                .arg(runId));
        return false;
    }
    return showReceivedRequest(index);
}

void PreviewPage::setCallType(CallType call) {
    m_optionsPane->setCallType(call);
}

CallType PreviewPage::callType() const {
    return m_optionsPane->callType();
}

void PreviewPage::setEventName(const QString& event) {
    m_optionsPane->setEventName(event);
    optionsChanged();
}

void PreviewPage::setHiddenFields(const QStringList& fields) {
    m_optionsPane->setHiddenFields(fields);
    optionsChanged();
}

void PreviewPage::setLegacyEmptyValues(bool on) {
    m_optionsPane->setLegacyEmptyValues(on);
}

void PreviewPage::setSendRows(std::optional<SendRows> rows) {
    m_optionsPane->setSendRows(rows);
}

bool PreviewPage::pickSchedule(const std::optional<SyncScopeKey>& key) {
    return m_optionsPane->pickSchedule(key);
}

PreviewOptions PreviewPage::currentOptions() {
    PreviewOptions options = m_optionsPane->options();
    options.limits = hubConfig().limits;
    // A received request's messageIds by the instance the hub named them by; a bare System
    // Activity result's by the configured one.
    options.systemActivity.lookerHost =
        (m_requestInstance.isEmpty() ? hubConfig().lookerHost : m_requestInstance).toStdString();
    options.maxKeptMessages = kKeptMessages;
    // A Look has no form: what the options leave at "as the request says" is the chosen
    // source's setting, as a schedule's "default" is.
    if (const SourceConfig* source = hubConfig().source(m_sendBar->source());
        m_lookInput && source) {
        const SyncOptions sync = source->syncOptions();
        options.propertyNames = options.propertyNames.value_or(sync.propertyNames);
        options.sendRows = options.sendRows.value_or(sync.sendRows);
        options.lookerContext = options.lookerContext.value_or(sync.lookerContext);
        if (options.rename.empty())
            options.rename = sync.rename;
        options.destination = options.destination.value_or(source->name.toStdString());
    }
    options.readSyncState = [this](const PreviewScope& scope, std::string* error) {
        return syncStateFor(scope, error);
    };
    return options;
}

std::optional<PreviewSyncState> PreviewPage::syncStateFor(const PreviewScope& scope,
                                                          std::string* error) {
    const SyncScopeKey key{QString::fromStdString(scope.planId),
                           QString::fromStdString(scope.action),
                           QString::fromStdString(scope.destination)};
    if (key.source.isEmpty()) {
        *error = tr("Only new or changed rows compares with what a schedule sent to a source, and "
                    "this input names none: pick a schedule under Schedule.")
                     .toStdString();
        return std::nullopt;
    }
    const auto read = m_syncStates.constFind(key.key());
    if (read == m_syncStates.constEnd()) {
        // Read from the hub between two previews: the builder can not wait for a network.
        m_wantedSync = key;
        *error = "not read yet";
        return std::nullopt;
    }
    if (!read->ok()) {
        *error = read->error.toStdString();
        return std::nullopt;
    }
    return PreviewSyncState{read->value.scopeId != 0, read->value.rows};
}

void PreviewPage::fetchWantedSync() {
    const SyncScopeKey key = *std::exchange(m_wantedSync, std::nullopt);
    HubConnection* hub = m_inputPane->requestHub();
    if (!hub) {
        m_syncStates.insert(key.key(), {{}, tr("There is no hub to compare with.")});
        startPreview();
        return;
    }
    m_fetchingSync = true;
    m_optionsPane->showRunning(true);
    m_resultPane->setSummary(tr("Reading what schedule %1 last sent to %2 from %3…")
                                 .arg(key.planId, key.source, hub->name()));
    whenReady(hub->syncState(key), *hub, this,
              [this, key, generation = m_generation](HubReply<SyncState> reply) {
                  if (generation != m_generation)
                      return;
                  m_fetchingSync = false;
                  m_syncStates.insert(key.key(), std::move(reply));
                  startPreview();
              });
}

void PreviewPage::runPreview() {
    // What the schedules sent is read anew: runs may have happened since.
    m_syncStates.clear();
    ++m_generation;
    m_fetchingSync = false;
    startPreview();
}

void PreviewPage::startPreview() {
    m_debounce->stop();
    m_work->stop();
    m_builder.reset();
    m_wantedSync.reset();
    m_cancelled = false;
    m_pending = input();
    m_fed = 0;
    // Not QByteArray::trimmed(): it copies, which takes long for tens of megabytes.
    if (std::all_of(m_pending.cbegin(), m_pending.cend(),
                    [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; })) {
        m_pending.clear();
        m_result = {};
        m_hasResult = false;
        showResult();
        emit previewFinished();
        return;
    }
    m_runCall = m_optionsPane->callType();
    m_builder = std::make_unique<PreviewBuilder>(currentOptions(), m_clock, m_ids);
    m_optionsPane->showRunning(true);
    updateSendEnabled();
    m_work->start();
}

void PreviewPage::cancelPreview() {
    ++m_generation; // a state being read is no longer wanted
    if (!isRunning())
        return;
    m_fetchingSync = false;
    m_work->stop();
    m_builder.reset();
    m_pending.clear();
    m_result = {};
    m_hasResult = false;
    m_cancelled = true;
    m_optionsPane->showRunning(false);
    showResult();
}

void PreviewPage::step() {
    QElapsedTimer turn;
    turn.start();
    while (turn.elapsed() < kTurnMs) {
        if (m_fed < m_pending.size()) {
            const qsizetype size = std::min(kSliceBytes, m_pending.size() - m_fed);
            const bool more =
                m_builder->feed(std::string_view(m_pending.constData() + m_fed, std::size_t(size)));
            m_fed = more ? m_fed + size : m_pending.size();
            continue;
        }
        m_builder->endInput();
        if (m_builder->advance(std::size_t(kSliceBytes))) {
            finishPreview();
            return;
        }
    }
    showProgress();
}

void PreviewPage::showProgress() {
    const double read = m_pending.isEmpty() ? 1.0 : double(m_fed) / double(m_pending.size());
    const auto [done, total] = m_builder->attachmentProgress();
    // An execute body is only gathered while it is read; its json_detail is the work.
    const double fraction =
        m_builder->result().input == PreviewResult::Input::ExecuteRequest
            ? 0.1 * read + 0.9 * (total == 0 ? 0.0 : double(done) / double(total))
            : read;
    m_optionsPane->setProgress(int(fraction * 1000));
}

void PreviewPage::finishPreview() {
    m_work->stop();
    if (m_wantedSync) {
        m_builder.reset();
        fetchWantedSync();
        return;
    }
    m_result = m_builder->takeResult();
    m_resultCall = m_runCall;
    m_builder.reset();
    m_pending.clear();
    m_hasResult = true;
    m_optionsPane->showRunning(false);
    showResult();
    emit previewFinished();
}

void PreviewPage::showResult() {
    if (m_cancelled) {
        m_resultPane->showCancelled();
    } else if (!m_hasResult) {
        m_resultPane->showNoResult();
    } else {
        m_resultPane->showResult(m_result, m_resultCall, m_optionsPane->compact(),
                                 hubConfig().limits.maxEventBytes);
        m_optionsPane->showRequestDefaults(m_result);
    }
    updateSendEnabled();
}

QStringList PreviewPage::messages() const {
    QStringList lines;
    lines.reserve(qsizetype(m_result.messages.size()));
    for (std::size_t i = 0; i < m_result.messages.size(); ++i) {
        const std::string line = m_result.line(i);
        lines.append(QString::fromUtf8(line.data(), qsizetype(line.size())));
    }
    return lines;
}

QStringList PreviewPage::warnings() const {
    return m_resultPane->warnings();
}

QStringList PreviewPage::notes() const {
    return m_resultPane->notes();
}

QString PreviewPage::summary() const {
    return m_resultPane->summary();
}

void PreviewPage::optionsChanged() {
    if (m_hasResult || isRunning())
        m_debounce->start();
}

void PreviewPage::updateSendEnabled() {
    m_sendBar->setReady(m_hasResult && !isRunning() && !m_result.messages.empty() &&
                        m_result.keptAll());
}

void PreviewPage::confirmAndSend() {
    m_sendBar->fillSources();
    const QString source = m_sendBar->source();
    if (source.isEmpty() || !m_sendBar->canSend())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Send the messages"),
        tr("Store these %n message(s) in the outbox for source \"%1\"? They are delivered like "
           "an execute's, with the message ids shown here.",
           nullptr, int(m_result.messages.size()))
            .arg(source));
    if (answer == QMessageBox::Yes)
        sendToSource(source);
}

void PreviewPage::sendToSource(const QString& sourceName) {
    if (m_result.messages.empty() || !m_result.keptAll() || !hub()) {
        emit sendFinished(false, tr("There is nothing to send."));
        return;
    }
    m_sendBar->send(
        sourceName, m_result.messages, m_result.oversizedCount,
        QStringLiteral("preview %1").arg(QString::fromLatin1(callTypeName(m_resultCall))));
}

void PreviewPage::showEvent(QShowEvent* event) {
    // Sources may have changed on the Connections page, and schedules run.
    m_sendBar->fillSources();
    refreshSchedules();
    QWidget::showEvent(event);
}

void PreviewPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewPage::retranslateUi() {
    // The summary and the warnings are built from the result, in the new language.
    showResult();
}

} // namespace ActionDeck
