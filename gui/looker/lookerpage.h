#pragma once

#include "lookerlink/lookersetup.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ActionDeck {

class HubConnection;
class LookerAccount;
class LookerConnectionForm;
class LookerSchedulesSection;

/// Looker: the window's connection to Looker's API, and the shown hub — this computer's or a
/// server's — in Looker: added or not and Looker's verdict, each action enabled or not with its
/// source and Looker's test, and the buttons that change it (Add to Looker / Update token,
/// Enable with source…, Remove from Looker), and the schedules that send to it with Send now.
class LookerPage : public QWidget {
    Q_OBJECT

public:
    LookerPage(HubConnection& hub, LookerAccount& account, QWidget* parent = nullptr);

    /// Reads the hub's state in Looker again, each action tested (Ctrl+R, "Check again").
    void refresh();
    /// Whether a step is under way (tests wait for it to end).
    bool isBusy() const { return m_busy; }

    // The buttons' work, for the window's shortcuts and the tests.
    void addToLooker();
    void enableWith(const QStringList& actions, const std::optional<QString>& source);
    void removeFromLooker();
    /// The schedules that send to the hub, and Send now.
    LookerSchedulesSection* schedules() const { return m_schedules; }

signals:
    /// Looker took a Send now: the window shows Live flow, where the execute arrives.
    void sendAccepted();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    /// Asks Looker with a client of its own, then signs out; `done` gets the answer on this
    /// thread unless the page is gone.
    template <typename T, typename Handler>
    void step(const std::function<QFuture<T>(LookerSetup&)>& ask, Handler done);
    /// A step whose answer is the hub's state in Looker, shown.
    void run(const std::function<QFuture<LookerSetup::State>(LookerSetup&)>& ask);
    void signIn();
    /// Signs in and reads the hub's state the first time the page is seen with a hub URL.
    void readOnce();
    void setBusy(bool busy);
    void showState(const LookerSetup::State& state);
    /// The last state in words and in the table, in the window's language.
    void renderState();
    void showActions();
    void updateHub();
    void updateButtons();
    /// The source whose data plane URL an action holds, in words.
    QString sourceOf(const LookerIntegration& action) const;

    HubConnection& m_hub;
    LookerAccount& m_account;
    LookerConnectionForm* m_form;
    QGroupBox* m_hubBox;
    QLabel* m_hubUrl;
    QLabel* m_cloudWarning;
    QLabel* m_hubStatus;
    QLabel* m_regionLabel;
    QComboBox* m_region;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_check;
    QGroupBox* m_actionsBox;
    QTableWidget* m_actions;
    QPushButton* m_enable;
    QLabel* m_actionsNote;
    LookerSchedulesSection* m_schedules;
    std::optional<LookerSetup::State> m_state; ///< the last answer, said again on a language change
    /// The source the last "Enable" sent: an action holding another data plane URL is said.
    std::optional<QString> m_enabledWith;
    bool m_busy = false;
    bool m_readOnce = false;
};

} // namespace ActionDeck
