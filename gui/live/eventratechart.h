#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

#include <deque>

class QLineSeries;
class QValueAxis;

namespace ActionDeck {

/// Events per second over the last minutes: messages stored and messages delivered. A fixed
/// ring of samples, redrawn once per sample, so its cost does not depend on the event rate.
class EventRateChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kSamples = 120;

    explicit EventRateChart(QWidget* parent = nullptr);

    /// One sample: the rates over the last interval, in events per second.
    void addSample(double stored, double delivered);
    int sampleCount() const { return int(m_stored.size()); }
    double lastStoredRate() const { return m_stored.empty() ? 0 : m_stored.back(); }
    void retranslate();

private:
    void redraw();

    std::deque<double> m_stored;
    std::deque<double> m_delivered;
    QLineSeries* m_storedSeries;
    QLineSeries* m_deliveredSeries;
    QValueAxis* m_x;
    QValueAxis* m_y;
};

} // namespace ActionDeck
