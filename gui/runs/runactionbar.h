#pragma once

#include "hub/receivedrequest.h"
#include "outbox/runrecord.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;

namespace ActionDeck {

class HubConnection;
class LookerAccount;

/// What can be done with the Runs page's selected run: "Preview this request" while the hub
/// keeps its result (HubConnection::recentRequests, by run id), and "Send now", which asks
/// Looker to run its schedule again when the window's Looker link is set up.
class RunActionBar : public QWidget {
    Q_OBJECT

public:
    explicit RunActionBar(HubConnection& hub, QWidget* parent = nullptr);

    /// The window's Looker connection (null: none); Send now needs one that is set up.
    void setLookerAccount(LookerAccount* account);
    void showRun(const std::optional<RunRecord>& run);
    /// The request of the shown run, when the hub keeps what Preview needs of it.
    bool canPreview() const;
    bool canSendNow() const;
    /// True while Looker is being asked.
    bool isBusy() const { return m_busy; }
    QString status() const;

public slots:
    void previewRun();
    void sendNow();

signals:
    /// "Preview this request": the window shows Preview with the request of run `runId`.
    void previewRequested(qint64 runId);
    /// Looker took Send now of `planId`: a new run comes when Looker has the result.
    void sendAccepted(const QString& planId);
    /// The hub's recent requests were read (for tests).
    void requestsRead();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void readRequests();
    void updateButtons();
    void setStatus(std::function<QString()> text, bool error = false);

    HubConnection& m_hub;
    QPointer<LookerAccount> m_account;
    std::optional<RunRecord> m_run;
    std::vector<ReceivedRequest> m_requests;
    int m_generation = 0;
    bool m_busy = false;
    std::function<QString()> m_statusText;

    QPushButton* m_preview;
    QPushButton* m_send;
    QLabel* m_status;
};

} // namespace ActionDeck
