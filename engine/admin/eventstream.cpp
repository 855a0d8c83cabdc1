#include "admin/eventstream.h"

#include "http/httpexchange.h"

namespace ActionDeck {

EventStream::EventStream(HttpExchange* exchange, EventLog& log, AdminScope scope, Limits limits)
    : QObject(exchange)
    , m_exchange(exchange)
    , m_log(log)
    , m_scope(scope)
    , m_limits(limits) {
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
    return event.type != "message" || m_scope >= AdminScope::Operate;
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
    if (event.type == "message" && behind > m_limits.thinAboveBytes) {
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
