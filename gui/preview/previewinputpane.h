#pragma once

#include "hub/receivedrequest.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ActionDeck {

class HubConnection;
class LookerAccount;
class LookerLookRun;

/// The Preview page's input: a file, pasted text, a request the hub received or a Look run in
/// Looker. Holds the input
/// bytes; an input too large for the paste area is kept without being shown. The requests are
/// those of the hub the window shows, this computer's or a server's.
class PreviewInputPane : public QWidget {
    Q_OBJECT

public:
    /// Inputs larger than this are previewed but not put in the paste area.
    static constexpr qsizetype kShownInputBytes = 1 << 20;

    explicit PreviewInputPane(QWidget* parent = nullptr);

    /// Lists the requests `hub` received (null: none), from now on.
    void setRequestHub(HubConnection* hub);
    HubConnection* requestHub() const { return m_requests; }
    /// The hub has answered with its list since setRequestHub.
    bool requestsListed() const { return m_listed; }

    /// Replaces the input; `origin` says where it came from (a file name...).
    void setInput(const QByteArray& input, const QString& origin = {});
    /// Where the input came from, in words made anew in the current language (a request's).
    void setOriginText(std::function<QString()> origin);
    /// Says the origin again (the hub shown changed).
    void refreshOrigin() { updateInputInfo(); }
    QByteArray input() const;
    /// Reads a file as the input. False with `error` when it can not be read.
    bool openFile(const QString& path, QString* error);

    /// The window's Looker connection, for "From Looker…" (null: none).
    void setLookerAccount(LookerAccount* account);
    /// Runs Look `lookId` (at most `limit` rows, -1: all) and makes its result the input;
    /// lookLoaded() follows, or the failure is said on the pane.
    void runLook(const QString& lookId, int limit);
    bool lookRunning() const { return m_lookRun != nullptr; }

    /// The hub's recent request `newestFirst` (0 is the newest), as listed; null when there is
    /// no such row.
    const ReceivedRequest* receivedRequest(int newestFirst) const;
    /// Where the request of run `runId` is in the list (0 is the newest), or -1.
    int indexOfRun(qint64 runId) const;
    /// Shows request `newestFirst` as the picked one, without signalling.
    void markPicked(int newestFirst);

signals:
    /// A file was chosen in the dialog.
    void fileChosen(const QString& path);
    /// A received request was picked in the list; 0 is the newest.
    void requestPicked(int newestFirst);
    /// The paste area was edited: the input is now its text.
    void edited();
    /// A Look's result is the input now; `hiddenFields` are its query's.
    void lookLoaded(const QStringList& hiddenFields);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslateUi();
    void chooseFile();
    void inputEdited();
    void updateInputInfo();
    void updateLookerButton();
    void pickLook();
    /// Asks the hub for its recent requests; `shift` rows moves the picked one down (new ones).
    void fetchReceivedRequests(int shift);
    void fillReceivedRequests(int shift);

    HubConnection* m_requests = nullptr;
    int m_generation = 0; ///< answers of an earlier hub or fetch are dropped
    bool m_listed = false;
    QString m_listError;
    QTimer* m_reask; ///< a server's hub keeps results only while a window asks now and then
    QByteArray m_input;
    bool m_inputInEditor = false; ///< the paste area was edited: it, not m_input, is the input
    QString m_inputOrigin;
    std::function<QString()> m_originText; ///< instead of m_inputOrigin, when set
    QList<ReceivedRequest> m_received;     ///< newest first, as the combo lists them; no results

    LookerAccount* m_looker = nullptr;
    LookerLookRun* m_lookRun = nullptr;     ///< the Look being run
    std::function<QString()> m_lookerState; ///< running or failed, instead of the input info

    QPushButton* m_open;
    QPushButton* m_fromLooker;
    QComboBox* m_recent;
    QLabel* m_inputInfo;
    QPlainTextEdit* m_inputEdit;
};

} // namespace ActionDeck
