#include "admin/eventlog.h"

namespace ActionDeck {

EventLog::EventLog(QString bootId, qint64 maxBytes, QObject* parent)
    : QObject(parent)
    , m_bootId(std::move(bootId))
    , m_bootIdLatin1(m_bootId.toLatin1())
    , m_maxBytes(maxBytes) {}

QByteArray EventLog::frameFor(quint64 seq, const QByteArray& type,
                              std::initializer_list<QByteArrayView> jsonParts) const {
    qsizetype size = m_bootIdLatin1.size() + type.size() + 40;
    for (QByteArrayView part : jsonParts)
        size += part.size();
    QByteArray frame;
    frame.reserve(size);
    frame += "id: ";
    frame += m_bootIdLatin1;
    frame += ':';
    frame += QByteArray::number(seq);
    frame += "\nevent: ";
    frame += type;
    frame += "\ndata: ";
    for (QByteArrayView part : jsonParts)
        frame += part;
    frame += "\n\n";
    return frame;
}

QByteArray EventLog::frame(const QByteArray& type, const QByteArray& json) const {
    return frameFor(lastSeq(), type, {json});
}

quint64 EventLog::append(const QByteArray& type, const QByteArray& json) {
    // Named: with a bare {json}, clang picks this overload again (a QByteArray from a one-element
    // list) and recursed until the stack overflowed; GCC took the list one.
    return append(type, std::initializer_list<QByteArrayView>{json});
}

quint64 EventLog::append(const QByteArray& type, std::initializer_list<QByteArrayView> jsonParts) {
    const quint64 seq = m_nextSeq++;
    return push(AdminEvent{seq, type, frameFor(seq, type, jsonParts)});
}

quint64 EventLog::push(AdminEvent event) {
    const quint64 seq = event.seq;
    m_bytes += event.frame.size();
    m_events.push_back(std::move(event));
    while (m_bytes > m_maxBytes && m_events.size() > 1) {
        m_bytes -= m_events.front().frame.size();
        m_events.pop_front();
    }
    emit appended(m_events.back());
    return seq;
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
