#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ActionDeck {

class HubConnection;

/// The first-run guide: add a RudderStack source, create a region token, copy the Action Hub
/// URL and token into Looker. Each step is marked done as soon as it is, from what the hub's
/// connection says (its configuration, its tokens, its first request).
class FirstRunGuide : public QWidget {
    Q_OBJECT

public:
    enum Step { AddSource, CreateToken, ConnectLooker, StepCount };

    explicit FirstRunGuide(HubConnection& hub, QWidget* parent = nullptr);

    bool isDone(Step step) const;
    bool allDone() const;
    /// Re-reads the hub's configuration (after the Connections page applied a change).
    void refresh();
    /// Step 3 is done once Looker has sent an execute or the user copied the URL here.
    void markLookerConnected();

signals:
    void openConnections();
    void finished();
    /// The user wants to watch a hub on a server instead (or as well).
    void addServerHub();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    HubConnection& m_hub;
    bool m_lookerConnected = false;
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
