#include "admin/eventlog.h"

namespace ActionDeck {

EventLog::EventLog(QString bootId, qint64 maxBytes, QObject* parent)
    : QObject(parent)
    , m_bootId(std::move(bootId))
    , m_maxBytes(maxBytes) {}

QByteArray EventLog::frameFor(quint64 seq, const QByteArray& type, const QByteArray& json) const {
    return "id: " + m_bootId.toLatin1() + ':' + QByteArray::number(seq) + "\nevent: " + type +
           "\ndata: " + json + "\n\n";
}

QByteArray EventLog::frame(const QByteArray& type, const QByteArray& json) const {
    return frameFor(lastSeq(), type, json);
}

quint64 EventLog::append(const QByteArray& type, const QByteArray& json) {
    AdminEvent event{m_nextSeq++, type, {}};
    event.frame = frameFor(event.seq, type, json);
    m_bytes += event.frame.size();
    m_events.push_back(event);
    while (m_bytes > m_maxBytes && m_events.size() > 1) {
        m_bytes -= m_events.front().frame.size();
        m_events.pop_front();
    }
    emit appended(m_events.back());
    return event.seq;
}

std::optional<std::vector<AdminEvent>> EventLog::after(quint64 seq) const {
    if (seq > lastSeq())
        return std::nullopt; // an id from the future: another process's
    if (seq == lastSeq())
        return std::vector<AdminEvent>{};
    if (m_events.empty() || m_events.front().seq > seq + 1)
        return std::nullopt;
    std::vector<AdminEvent> missed;
    for (const AdminEvent& event : m_events) {
        if (event.seq > seq)
            missed.push_back(event);
    }
    return missed;
}

} // namespace ActionDeck
