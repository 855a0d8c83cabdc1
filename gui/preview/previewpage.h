#pragma once

#include "connection/hubconnection.h"
#include "gui/preview/previewinputpane.h"
#include "gui/preview/previewresultpane.h"
#include "rudder/calltype.h"
#include "rudder/previewbuilder.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace ActionDeck {

class Clock;
class IdGenerator;
class LookerAccount;
class PreviewOptionsPane;
class PreviewSendBar;

/// Shows the exact messages a Looker result would become: the input is a file, pasted text or a
/// request the hub received (a json_detail or a whole execute body); the options are the action,
/// the event, the hidden fields and the sync options. With "only new or changed rows" the rows
/// are compared with what the chosen schedule last sent, read from the hub the window shows and
/// never changed. Warnings name what RudderStack or a destination would refuse. The messages can
/// then be stored for a configured source. The preview is built a slice per event-loop turn
/// (PreviewBuilder), so a large input leaves the window responsive and can be cancelled.
class PreviewPage : public QWidget {
    Q_OBJECT

public:
    /// Inputs larger than this are previewed but not put in the paste area.
    static constexpr qsizetype kShownInputBytes = PreviewInputPane::kShownInputBytes;
    /// Messages shown in the output; all kept ones are in messages().
    static constexpr int kShownMessages = PreviewResultPane::kShownMessages;
    /// Messages kept for messages() and sending; more are only counted.
    static constexpr std::size_t kKeptMessages = 100000;

    PreviewPage(HubConnection& hub, const Clock& clock, IdGenerator& ids,
                QWidget* parent = nullptr);
    ~PreviewPage() override;

    /// The hub the window shows: the page lists the requests it received, compares with the
    /// rows it remembers, offers its sources and sends to them.
    void setHub(HubConnection* hub);
    HubConnection* hub() const;
    /// The window's Looker connection, which "From Looker…" runs Looks with (null: none).
    void setLookerAccount(LookerAccount* account);
    /// Runs Look `lookId` in Looker (at most `limit` rows, -1: all) and previews its result with
    /// its hidden fields.
    void runLook(const QString& lookId, int limit);
    bool lookRunning() const;
    /// The request hub has answered with its list.
    bool requestsListed() const;

    /// Replaces the input; `origin` says where it came from (a file name...).
    void setInput(const QByteArray& input, const QString& origin = {});
    /// The same, where it came from said anew in each language.
    void setInput(const QByteArray& input, std::function<QString()> origin);
    QByteArray input() const;
    /// Reads a file as the input. False (and said on the page) when it can not be read.
    bool openFile(const QString& path);
    /// Takes the input and options of a request the hub received (0 is the newest), once its
    /// result has come from the hub. False when its result was not kept (a download URL, too
    /// large, or kept by no one).
    bool showReceivedRequest(int newestFirst);
    /// The same for the request of run `runId` (the Runs page's "Preview this request"); false,
    /// and said on the page, when the hub no longer lists it.
    bool showRequestOfRun(qint64 runId);

    void setCallType(CallType call);
    CallType callType() const;
    /// The track event; empty: an execute body's own.
    void setEventName(const QString& event);
    /// Fields not to send; empty: an execute body's own.
    void setHiddenFields(const QStringList& fields);
    void setLegacyEmptyValues(bool on);
    void setSendRows(std::optional<SendRows> rows);
    /// Compares with the schedule `key` (the request's own when nullopt); false when the hub
    /// has listed no such schedule.
    bool pickSchedule(const std::optional<SyncScopeKey>& key);
    /// Asks the request hub again for the schedules it remembers rows of.
    void refreshSchedules();
    /// The hub has answered with its schedules since the last refreshSchedules().
    bool schedulesListed() const { return m_schedulesListed; }

    /// Starts a preview of the input with the options, replacing one under way.
    void runPreview();
    void startPreview();
    void cancelPreview();
    bool isRunning() const { return m_builder != nullptr || m_fetchingSync; }

    /// The kept messages exactly as `actiondeck preview` prints them, one line each.
    QStringList messages() const;
    QStringList warnings() const;
    /// The tag check's note on which fields carry the identity tags.
    QStringList notes() const;
    QString summary() const;
    const PreviewResult& result() const { return m_result; }

    /// Stores the previewed messages in the hub's outbox for its source `sourceName`, without
    /// asking (the Send button asks first). sendFinished() tells the outcome.
    void sendToSource(const QString& sourceName);

signals:
    void previewFinished();
    void sendFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void optionsChanged();
    /// The shown hub's configuration (its sources, limits and Looker host).
    HubConfig hubConfig() const;
    void step();
    void finishPreview();
    void showProgress();
    void showResult();
    void confirmAndSend();
    void updateSendEnabled();
    PreviewOptions currentOptions();
    /// What the builder compares with: the state fetched for the scope, or the wish to fetch it.
    std::optional<PreviewSyncState> syncStateFor(const PreviewScope& scope, std::string* error);
    /// Fetches the state m_wantedSync names from the request hub, then previews again.
    void fetchWantedSync();

    const Clock& m_clock;
    IdGenerator& m_ids;

    std::unique_ptr<PreviewBuilder> m_builder; ///< the preview under way
    QByteArray m_pending;                      ///< its input
    qsizetype m_fed = 0;
    PreviewResult m_result;
    bool m_hasResult = false;
    CallType m_runCall = CallType::Identify;    ///< the call of the preview under way
    CallType m_resultCall = CallType::Identify; ///< the call m_result was built for
    bool m_cancelled = false;
    bool m_schedulesListed = false;
    /// The schedules' states read for the previews since the last runPreview(), by key.
    QHash<QString, HubReply<SyncState>> m_syncStates;
    std::optional<SyncScopeKey> m_wantedSync; ///< asked for by the preview under way
    /// The Looker instance of the received request shown (ReceivedRequest::lookerInstance).
    QString m_requestInstance;
    bool m_fetchingSync = false; ///< reading it from the hub
    bool m_lookInput = false;    ///< the input is a Look's result: the source's options apply
    int m_generation = 0;        ///< counts runPreview(): a fetch for an older one is dropped

    // Created in this order, which is also the tab order.
    PreviewInputPane* m_inputPane;
    PreviewOptionsPane* m_optionsPane;
    PreviewResultPane* m_resultPane;
    PreviewSendBar* m_sendBar;
    QTimer* m_work;     ///< drives the preview under way, one slice per turn
    QTimer* m_debounce; ///< previews again shortly after an option or the text changes
};

} // namespace ActionDeck
