#include "connection/ssereader.h"

namespace ActionDeck {

bool SseReader::feed(const QByteArray& bytes) {
    if (m_damaged)
        return false;
    qsizetype start = 0;
    if (m_skipLf && !bytes.isEmpty() && bytes.front() == '\n')
        start = 1;
    m_skipLf = false;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r')
            continue;
        if (m_pending.isEmpty()) {
            line(QByteArrayView(bytes).sliced(start, i - start));
        } else {
            m_pending.append(bytes.constData() + start, i - start);
            line(m_pending);
            m_pending.clear();
        }
        if (c == '\r') {
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
            else if (i + 1 == bytes.size())
                m_skipLf = true;
        }
        start = i + 1;
    }
    m_pending.append(bytes.constData() + start, bytes.size() - start);
    if (m_pending.size() + m_event.data.size() > kMaxEventBytes) {
        m_damaged = true;
        return false;
    }
    return true;
}

void SseReader::reset() {
    m_pending.clear();
    m_event = {};
    m_hasData = false;
    m_skipLf = false;
    m_damaged = false;
}

void SseReader::line(QByteArrayView text) {
    if (text.isEmpty()) {
        if (m_hasData) {
            if (m_event.type.isEmpty())
                m_event.type = QByteArrayLiteral("message");
            m_onEvent(m_event);
        }
        m_event = {};
        m_hasData = false;
        return;
    }
    if (text.front() == ':')
        return;
    const qsizetype colon = text.indexOf(':');
    const QByteArrayView field = colon < 0 ? text : text.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_event.data += '\n';
        m_event.data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_event.type = value.toByteArray();
    } else if (field == "id") {
        m_event.id = value.toByteArray();
    }
    // retry and unknown fields: ignored, as the standard says (the client's backoff rules).
}

} // namespace ActionDeck
