#pragma once

#include "actiondefinitions.h"
#include "executejob.h"
#include "hubconfig.h"
#include "outbox.h"
#include "regionauthenticator.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

namespace ActionDeck {

class Clock;
class DeliveryWorker;
class HubServer;
class IdGenerator;

/// A summary of one execute, for the views (no secrets).
struct ExecuteSummary {
    QString actionName;
    QString region;
    QString endpoint;
    ExecuteResult result;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
};

/// The engine's façade: configuration, the outbox and its delivery worker, the Looker Action API
/// server and the executes it runs. Built once (main.cpp, tests) and handed to whoever needs it.
class Hub : public QObject {
    Q_OBJECT

public:
    Hub(HubConfig config, QString dataDirectory, const Clock& clock, IdGenerator& ids,
        QObject* parent = nullptr);
    ~Hub() override;

    /// Opens the outbox, starts delivery and listens. False with `error` set otherwise.
    bool start(QString* error);
    /// Stops listening, lets running executes finish, then calls `done`.
    void shutdown(std::function<void()> done);

    QUrl listeningUrl() const;
    /// Where Looker should send requests: the public base URL when set, else the listening URL.
    QString baseUrl() const;
    const HubConfig& config() const { return m_config; }
    Outbox& outbox() { return *m_outbox; }
    DeliveryWorker& delivery() { return *m_delivery; }

    // Used by HubServer.
    std::optional<QString> regionFor(const QByteArray& authorization) const;
    QJsonObject actionList(const LookerVersion& version) const;
    std::optional<QJsonObject> action(const QString& name, const LookerVersion& version) const;
    std::optional<QJsonObject> form(const QString& name) const;
    QJsonObject status() const;

    struct ExecuteStart {
        int httpStatus = 200;
        QString error; ///< set when the execute can not start
    };
    /// Validates and queues an execute; `finished` is called with its result (on this thread).
    ExecuteStart execute(const QString& actionName, const QString& region, ExecuteRequest request,
                         std::function<void(const ExecuteResult&)> finished);
    int runningExecutes() const { return m_running; }

signals:
    /// Messages of an execute were committed to the outbox (batched per append, not per row).
    void messagesStored(const QString& actionName, const QString& region, int count);
    void executeFinished(const ActionDeck::ExecuteSummary& summary);

private:
    void startQueued();

    HubConfig m_config;
    QString m_dataDirectory;
    const Clock& m_clock;
    IdGenerator& m_ids;
    RegionAuthenticator m_authenticator;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DeliveryWorker> m_delivery;
    std::unique_ptr<HubServer> m_server;
    QNetworkAccessManager m_network;
    QElapsedTimer m_uptime;
    std::deque<ExecuteJob*> m_queue; ///< started in order, at most maxConcurrentExecutes at once
    OutboxCounts m_lastCounts;
    int m_running = 0;
    bool m_shuttingDown = false;
    std::function<void()> m_shutdownDone;
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::ExecuteSummary)
