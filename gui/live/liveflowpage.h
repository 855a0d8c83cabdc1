#pragma once

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();
    void showSelected(const QModelIndex& current);
    void sampleRates();
    void updateHubState();
    void updateShownCount();
    void exportWithDialog();

    HubConnection& m_hub;
    qint64 m_skipped = 0; ///< messages a remote hub did not send this window
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
