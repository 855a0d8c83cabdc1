#include "connection/remotehubconnection.h"

#include "admin/batchinfojson.h"
#include "admin/receivedrequestjson.h"
#include "outbox/runrecordjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <memory>

namespace ActionDeck {

namespace {

/// Three of the hub's 15 s keep-alive comments missed: the stream is dead.
constexpr int kStreamIdleMs = 45000;
constexpr int kStatusPollMs = 10000;
constexpr int kPageLimit = 1000; ///< the admin API's largest page

QString idList(const std::vector<qint64>& ids, std::size_t from, std::size_t to) {
    QStringList parts;
    for (std::size_t i = from; i < to; ++i)
        parts.append(QString::number(ids[i]));
    return parts.join(u',');
}

QString stringAt(const boost::json::object& object, std::string_view key) {
    const boost::json::value* value = object.if_contains(key);
    const boost::json::string* text = value ? value->if_string() : nullptr;
    return text ? QString::fromUtf8(text->data(), qsizetype(text->size())) : QString();
}

/// Keeps one copy of a text that repeats (a run of messages of one action, region and source),
/// as the hub's own live messages share theirs.
void share(QString& text, const QString& previous) {
    if (text == previous)
        text = previous;
}

} // namespace

/// A message event's data: {meta…, "message": <the message as stored>}. The message is taken
/// as its bytes, not re-serialised, so the Live flow shows it exactly as stored; the meta is
/// read with Boost.JSON (this runs for every message a viewer is sent).
std::optional<LiveMessage> RemoteHubConnection::messageOf(const QByteArray& data) {
    static const QByteArray key = QByteArrayLiteral(",\"message\":");
    // Our own meta (no nested objects; every quote inside a string escaped) comes first.
    const qsizetype at = data.indexOf(key);
    if (at < 0 || !data.endsWith('}'))
        return std::nullopt;
    std::string meta(data.constData(), std::size_t(at));
    meta += '}';
    boost::system::error_code error;
    const boost::json::value value = boost::json::parse(meta, error);
    const boost::json::object* object = error ? nullptr : value.if_object();
    if (!object)
        return std::nullopt;
    const auto number = [object](std::string_view name) -> qint64 {
        const boost::json::value* v = object->if_contains(name);
        return v && v->is_number() ? v->to_number<qint64>() : 0;
    };
    LiveMessage m;
    m.storedMs = number("storedMs");
    m.batchId = number("batchId");
    const boost::json::value* rejected = object->if_contains("rejected");
    m.rejected = rejected && rejected->is_bool() && rejected->get_bool();
    m.action = stringAt(*object, "action");
    m.region = stringAt(*object, "region");
    m.source = stringAt(*object, "source");
    share(m.action, m_lastMessage.action);
    share(m.region, m_lastMessage.region);
    share(m.source, m_lastMessage.source);
    m_lastMessage = {m.storedMs, m.action, m.region, m.source, 0, false, {}};
    m.json = data.mid(at + key.size(), data.size() - at - key.size() - 1);
    return m;
}

RemoteHubConnection::RemoteHubConnection(RemoteHubSettings settings, QObject* parent)
    : HubConnection(parent)
    , m_client(std::move(settings))
    , m_reader([this](const SseEvent& event) { dispatch(event); }) {
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &RemoteHubConnection::connectStream);
    m_statusPoll.setInterval(kStatusPollMs);
    connect(&m_statusPoll, &QTimer::timeout, this, &RemoteHubConnection::fetchSnapshot);
}

RemoteHubConnection::~RemoteHubConnection() {
    // While this object is whole: calls in flight end (with an error) before its members go.
    m_open = false;
    m_client.abortAll();
}

void RemoteHubConnection::setBackoff(int firstMs, int maxMs) {
    m_firstBackoffMs = m_backoffMs = firstMs;
    m_maxBackoffMs = maxMs;
}

void RemoteHubConnection::open() {
    if (m_open)
        return;
    m_open = true;
    m_backoffMs = m_firstBackoffMs;
    if (m_client.settings().token.isEmpty()) {
        setState(State::Unauthorized, tr("No admin token: enter the one the server printed."));
        return;
    }
    setState(State::Connecting);
    connectStream();
}

