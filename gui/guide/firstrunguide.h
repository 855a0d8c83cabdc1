#pragma once

#include "lookerlink/lookersetup.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace ActionDeck {

class HubConnection;
class LookerAccount;

/// The first-run guide: add a RudderStack source, create a region token, copy the Action Hub
/// URL and token into Looker. Each step is marked done as soon as it is, from what the hub's
/// connection says (its configuration, its tokens, its first request).
class FirstRunGuide : public QWidget {
    Q_OBJECT

public:
    enum Step { AddSource, CreateToken, ConnectLooker, StepCount };

    /// `looker`: the window's Looker connection, with which step 3 offers "Do it for me".
    FirstRunGuide(HubConnection& hub, LookerAccount* looker, QWidget* parent = nullptr);

    bool isDone(Step step) const;
    bool allDone() const;
    /// Re-reads the hub's configuration (after the Connections page applied a change).
    void refresh();
    /// Step 3 is done once Looker has sent an execute or the user copied the URL here.
    void markLookerConnected();
    /// Step 3 through Looker's API: adds the hub with a token of its first region and enables
    /// its actions with its first source.
    void doItForMe();
    bool isBusy() const { return m_busy; }

signals:
    void openConnections();
    void finished();
    /// The user wants to watch a hub on a server instead (or as well).
    void addServerHub();
    /// The user wants to connect the window to Looker's API (the Looker page).
    void openLooker();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    void updateLookerButton();

    HubConnection& m_hub;
    LookerAccount* m_looker;
    bool m_lookerConnected = false;
    bool m_busy = false;
    /// The step "Do it for me" found undone (a source, a region), or StepCount.
    Step m_missing = StepCount;
    std::optional<LookerSetup::State> m_did; ///< what "Do it for me" did, said in any language
    QPushButton* m_doIt;
    QLabel* m_doItStatus;
    QLabel* m_title;
    QLabel* m_intro;
    QList<QLabel*> m_marks;
    QList<QLabel*> m_texts;
    QPushButton* m_toConnections;
    QPushButton* m_copyUrl;
    QPushButton* m_done;
    QLabel* m_serverTitle;
    QLabel* m_serverText;
    QLabel* m_serverCommands;
    QPushButton* m_copyCommands;
    QPushButton* m_addServer;
};

} // namespace ActionDeck
