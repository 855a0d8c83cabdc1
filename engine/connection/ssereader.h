#pragma once

#include <QByteArray>

#include <functional>

namespace ActionDeck {

/// One Server-Sent Event as it arrived.
struct SseEvent {
    QByteArray id;   ///< empty when the event had none
    QByteArray type; ///< "message" when the event named none (the standard's default)
    QByteArray data; ///< data lines joined by '\n'
};

/// Reads a text/event-stream in whatever pieces the network gives it (WHATWG HTML §9.2.6):
/// lines end in LF, CR or CRLF, a blank line ends an event, ':' lines are comments. A line
/// longer than the limit ends the stream as damaged rather than growing without bound.
class SseReader {
public:
    static constexpr qsizetype kMaxEventBytes = 16 << 20;

    explicit SseReader(std::function<void(const SseEvent&)> onEvent)
        : m_onEvent(std::move(onEvent)) {}

    /// False once the stream is damaged (an event over kMaxEventBytes); then it reads no more.
    bool feed(const QByteArray& bytes);
    /// Forgets a partial event (a new connection starts clean).
    void reset();

private:
    void line(QByteArrayView line);

    std::function<void(const SseEvent&)> m_onEvent;
    QByteArray m_pending; ///< an unfinished line
    SseEvent m_event;
    bool m_hasData = false;
    bool m_skipLf = false; ///< the last piece ended in CR: a LF that follows is the same end
    bool m_damaged = false;
};

} // namespace ActionDeck