void RemoteHubConnection::close() {
    m_open = false;
    m_reconnect.stop();
    m_statusPoll.stop();
    if (m_stream) {
        QNetworkReply* stream = m_stream;
        m_stream = nullptr;
        stream->abort();
        stream->deleteLater();
    }
    setState(State::Closed);
}

void RemoteHubConnection::pinCertificate(const QByteArray& sha256) {
    m_client.setPinnedSha256(sha256);
    m_offeredSha256.clear();
    if (m_open) {
        close();
        open();
    }
}

void RemoteHubConnection::setWatchingMessages(bool on) {
    if (on == m_watchingMessages)
        return;
    m_watchingMessages = on;
    // The stream says at its start whether it carries messages: open it again, resuming after
    // the last event, so nothing else is missed.
    if (m_open && m_stream) {
        QNetworkReply* stream = m_stream;
        m_stream = nullptr;
        stream->abort();
        stream->deleteLater();
        connectStream();
    }
}

void RemoteHubConnection::connectStream() {
    if (!m_open || m_stream)
        return;
    QUrlQuery query;
    if (!m_watchingMessages)
        query.addQueryItem(QStringLiteral("messages"), QStringLiteral("0"));
    QNetworkRequest request = m_client.request(QStringLiteral("/api/v1/events"), query);
    request.setRawHeader("Accept", "text/event-stream");
    if (!m_lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", m_lastEventId);
    request.setTransferTimeout(kStreamIdleMs);
    m_reader.reset();
    m_streamAccepted = false;
    m_stream = m_client.open(request);
    connect(m_stream, &QNetworkReply::metaDataChanged, this, &RemoteHubConnection::streamHeaders);
    connect(m_stream, &QNetworkReply::readyRead, this, &RemoteHubConnection::streamData);
    connect(m_stream, &QNetworkReply::finished, this, &RemoteHubConnection::streamEnded);
}

void RemoteHubConnection::streamHeaders() {
    QNetworkReply* stream = m_stream;
    if (!stream || m_streamAccepted)
        return;
    const int status = stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // streamEnded says why
    m_streamAccepted = true;
    m_backoffMs = m_firstBackoffMs;
    // Open first, then the snapshot: what changes in between comes as events after it.
    fetchSnapshot();
    m_statusPoll.start();
}

void RemoteHubConnection::streamData() {
    if (!m_stream || !m_streamAccepted)
        return;
    if (!m_reader.feed(m_stream->readAll())) {
        m_stream->abort();
        return;
    }
    flushPending();
}

void RemoteHubConnection::flushPending() {
    // One signal per piece of the stream, not per event: a 1 M-row execute is many events.
    if (!m_pendingMessages.isEmpty()) {
        const QList<LiveMessage> messages = std::exchange(m_pendingMessages, {});
        emit liveMessages(messages);
    }
    if (!m_pendingBatches.isEmpty()) {
        const QList<BatchStateChange> changes = std::exchange(m_pendingBatches, {});
        emit batchesChanged(changes);
    }
}

void RemoteHubConnection::streamEnded() {
    QNetworkReply* stream = qobject_cast<QNetworkReply*>(sender());
    if (!stream)
        return;
    stream->deleteLater();
    if (stream != m_stream)
        return; // one we replaced or closed
    m_stream = nullptr;
    if (m_streamAccepted && stream->isOpen())
        m_reader.feed(stream->readAll());
    flushPending();
    m_statusPoll.stop();
    if (!m_open)
        return;
    const AdminAnswer answer = AdminClient::answerOf(stream);
    if (answer.status == 401) {
        setState(State::Unauthorized, tr("The hub refused the admin token."));
        return;
    }
    if (!answer.offeredSha256.isEmpty()) {
        m_offeredSha256 = answer.offeredSha256;
        setState(State::CertificateChanged, answer.error);
        return;
    }
    scheduleReconnect(answer.ok() ? tr("The hub closed the event stream.") : answer.error);
}

void RemoteHubConnection::scheduleReconnect(const QString& reason) {
    // The hub may be a new process with another certificate: no kept TLS session is reused.
    m_client.forgetConnections();
    setState(State::Reconnecting, reason);
    // Jitter: hubs restarted together are not reconnected to in lockstep by many windows.
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 5 + 1));
    m_reconnect.start(m_backoffMs + jitter);
    m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
}

