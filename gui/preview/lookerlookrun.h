#pragma once

#include "lookerapi/lookerapiclient.h"
#include "lookerapi/lookerlooks.h"

#include <QBuffer>
#include <QObject>
#include <QString>

namespace ActionDeck {

/// Runs one Look for the Preview page as a schedule would send it (json_detail, unformatted,
/// without its visualisation): its query first, for the hidden fields, then its rows. Signs in
/// with a client of its own and signs out when done, then deletes itself.
class LookerLookRun : public QObject {
    Q_OBJECT

public:
    LookerLookRun(const LookerApiSettings& settings, QObject* parent = nullptr);

    /// Runs Look `lookId` with at most `limit` rows (-1: all); loaded() or failed() follows.
    void start(const QString& lookId, int limit);
    /// Drops the run: neither signal follows.
    void cancel();

signals:
    void loaded(const ActionDeck::LookerLook& look, const QByteArray& result);
    /// In the window's language.
    void failed(const QString& message);

private:
    void finish();

    LookerApiClient m_api;
    LookerLooks m_looks;
    QBuffer m_result;
    bool m_cancelled = false;
};

} // namespace ActionDeck
