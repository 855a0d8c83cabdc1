#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ActionDeck {

/// One message as the live views see it: where it came from, the batch it was stored in and
/// its JSON as stored (without sentAt). Region, action and source are shared strings, so a
/// record costs little more than its JSON.
struct LiveMessage {
    qint64 storedMs = 0;
    QString action;
    QString region;
    QString source;
    qint64 batchId = 0;
    bool rejected = false; ///< over the per-event limit, kept as failed, never sent
    QByteArray json;
};

/// The fields the live table shows, read from a message's JSON.
struct LiveMessageFields {
    QString type;
    QString userId;
    QString anonymousId;
    QString event;
    QString messageId;

    /// Reads the fields; a message that is not a JSON object gives empty fields.
    static LiveMessageFields fromJson(const QByteArray& json);
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::LiveMessage)
Q_DECLARE_METATYPE(QList<ActionDeck::LiveMessage>)
