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
        const auto missed =
            ok && last.left(colon) == m_log.bootId().toLatin1() ? m_log.after(seq) : std::nullopt;
        if (!missed) {
            // Another process, or more missed than is held: start again from a snapshot.
            write(m_log.frame("resync", R"({"reason":"the events since Last-Event-ID are gone"})"));
        } else {
            for (const AdminEvent& event : *missed)
                send(event);
        }
    }
    connect(&m_log, &EventLog::appended, this, &EventStream::send);
    m_comments.start(m_limits.commentIntervalMs);
}

bool EventStream::wants(const AdminEvent& event) const {
    return event.type != "message" || m_scope >= AdminScope::Operate;
}

void EventStream::send(const AdminEvent& event) {
    if (m_ended || !wants(event))
        return;
    if (!m_exchange || !m_exchange->isOpen())
        return end();
    const qint64 behind = m_exchange->pendingWriteBytes();
    if (behind > m_limits.cutAboveBytes) {
        write(m_log.frame("resync", R"({"reason":"this viewer fell too far behind"})"));
        return end();
    }
    if (event.type == "message" && behind > m_limits.thinAboveBytes) {
        ++m_skipped;
        return;
    }
    if (m_skipped > 0) {
        write(m_log.frame("skipped", "{\"messages\":" + QByteArray::number(m_skipped) + '}'));
        m_skipped = 0;
    }
    write(event.frame);
}

void EventStream::write(const QByteArray& frame) {
    if (m_exchange && m_exchange->isOpen())
        m_exchange->writeStream(frame);
}

void EventStream::end() {
    if (std::exchange(m_ended, true))
        return;
    m_comments.stop();
    disconnect(&m_log, nullptr, this, nullptr);
    if (m_exchange && m_exchange->isOpen())
        m_exchange->endStream();
    emit ended();
}

} // namespace ActionDeck