void RemoteHubConnection::dispatch(const SseEvent& event) {
    if (!event.id.isEmpty())
        m_lastEventId = event.id;
    const QByteArray& type = event.type;
    if (type == "message") {
        if (auto message = messageOf(event.data))
            m_pendingMessages.append(std::move(*message));
        return;
    }
    // Everything else keeps its order relative to the messages before it.
    flushPending();
    const QJsonObject data = QJsonDocument::fromJson(event.data).object();
    if (type == "batch") {
        BatchStateChange c;
        c.id = qint64(data.value(u"id").toDouble());
        c.state = batchStateNamed(data.value(u"state").toString()).value_or(BatchState::Pending);
        c.messageCount = data.value(u"messages").toInt();
        c.attempts = data.value(u"attempts").toInt();
        c.lastStatus = data.value(u"lastStatus").toInt();
        c.lastError = data.value(u"lastError").toString();
        m_pendingBatches.append(c);
        // Each attempt changes the batch (its count, or its state): that change is the attempt.
        if (c.attempts > 0) {
            flushPending();
            emit deliveryAttempt(c.id, c.lastStatus, c.state == BatchState::Delivered,
                                 c.state == BatchState::Pending);
        }
    } else if (type == "counters") {
        snapshotRef().applyCounters(data);
        emit snapshotChanged();
    } else if (type == "execute") {
        const QString action = data.value(u"action").toString();
        const QString region = data.value(u"region").toString();
        if (data.value(u"phase").toString() == u"start") {
            // The hub lists a request before it starts its execute.
            emit requestReceived();
            emit executeStarted(action, region);
            return;
        }
        ExecuteSummary s;
        s.actionName = action;
        s.region = region;
        s.result.success = data.value(u"success").toBool();
        s.result.message = data.value(u"message").toString();
        s.result.rows = qint64(data.value(u"rows").toDouble());
        s.result.messages = qint64(data.value(u"messages").toDouble());
        s.finishedMs = QDateTime::currentMSecsSinceEpoch();
        s.startedMs = s.finishedMs - qint64(data.value(u"durationMs").toDouble());
        emit executeFinished(s);
        // Its first rows, kept as it read them, and its row count are in the list by now.
        emit requestUpdated();
    } else if (type == "run") {
        if (auto run = RunRecordJson::fromJson(data, nullptr))
            emit runChanged(*run);
    } else if (type == "skipped") {
        emit messagesSkipped(qint64(data.value(u"messages").toDouble()));
    } else if (type == "config") {
        fetchConfig();
        emit configChanged();
    } else if (type == "resync") {
        m_resyncPending = true;
        fetchSnapshot();
    }
}

void RemoteHubConnection::fetchSnapshot() {
    m_client.get(QStringLiteral("/api/v1/status")).then(this, [this](const AdminAnswer& answer) {
        if (!m_open)
            return;
        if (!answer.ok())
            return noteFailure(answer);
        const bool first = snapshot().bootId.isEmpty() || state() != State::Connected;
        const QString previousBoot = snapshot().bootId;
        setSnapshot(HubSnapshot::fromStatus(answer.json()));
        // Told so, or the hub is another process than the one the views' copies came from:
        // they fetch again, from this snapshot on.
        if (std::exchange(m_resyncPending, false) ||
            (!previousBoot.isEmpty() && previousBoot != snapshot().bootId))
            emit resynced();
        if (m_stream && m_streamAccepted)
            setState(State::Connected);
        if (first)
            fetchConfig();
    });
}

void RemoteHubConnection::fetchConfig() {
    // The configuration is the admin scope's; the others see the hub without it.
    if (snapshot().callerScope != u"admin")
        return;
    m_client.get(QStringLiteral("/api/v1/config")).then(this, [this](const AdminAnswer& answer) {
        if (!answer.ok())
            return noteFailure(answer);
        // Masked: no secret came, and none is asked for.
        QJsonObject masked = answer.json();
        masked.insert(u"secretsIn", QStringLiteral("keychain"));
        if (auto config = HubConfig::fromJson(QJsonDocument(masked).toJson(), nullptr)) {
            m_config = *config;
            m_maskedConfig = answer.json();
            m_configEtag = answer.etag;
            emit configChanged();
        }
    });
}

