#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <deque>
#include <initializer_list>
#include <optional>
#include <vector>

namespace ActionDeck {

/// One event of the admin API's stream, as Server-Sent Events text.
struct AdminEvent {
    quint64 seq = 0;
    QByteArray type;
    QByteArray frame; ///< "id: <bootId>:<seq>\nevent: <type>\ndata: <json>\n\n"
};

/// The hub's recent events, one sequence for the whole process, kept within a byte budget so
/// that a client that reconnects with Last-Event-ID can be given exactly what it missed — or
/// told to resync when that is no longer held.
class EventLog : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kDefaultBytes = 16 << 20;

    explicit EventLog(QString bootId, qint64 maxBytes = kDefaultBytes, QObject* parent = nullptr);

    /// Appends an event whose data is the JSON text `json` (one line).
    quint64 append(const QByteArray& type, const QByteArray& json);
    /// The same with the JSON given in parts, joined straight into the frame (one copy of a
    /// message's bytes, not two: this runs for every message while a viewer watches).
    quint64 append(const QByteArray& type, std::initializer_list<QByteArrayView> jsonParts);
    quint64 lastSeq() const { return m_nextSeq - 1; }
    const QString& bootId() const { return m_bootId; }
    /// The events after `seq`, or nullopt when some of them have been dropped already.
    std::optional<std::vector<AdminEvent>> after(quint64 seq) const;
    /// An event that is not kept (resync): its frame, with the current last id.
    QByteArray frame(const QByteArray& type, const QByteArray& json) const;
    /// The same with the id `seq` (a `skipped` event stands where the last skipped one was).
    QByteArray frameAt(quint64 seq, const QByteArray& type, const QByteArray& json) const {
        return frameFor(seq, type, {json});
    }

signals:
    void appended(const ActionDeck::AdminEvent& event);

private:
    QByteArray frameFor(quint64 seq, const QByteArray& type,
                        std::initializer_list<QByteArrayView> jsonParts) const;
    quint64 push(AdminEvent event);

    QString m_bootId;
    QByteArray m_bootIdLatin1; ///< as every frame's id starts
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    quint64 m_nextSeq = 1;
    std::deque<AdminEvent> m_events;
};

} // namespace ActionDeck
