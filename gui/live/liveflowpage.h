#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace ActionDeck {

class EventRateChart;
class HubConnection;
class LiveCounters;
class LiveMessageFilterModel;
class LiveMessageModel;

/// Every event as it flows: the hub's state, counters, an events-per-second chart and the
/// table of recent messages with a filter, pause, clear, export and a details pane (the
/// message's JSON and its batch's delivery attempts).
class LiveFlowPage : public QWidget {
    Q_OBJECT

public:
    explicit LiveFlowPage(HubConnection& hub, QWidget* parent = nullptr);
    ~LiveFlowPage() override;

    LiveMessageModel* model() const { return m_model; }
    LiveMessageFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    /// Writes the messages the filter shows, one JSON object a line. The count, or -1 with
    /// `error` set.
    int exportShown(const QString& path, QString* error) const;
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);
    /// Reads the counters now instead of at the next tick (tests).
    void refreshCounters();
    /// The page is shown for its hub, or another hub is: messages are captured only while it
    /// is (each costs the hub a copy). Its rows and chart stay; on return the footer says how
    /// many the hub stored meanwhile, from its counters.
    void setActive(bool active);
    /// Messages the hub stored while the page was not shown.
    qint64 missedWhileAway() const { return m_missed; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();
    void showSelected(const QModelIndex& current);
    void sampleRates();
    void updateHubState();
    void updateShownCount();
    /// Messages the hub stored that never reached the page, once it has been away.
    void countMissed();
    void exportWithDialog();

    HubConnection& m_hub;
    qint64 m_skipped = 0;       ///< messages a remote hub did not send this window
    qint64 m_missed = 0;        ///< stored while another hub was shown
    qint64 m_storedAtStart = 0; ///< the hub's messagesStored when the page began
    bool m_wasAway = false;
    QElapsedTimer m_returned; ///< since the page was shown again

    LiveMessageModel* m_model;
    LiveMessageFilterModel* m_filter;
    LiveCounters* m_counters;
    EventRateChart* m_chart;
    QLabel* m_hubState;
    QPushButton* m_startStop;
    QList<QLabel*> m_counterTitles;
    QList<QLabel*> m_counterValues;
    QLineEdit* m_search;
    QComboBox* m_type;
    QComboBox* m_state;
    QToolButton* m_pause;
    QPushButton* m_clear;
    QPushButton* m_export;
    QLabel* m_shown;
    QTableView* m_table;
    QPlainTextEdit* m_json;
    QTreeWidget* m_attempts;
    QLabel* m_detailsTitle;
    QTimer* m_rateTimer;
    qint64 m_lastStored = -1;
    qint64 m_lastDelivered = -1;
    bool m_follow = true;
};

} // namespace ActionDeck