void RemoteHubConnection::noteFailure(const AdminAnswer& answer) {
    if (answer.status == 401)
        setState(State::Unauthorized, tr("The hub refused the admin token."));
}

QFuture<HubReply<OutboxCounts>> RemoteHubConnection::counts() {
    return m_client.get(QStringLiteral("/api/v1/status"))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return HubReply<OutboxCounts>{{}, answer.error};
            }
            setSnapshot(HubSnapshot::fromStatus(answer.json()));
            return HubReply<OutboxCounts>{snapshot().counts, {}};
        });
}

QFuture<HubReply<std::vector<BatchInfo>>>
RemoteHubConnection::batches(std::optional<BatchState> state, int limit, qint64 afterId,
                             qint64 runId) {
    QUrlQuery query;
    if (state)
        query.addQueryItem(QStringLiteral("state"), batchStateName(*state));
    if (runId > 0)
        query.addQueryItem(QStringLiteral("run"), QString::number(runId));
    return pages(QStringLiteral("/api/v1/batches"), query, QStringLiteral("batches"), limit,
                 afterId)
        .then([](const HubReply<std::vector<QJsonObject>>& page) {
            HubReply<std::vector<BatchInfo>> reply{{}, page.error};
            for (const QJsonObject& batch : page.value)
                reply.value.push_back(batchInfoFromJson(batch));
            return reply;
        });
}

QFuture<HubReply<std::vector<QJsonObject>>> RemoteHubConnection::pages(const QString& path,
                                                                       const QUrlQuery& query,
                                                                       const QString& key,
                                                                       int limit, qint64 afterId) {
    // Pages of the API's size until `limit` or the end, in one answer for the caller.
    struct Paging {
        QPromise<HubReply<std::vector<QJsonObject>>> promise;
        std::vector<QJsonObject> items;
        std::function<void(qint64)> next;
    };
    auto paging = std::make_shared<Paging>();
    paging->promise.start();
    QFuture<HubReply<std::vector<QJsonObject>>> future = paging->promise.future();
    const std::size_t wanted = limit < 0 ? std::size_t(-1) : std::size_t(limit);
    // `next` holds the paging weakly (no cycle); each call in flight holds it strongly.
    paging->next = [this, weak = std::weak_ptr<Paging>(paging), path, query, key,
                    wanted](qint64 after) {
        const std::shared_ptr<Paging> self = weak.lock();
        if (!self)
            return;
        QUrlQuery paged = query;
        const std::size_t left = wanted - self->items.size();
        paged.addQueryItem(QStringLiteral("limit"),
                           QString::number(std::min<std::size_t>(left, kPageLimit)));
        if (after > 0)
            paged.addQueryItem(QStringLiteral("after"), QString::number(after));
        m_client.get(path, paged).then(this, [this, self, key, wanted](const AdminAnswer& answer) {
            const auto finish = [self](QString error) {
                self->promise.addResult(
                    HubReply<std::vector<QJsonObject>>{std::move(self->items), error});
                self->promise.finish();
            };
            if (!answer.ok()) {
                noteFailure(answer);
                return finish(answer.error);
            }
            const QJsonObject page = answer.json();
            for (const QJsonValue& item : page.value(key).toArray())
                self->items.push_back(item.toObject());
            const QJsonValue next = page.value(u"next");
            if (next.isNull() || next.isUndefined() || self->items.size() >= wanted)
                return finish({});
            self->next(qint64(next.toDouble()));
        });
    };
    paging->next(afterId);
    return future;
}

