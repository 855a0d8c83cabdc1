#include "admin/eventstream.h"

#include "http/httpexchange.h"

#include <algorithm>

namespace ActionDeck {

EventStream::EventStream(HttpExchange* exchange, EventLog& log, AdminScope scope, Limits limits)
    : QObject(exchange)
    , m_exchange(exchange)
    , m_log(log)
    , m_scope(scope)
    , m_limits(limits)
    , m_budget(limits.maxMessagesPerSecond) {
    m_budgetClock.start();
    connect(exchange, &HttpExchange::clientGone, this, &EventStream::end);
    connect(&m_comments, &QTimer::timeout, this,
            [this] { write(QByteArrayLiteral(": keep-alive\n\n")); });
    start();
}

void EventStream::start() {
    m_exchange->beginStream(200, QByteArrayLiteral("text/event-stream"),
                            {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                             {QByteArrayLiteral("X-Accel-Buffering"), QByteArrayLiteral("no")}});
    const QByteArray last = m_exchange->head().value("Last-Event-ID").trimmed();
    if (!last.isEmpty()) {
        const qsizetype colon = last.lastIndexOf(':');
        bool ok = false;
        const quint64 seq = colon > 0 ? last.mid(colon + 1).toULongLong(&ok) : 0;
        auto missed =
            ok && last.left(colon) == m_log.bootId().toLatin1() ? m_log.after(seq) : std::nullopt;
        if (!missed) {
            // Another process, or more missed than is held: start again from a snapshot.
            write(m_log.frame("resync", R"({"reason":"the events since Last-Event-ID are gone"})"));
        } else {
            for (AdminEvent& event : *missed) {
                if (wants(event)) {
                    m_replayBytes += event.frame.size();
                    m_replay.push_back(std::move(event));
                }
            }
        }
    } else {
        // An id before any event, so that a reconnect right away resumes from here.
        write("id: " + m_log.bootId().toLatin1() + ':' + QByteArray::number(m_log.lastSeq()) +
              "\n\n");
    }
    connect(&m_log, &EventLog::appended, this, &EventStream::send);
    m_comments.start(m_limits.commentIntervalMs);
    if (!m_replay.empty()) {
        m_replaying = true;
        replay();
    }
}

bool EventStream::wants(const AdminEvent& event) const {
    // A count of skipped messages means something only to whom messages are sent.
    const bool aboutMessages = event.type == "message" || event.type == "skipped";
    return !aboutMessages || m_scope >= AdminScope::Operate;
}

bool EventStream::takesMessagesNow() const {
    return !m_ended && !m_replaying && m_scope >= AdminScope::Operate && m_exchange &&
           m_exchange->isOpen() && behindBytes() <= m_limits.thinAboveBytes && budgetLeft();
}

bool EventStream::budgetLeft() const {
    if (m_limits.maxMessagesPerSecond <= 0)
        return true;
    // A quarter of a second's worth, about one batch: the hub copies a batch whole or not at
    // all, and one it copies should mostly be sent, not skipped here message by message.
    const double rate = m_limits.maxMessagesPerSecond;
    const double refill = double(m_budgetClock.elapsed()) * rate / 1000;
    return std::min(rate, m_budget + refill) >= rate / 4;
}

bool EventStream::takeMessageBudget() {
    if (m_limits.maxMessagesPerSecond <= 0)
        return true;
    const double rate = m_limits.maxMessagesPerSecond;
    m_budget = std::min(rate, m_budget + double(m_budgetClock.restart()) * rate / 1000);
    if (m_budget < 1)
        return false;
    m_budget -= 1;
    return true;
}

void EventStream::replay() {
    if (m_ended)
        return;
    if (!m_exchange || !m_exchange->isOpen())
        return end();
    // Exact: nothing missed is thinned; it waits for the viewer to take the page before.
    while (!m_replay.empty() && behindBytes() < m_limits.thinAboveBytes) {
        m_replayBytes -= m_replay.front().frame.size();
        write(m_replay.front().frame);
        m_replay.pop_front();
    }
    if (m_replay.empty()) {
        m_replaying = false;
        return;
    }
    QTimer::singleShot(10, this, &EventStream::replay);
}

void EventStream::send(const AdminEvent& event) {
    if (m_ended || !wants(event))
        return;
    if (!m_exchange || !m_exchange->isOpen())
        return end();
    if (m_replaying) {
        // Live events queue behind the replay, within the log's own budget.
        m_replayBytes += event.frame.size();
        m_replay.push_back(event);
        if (m_replayBytes > EventLog::kDefaultBytes) {
            write(m_log.frame("resync", R"({"reason":"this viewer fell too far behind"})"));
            end();
        }
        return;
    }
    const qint64 behind = behindBytes();
    if (behind > m_limits.cutAboveBytes) {
        write(m_log.frame("resync", R"({"reason":"this viewer fell too far behind"})"));
        return end();
    }
    if (event.type == "message" && (behind > m_limits.thinAboveBytes || !takeMessageBudget())) {
        ++m_skipped;
        m_lastSkippedSeq = event.seq;
        return;
    }
    if (m_skipped > 0) {
        // Stands where the last skipped message was: a reconnect from it misses nothing else.
        write(m_log.frameAt(m_lastSkippedSeq, "skipped",
                            "{\"messages\":" + QByteArray::number(m_skipped) + '}'));
        m_skipped = 0;
    }
    write(event.frame);
}

qint64 EventStream::behindBytes() const {
    return m_exchange->pendingWriteBytes() + m_buffer.size();
}

void EventStream::write(const QByteArray& frame) {
    // Frames of one turn of the event loop go out as one write (an execute's append is
    // hundreds of message events at once): one hand-over to the network thread, not hundreds.
    if (m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &EventStream::flush, Qt::QueuedConnection);
    m_buffer += frame;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void EventStream::flush() {
    if (m_buffer.isEmpty())
        return;
    if (m_exchange && m_exchange->isOpen())
        m_exchange->writeStream(m_buffer);
    m_buffer.clear();
}

void EventStream::end() {
    if (std::exchange(m_ended, true))
        return;
    m_replay.clear();
    m_comments.stop();
    disconnect(&m_log, nullptr, this, nullptr);
    flush(); // what was written before the end (a resync) goes first
    if (m_exchange && m_exchange->isOpen())
        m_exchange->endStream();
    emit ended();
}

} // namespace ActionDeck
