#include "hub/hub.h"

#include "core/clock.h"
#include "core/tlscredentials.h"
#include "delivery/deliveryworker.h"
#include "hub/hubserver.h"
#include "hub/runfromrequest.h"
#include "hub/syncoptionsresolver.h"
#include "outbox/outboxmigration.h"
#include "outbox/sqliteoutboxlock.h"
#include "rudder/dataplaneurl.h"
#include "version.h"

#include <QDir>
#include <QFile>

namespace ActionDeck {

Hub::Hub(HubConfig config, QString dataDirectory, const Clock& clock, IdGenerator& ids,
         QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_dataDirectory(std::move(dataDirectory))
    , m_clock(clock)
    , m_ids(ids)
    , m_authenticator(m_config.regions) {
    qRegisterMetaType<ActionDeck::ExecuteSummary>();
    qRegisterMetaType<ActionDeck::ReceivedRequest>();
    qRegisterMetaType<QList<ActionDeck::LiveMessage>>();
    m_uptime.start();
}

Hub::~Hub() {
    m_server.reset();
    if (m_delivery)
        m_delivery->stop();
    // The outbox first: its thread finishes the worker's outstanding calls before it stops, so
    // no answer is on its way to a worker that is gone.
    m_outbox.reset();
    m_delivery.reset();
}

QString Hub::notReadyReason() const {
    if (!isOpen())
        return QStringLiteral("the outbox is not open");
    if (!m_listening)
        return m_listenError.isEmpty()
                   ? QStringLiteral("Looker's port is not listening")
                   : QStringLiteral("Looker's port is not listening: %1").arg(m_listenError);
    return {};
}

bool Hub::deliveryYielding() const {
    return m_delivery && m_delivery->yielding();
}

bool Hub::start(QString* error) {
    auto location = OutboxLocation::parse(m_config.outbox, m_dataDirectory, error);
    if (!location)
        return false;
    if (location->isPostgres()) {
        const auto sealer = m_config.loadSealer(error);
        if (!sealer)
            return false;
        location->setSealer(sealer);
    }
    // Spills and temporary files live here whichever outbox holds the batches: owner only.
    if (!QDir().mkpath(m_dataDirectory)) {
        if (error)
            *error = QStringLiteral("cannot create the data directory %1").arg(m_dataDirectory);
        return false;
    }
    QFile::setPermissions(m_dataDirectory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!location->isPostgres()) {
        // One hub per file: its leases are kept in memory.
        m_outboxLock = std::make_unique<SqliteOutboxLock>(m_dataDirectory);
        if (!m_outboxLock->tryLock(error))
            return false;
    } else if (const qint64 left = OutboxMigration::leftInFile(m_dataDirectory); left > 0) {
        // Switched from the file to PostgreSQL: what waits in the file goes along, first.
        QString why;
        m_movedAtStart = OutboxMigration::run(m_dataDirectory, *location, &why);
        if (!m_movedAtStart) {
            if (error)
                *error = QStringLiteral("%1 pending or failed batches and sync scopes wait in the "
                                        "SQLite outbox in %2 and could not be moved into "
                                        "PostgreSQL: %3")
                             .arg(left)
                             .arg(m_dataDirectory, why);
            return false;
        }
    }
    m_outbox = std::make_unique<Outbox>(*location, m_clock);
    if (!m_outbox->open(error))
        return false;
    // Requests being read when a previous process died left their temporary files.
    const QDir directory(m_dataDirectory);
    for (const QString& name : directory.entryList({QStringLiteral("spool-*.tmp")}, QDir::Files))
        QFile::remove(directory.filePath(name));
    m_delivery = std::make_unique<DeliveryWorker>(*m_outbox, m_clock, m_config.delivery);
    m_delivery->setYielding(m_running > 0);
    connect(m_delivery.get(), &DeliveryWorker::snapshot, this,
            [this](const DeliverySnapshot& snapshot) {
                m_lastCounts = snapshot.counts;
                // The fleet a shared outbox has now: for /status, without waiting on it there.
                m_outbox->liveHubs().then(this, [this](int hubs) { m_liveHubs = hubs; });
            });
    m_lastCounts = m_outbox->counts().result();
    m_delivery->start();
    m_runs = std::make_unique<RunMonitor>(*m_outbox, m_network, m_clock);
    m_runs->setSettings(m_config.alerts);
    m_runs->setSourceNamer([this](const QString& endpoint) { return sourceNameOf(endpoint); });
    connect(m_runs.get(), &RunMonitor::runFinished, this, &Hub::runChanged);
    m_runs->start();
    pruneDelivered();
    connect(&m_pruneTimer, &QTimer::timeout, this, &Hub::pruneDelivered, Qt::UniqueConnection);
    m_pruneTimer.start(kPruneIntervalMs);
    return listen(error);
}

bool Hub::listen(QString* error) {
    if (m_shuttingDown || !isOpen()) {
        if (error)
            *error = QStringLiteral("the hub is not running");
        return false;
    }
    if (m_listening)
        return true;
    // One front for the hub's life: listening again moves only its listener, so executes on
    // open connections finish.
    if (!m_server)
        m_server = std::make_unique<HubServer>(*this);
    m_server->setLimits(m_config.http);
    m_listenError.clear();
    // Read at every listen, so a renewed certificate is picked up by listening again.
    std::optional<TlsCredentials> tls;
    if (m_config.usesTls())
        tls =
            TlsCredentials::load(m_config.tlsCertificateFile, m_config.tlsKeyFile, &m_listenError);
    m_listening =
        m_listenError.isEmpty() && m_server->listen(m_config.listenAddress, m_config.listenPort,
                                                    tls ? &*tls : nullptr, &m_listenError);
    if (!m_listening && error)
        *error = m_listenError;
    emit listeningChanged(m_listening);
    return m_listening;
}

void Hub::stopListening() {
    if (m_server)
        m_server->stopListening();
    if (std::exchange(m_listening, false))
        emit listeningChanged(false);
}

bool Hub::reconfigure(HubConfig config, QString* error) {
    const bool moved = config.listenAddress != m_config.listenAddress ||
                       config.listenPort != m_config.listenPort ||
                       config.tlsCertificateFile != m_config.tlsCertificateFile ||
                       config.tlsKeyFile != m_config.tlsKeyFile;
    m_config = std::move(config);
    m_authenticator = RegionAuthenticator(m_config.regions);
    if (m_delivery)
        m_delivery->setSettings(m_config.delivery);
    if (m_server)
        m_server->setLimits(m_config.http);
    if (m_runs)
        m_runs->setSettings(m_config.alerts);
    emit configChanged();
    // Not listening because the old address failed: the new one may work. Stopped by the user:
    // stays stopped.
    if (!m_listening)
        return m_listenError.isEmpty() ? true : listen(error);
    if (!moved)
        return true;
    stopListening();
    return listen(error);
}

void Hub::shutdown(std::function<void()> done) {
    m_shuttingDown = true;
    // Executes still waiting for a turn are answered, not cut off.
    while (!m_queue.empty()) {
        ExecuteJob* job = m_queue.front();
        m_queue.pop_front();
        ++m_running;
        job->cancel(QStringLiteral("ActionDeck is shutting down and did not start this execute; "
                                   "nothing was sent. Run the schedule again."));
    }
    stopListening();
    m_shutdownDone = std::move(done);
    if (m_running == 0 && m_shutdownDone)
        std::exchange(m_shutdownDone, {})();
}

void Hub::pruneDelivered() {
    if (!m_outbox)
        return;
    m_outbox->pruneDelivered(m_config.delivery.keepDeliveredMs);
    m_outbox->pruneSync(qint64(m_config.syncStateDays) * 24 * 3600 * 1000);
    m_outbox->pruneRuns(qint64(m_config.runDays) * 24 * 3600 * 1000);
}

QUrl Hub::listeningUrl() const {
    return m_server ? m_server->url() : QUrl();
}

QString Hub::sourceNameOf(const QString& endpoint) const {
    for (const SourceConfig& source : m_config.sources) {
        QString why;
        if (batchEndpoint(source.dataPlaneUrl, &why).toString() == endpoint)
            return source.name;
    }
    return QUrl(endpoint).host();
}

QString Hub::baseUrl() const {
    return m_config.publicBaseUrl.isEmpty() ? listeningUrl().toString() : m_config.publicBaseUrl;
}

std::optional<QString> Hub::regionFor(const QByteArray& authorization) const {
    return m_authenticator.regionFor(authorization);
}

QJsonObject Hub::actionList(const LookerVersion& version) const {
    QStringList sources;
    for (const SourceConfig& source : m_config.sources)
        sources.append(source.name);
    return ActionDefinitions(baseUrl(), sources).list(m_config.label, version);
}

std::optional<QJsonObject> Hub::action(const QString& name, const LookerVersion& version) const {
    QStringList sources;
    for (const SourceConfig& source : m_config.sources)
        sources.append(source.name);
    return ActionDefinitions(baseUrl(), sources).action(name, version);
}

std::optional<QJsonObject> Hub::form(const QString& name) const {
    QStringList sources;
    for (const SourceConfig& source : m_config.sources)
        sources.append(source.name);
    return ActionDefinitions(baseUrl(), sources).form(name);
}

QJsonObject Hub::status() const {
    // The last periodic snapshot (at most a second old): asking the outbox thread here would
    // stall every request behind a large commit.
    const OutboxCounts counts = m_lastCounts;
    QJsonArray regions;
    for (const RegionConfig& region : m_config.regions)
        regions.append(region.name);
    // Names only, as Looker's form lists them: what a window may send a preview to.
    QJsonArray sources;
    for (const SourceConfig& source : m_config.sources)
        sources.append(source.name);
    return {
        {QStringLiteral("name"), QStringLiteral("ActionDeck")},
        {QStringLiteral("version"), QString::fromLatin1(kVersion)},
        {QStringLiteral("uptime_seconds"), double(m_uptime.elapsed() / 1000)},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("executes"), QJsonObject{{QStringLiteral("running"), m_running},
                                                 {QStringLiteral("queued"), int(m_queue.size())}}},
        {QStringLiteral("queue"),
         QJsonObject{{QStringLiteral("pending_batches"), double(counts.pendingBatches)},
                     {QStringLiteral("pending_messages"), double(counts.pendingMessages)},
                     {QStringLiteral("in_flight_batches"), m_delivery ? m_delivery->inFlight() : 0},
                     // Delivery goes at a trickle while executes stream (their answer first).
                     {QStringLiteral("delivery_yielding"), deliveryYielding()},
                     {QStringLiteral("failed_batches"), double(counts.failedBatches)},
                     {QStringLiteral("failed_messages"), double(counts.failedMessages)},
                     {QStringLiteral("delivered_batches"), double(counts.deliveredBatches)},
                     {QStringLiteral("delivered_messages"), double(counts.deliveredMessages)}}},
        {QStringLiteral("outbox"), outboxStatus()},
    };
}

OutboxLocation Hub::outboxLocation() const {
    return m_outbox ? m_outbox->location() : OutboxLocation::sqlite(m_dataDirectory);
}

QJsonObject Hub::outboxStatus() const {
    if (!m_outbox)
        return {};
    // Where, never how to get in: the URI without its query, and never a password.
    return {{QStringLiteral("kind"), m_outbox->location().kind()},
            {QStringLiteral("location"), m_outbox->location().displayName()},
            {QStringLiteral("hub_id"), m_outbox->hubId()},
            {QStringLiteral("id"), m_outbox->outboxId()},
            {QStringLiteral("live_hubs"), m_liveHubs}};
}

Hub::ExecuteStart Hub::execute(const QString& actionName, const QString& region,
                               ExecuteRequest request,
                               std::function<void(const ExecuteResult&)> finished) {
    const auto reject = [](int status, const QString& why) {
        return ExecuteStart{status, why, {}};
    };
    const auto call = ActionDefinitions::callFor(actionName);
    if (!call)
        return reject(404, QStringLiteral("There is no action named \"%1\".").arg(actionName));
    if (!request.type.empty() && request.type != "query")
        return reject(400, QStringLiteral("ActionDeck's actions take query results, not \"%1\".")
                               .arg(QString::fromStdString(request.type)));
    if (m_shuttingDown)
        return reject(503, QStringLiteral("ActionDeck is shutting down; run the schedule again."));

    QString writeKey;
    QString dataPlaneUrl;
    const std::string destination = request.formParam("destination_source");
    const SourceConfig* source = nullptr;
    if (!destination.empty()) {
        source = m_config.source(QString::fromStdString(destination));
        if (!source)
            return reject(400, QStringLiteral("No source named \"%1\" is configured in ActionDeck.")
                                   .arg(QString::fromStdString(destination)));
        writeKey = source->writeKey;
        dataPlaneUrl = source->dataPlaneUrl;
    } else {
        writeKey = QString::fromStdString(request.param("rudder_write_key")).trimmed();
        dataPlaneUrl = QString::fromStdString(request.param("rudder_server_url")).trimmed();
        for (const RegionConfig& r : m_config.regions) {
            if (dataPlaneUrl.isEmpty() && r.name == region)
                dataPlaneUrl = r.dataPlaneUrl;
        }
    }
    if (writeKey.isEmpty())
        return reject(400, QStringLiteral("The Rudder Write Key is missing: set it in the action's "
                                          "settings in Looker, or pick a destination source."));
    if (dataPlaneUrl.isEmpty())
        return reject(400, QStringLiteral("The Rudder Data Plane URL is missing: set it in the "
                                          "action's settings in Looker, or pick a destination "
                                          "source."));
    QString why;
    const QUrl endpoint = batchEndpoint(dataPlaneUrl, &why);
    if (!endpoint.isValid())
        return reject(400,
                      QStringLiteral("The Rudder Data Plane URL can not be used: %1.").arg(why));
    if (!request.hasAttachment && request.downloadUrl.empty())
        return reject(400, QStringLiteral("The request has neither an attachment nor a download "
                                          "URL: there is no query result to send."));
    if (!request.hasAttachment) {
        // Only web URLs: a token holder must not make the hub read local files (file:, qrc:).
        const QString scheme = QUrl(QString::fromStdString(request.downloadUrl)).scheme().toLower();
        if (scheme != u"http" && scheme != u"https")
            return reject(400, QStringLiteral("The download URL must be an http or https URL."));
    }
    if (*call == CallType::Track &&
        QString::fromStdString(request.formParam("event")).trimmed().isEmpty())
        return reject(400,
                      QStringLiteral("Track requires an event name (the form field \"event\")."));

    // The form's sync options over the destination source's (issue 18).
    const auto sync = SyncOptionsResolver::resolve(request.formParams, source, &why);
    if (!sync)
        return reject(400, why);

    ExecuteSettings settings;
    settings.actionName = actionName;
    settings.region = region;
    settings.target = {endpoint.toString(), writeKey};
    settings.build.call = *call;
    settings.build.event = request.formParam("event");
    settings.build.hiddenFields = request.hiddenFields;
    settings.build.legacyEmptyValues = m_config.legacyEmptyValues;
    settings.build.run = {request.planId, request.planTitle, request.planType, request.planUrl,
                          request.queryId};
    // The destination by its source's name, or by where its data plane is: never by write key.
    settings.build.idScope = messageIdScope(
        request.planId, destination.empty() ? endpoint.toString().toStdString() : destination,
        actionName.toStdString());
    settings.build.propertyNames = sync->propertyNames;
    settings.build.rename = sync->rename;
    settings.build.lookerContext = sync->lookerContext;
    settings.sendRows = sync->sendRows;
    // "Only new or changed rows" compares against the schedule's last run: without a schedule
    // (an ad-hoc send from an Explore) there is none, and every row goes.
    const QString syncSource =
        destination.empty() ? endpoint.toString() : QString::fromStdString(destination);
    if (*call == CallType::SystemActivity) {
        // Each Looker event once a source, whatever schedule sends it (overlapping windows,
        // Looker's 12-hour cache), so the scope is the source's, not the schedule's.
        settings.systemActivity = systemActivityOptions(request, region, *sync);
        settings.syncScope =
            SyncScopeKey{QString::fromLatin1(kSystemActivityScope.data(),
                                             qsizetype(kSystemActivityScope.size())),
                         actionName, syncSource};
        settings.spillDirectory = m_dataDirectory;
    } else if (sync->sendRows == SendRows::Changed && !request.planId.empty()) {
        settings.syncScope =
            SyncScopeKey{QString::fromStdString(request.planId), actionName, syncSource};
        settings.build.fingerprints = true;
    } else if (sync->sendRows == SendRows::Changed) {
        settings.note = QStringLiteral("All rows were sent: only new or changed rows needs a "
                                       "scheduled plan to compare with, and this send has none.");
    }
    settings.limits = m_config.limits;
    settings.downloadTimeoutMs = m_config.downloadTimeoutMs;
    settings.sourceName =
        destination.empty() ? endpoint.host() : QString::fromStdString(destination);
    settings.captureLive = liveCapture();
    settings.liveWanted = [this] { return m_liveCaptureWindow || !m_liveDemand || m_liveDemand(); };
    settings.run = RunFromRequest::make(request, actionName, region, settings.sourceName);
    const qint64 seq = remember(request, settings, syncSource);

    auto* job =
        new ExecuteJob(std::move(request), settings, *m_outbox, m_network, m_clock, m_ids, this);
    const qint64 startedMs = m_clock.nowMs();
    connect(job, &ExecuteJob::excerptKept, this,
            [this, seq](const QByteArray& json, qint64 rows, bool partial) {
                keepExcerpt(seq, json, rows, partial);
            });
    connect(job, &ExecuteJob::messagesStored, this, [this, actionName, region](int count) {
        emit messagesStored(actionName, region, count);
    });
    connect(job, &ExecuteJob::liveMessages, this, &Hub::liveMessages);
    connect(job, &ExecuteJob::runChanged, this, [this, seq](const RunRecord& run) {
        if (ReceivedRequest* received = recentRequestRef(seq); received && !received->runId)
            received->runId = run.id;
        emit runChanged(run);
    });
    connect(job, &ExecuteJob::liveMessagesNotCaptured, this, &Hub::liveMessagesNotCaptured);
    connect(
        job, &ExecuteJob::finished, this,
        [this, job, seq, startedMs, finished = std::move(finished)](const ExecuteResult& result) {
            --m_running;
            countRows(seq, result.rows);
            // Answered with messages pending: the views see it delivering (a final run comes
            // from RunMonitor). The outbox orders calls, so this reads the answer.
            if (result.runId > 0 && m_outbox)
                m_outbox->run(result.runId).then(this, [this](const std::optional<RunRecord>& run) {
                    if (run && run->state == RunState::Delivering)
                        emit runChanged(*run);
                });
            if (job->settings().syncScope)
                m_busySyncScopes.remove(job->settings().syncScope->key());
            job->deleteLater();
            emit executeFinished({job->settings().actionName, job->settings().region,
                                  job->settings().target.endpoint, result, startedMs,
                                  m_clock.nowMs()});
            finished(result);
            startQueued();
            // After the queue moved on: full speed only when no execute is left.
            if (m_delivery)
                m_delivery->setYielding(m_running > 0);
            if (m_shuttingDown && m_running == 0 && m_shutdownDone)
                std::exchange(m_shutdownDone, {})();
        });
    m_queue.push_back(job);
    const QPointer<ExecuteJob> accepted(job);
    startQueued();
    return {200, {}, accepted};
}

QFuture<Outbox::AppendResult> Hub::send(const QString& sourceName,
                                        const std::vector<std::string>& messages,
                                        const QString& origin) {
    const auto failed = [](const QString& why) {
        Outbox::AppendResult result;
        result.error = why;
        return QtFuture::makeReadyFuture(result);
    };
    const SourceConfig* source = m_config.source(sourceName);
    if (!source)
        return failed(QStringLiteral("no source named \"%1\" is configured").arg(sourceName));
    if (!isOpen())
        return failed(QStringLiteral("the hub is not running"));
    QString why;
    const QUrl endpoint = batchEndpoint(source->dataPlaneUrl, &why);
    if (!endpoint.isValid())
        return failed(QStringLiteral("the data plane URL can not be used: %1").arg(why));
    BatchAssembler assembler({endpoint.toString(), source->writeKey}, m_config.limits, origin);
    std::vector<NewBatch> batches;
    for (const std::string& message : messages)
        assembler.add(message, batches);
    assembler.flush(batches);
    return m_outbox->append(std::move(batches));
}

SystemActivityOptions Hub::systemActivityOptions(const ExecuteRequest& request,
                                                 const QString& region, const SyncOptions& sync) {
    SystemActivityOptions options;
    options.eventPrefix = request.formParam("event_prefix");
    const QString zone = QString::fromStdString(request.formParam("looker_timezone")).trimmed();
    options.timezone = zone.isEmpty() ? std::string("UTC") : zone.toStdString();
    options.lookerContext = sync.lookerContext;
    options.run = {request.planId, request.planTitle, request.planType, request.planUrl,
                   request.queryId};
    options.fingerprints = true;
    // The instance names the ids: the host Looker's own URLs point at, else the region.
    for (const std::string& url : {request.downloadUrl, request.planUrl}) {
        const QString host = QUrl(QString::fromStdString(url)).host();
        if (!host.isEmpty())
            options.lookerHost = host.toStdString();
    }
    if (options.lookerHost.empty())
        options.lookerHost = region.toStdString();
    return options;
}

void Hub::startQueued() {
    // In the order received, but two executes of one sync scope never run at once: each
    // compares against what the one before it sent.
    for (auto it = m_queue.begin();
         it != m_queue.end() && m_running < m_config.maxConcurrentExecutes;) {
        ExecuteJob* job = *it;
        const auto& scope = job->settings().syncScope;
        if (scope && m_busySyncScopes.contains(scope->key())) {
            ++it;
            continue;
        }
        it = m_queue.erase(it);
        if (scope)
            m_busySyncScopes.insert(scope->key());
        ++m_running;
        if (m_delivery)
            m_delivery->setYielding(true);
        emit executeStarted(job->settings().actionName, job->settings().region);
        job->start();
    }
}

} // namespace ActionDeck