QFuture<HubReply<Outbox::Messages>> RemoteHubConnection::payload(qint64 id) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ids"), QString::number(id));
    return m_client.get(QStringLiteral("/api/v1/batches/export"), query)
        .then(
            this,
            [this, id](const AdminAnswer& answer) {
                if (!answer.ok()) {
                    noteFailure(answer);
                    return QtFuture::makeReadyFuture(HubReply<Outbox::Messages>{{}, answer.error});
                }
                if (!answer.body.isEmpty()) {
                    Outbox::Messages messages;
                    messages.text = answer.body.toStdString();
                    return QtFuture::makeReadyFuture(
                        HubReply<Outbox::Messages>{std::move(messages), {}});
                }
                // Export leaves out both a batch that is gone and one whose messages do not
                // decode: the batch itself says which (and why, in the local outbox's words),
                // so that the window's export stops at a damaged batch instead of skipping it.
                return emptyExportOf(id);
            })
        .unwrap();
}

QFuture<HubReply<Outbox::Messages>> RemoteHubConnection::emptyExportOf(qint64 id) {
    return m_client.get(QStringLiteral("/api/v1/batches/%1").arg(id))
        .then(this, [this](const AdminAnswer& answer) {
            Outbox::Messages messages;
            if (answer.status == 404)
                return HubReply<Outbox::Messages>{std::move(messages), {}};
            if (!answer.ok()) {
                noteFailure(answer);
                return HubReply<Outbox::Messages>{{}, answer.error};
            }
            messages.damage = answer.json().value(u"damage").toString();
            // Neither gone nor damaged: a batch without messages.
            if (messages.damage.isEmpty())
                messages.text = std::string();
            return HubReply<Outbox::Messages>{std::move(messages), {}};
        });
}

QFuture<HubReply<int>> RemoteHubConnection::retry(std::vector<qint64> ids) {
    return change(QStringLiteral("retry"), std::move(ids));
}

QFuture<HubReply<int>> RemoteHubConnection::discard(std::vector<qint64> ids) {
    return change(QStringLiteral("discard"), std::move(ids));
}

QFuture<HubReply<std::vector<ReceivedRequest>>> RemoteHubConnection::recentRequests() {
    using Reply = HubReply<std::vector<ReceivedRequest>>;
    return m_client.get(QStringLiteral("/api/v1/requests"))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok()) {
                noteFailure(answer);
                return Reply{{}, answer.error};
            }
            Reply reply;
            for (const QJsonValue& request : answer.json().value(u"requests").toArray())
                reply.value.push_back(receivedRequestFromJson(request.toObject()));
            return reply;
        });
}

QFuture<HubReply<QByteArray>> RemoteHubConnection::requestResult(qint64 seq) {
    return m_client.get(QStringLiteral("/api/v1/requests/%1/result").arg(seq))
        .then(this, [this](const AdminAnswer& answer) {
            if (!answer.ok())
                noteFailure(answer);
            return HubReply<QByteArray>{answer.ok() ? answer.body : QByteArray(), answer.error};
        });
}

QFuture<HubReply<int>> RemoteHubConnection::change(const QString& verb, std::vector<qint64> ids) {
    struct Changing {
        QPromise<HubReply<int>> promise;
        std::vector<qint64> ids;
        std::size_t next = 0;
        int changed = 0;
        std::function<void()> step;
    };
    auto changing = std::make_shared<Changing>();
    changing->ids = std::move(ids);
    changing->promise.start();
    QFuture<HubReply<int>> future = changing->promise.future();
    const QString key = verb == u"retry" ? QStringLiteral("retried") : QStringLiteral("discarded");
    changing->step = [this, weak = std::weak_ptr<Changing>(changing), verb, key] {
        const std::shared_ptr<Changing> self = weak.lock();
        if (!self)
            return;
        const auto finish = [self](QString error) {
            self->promise.addResult(HubReply<int>{self->changed, error});
            self->promise.finish();
        };
        if (self->next >= self->ids.size())
            return finish({});
        const std::size_t end = std::min(self->ids.size(), self->next + kPageLimit);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("ids"), idList(self->ids, self->next, end));
        self->next = end;
        m_client.post(QStringLiteral("/api/v1/batches/") + verb, query)
            .then(this, [this, self, key, finish](const AdminAnswer& answer) {
                if (!answer.ok()) {
                    noteFailure(answer);
                    return finish(answer.error);
                }
                self->changed += answer.json().value(key).toInt();
                self->step();
            });
    };
    changing->step();
    return future;
}

} // namespace ActionDeck
