#include "gui/live/eventratechart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace ActionDeck {

EventRateChart::EventRateChart(QWidget* parent)
    // The chart is given to the base's constructor: QChartView(parent) makes a chart of its own,
    // and setChart() hands that one back to the caller instead of deleting it (Qt's contract), so
    // it leaked with its title and legend (found by LeakSanitizer in the GUI tests).
    : QChartView(new QChart, parent)
    , m_storedSeries(new QLineSeries)
    , m_deliveredSeries(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis) {
    QChart* chart = this->chart();
    chart->addSeries(m_storedSeries);
    chart->addSeries(m_deliveredSeries);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* series : {m_storedSeries, m_deliveredSeries}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        // OpenGL would be faster but is unavailable under Xvfb and offscreen; 120 points
        // are cheap to draw either way.
        series->setUseOpenGL(false);
    }
    m_x->setRange(-kSamples, 0);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setTickCount(7);
    m_y->setRange(0, 10);
    m_y->setLabelFormat(QStringLiteral("%d"));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    retranslate();
}

void EventRateChart::retranslate() {
    m_storedSeries->setName(tr("stored / s"));
    m_deliveredSeries->setName(tr("delivered / s"));
    m_x->setTitleText(tr("seconds"));
}

void EventRateChart::addSample(double stored, double delivered) {
    m_stored.push_back(std::max(0.0, stored));
    m_delivered.push_back(std::max(0.0, delivered));
    if (m_stored.size() > std::size_t(kSamples)) {
        m_stored.pop_front();
        m_delivered.pop_front();
    }
    redraw();
}

void EventRateChart::redraw() {
    QList<QPointF> stored;
    QList<QPointF> delivered;
    stored.reserve(qsizetype(m_stored.size()));
    delivered.reserve(qsizetype(m_delivered.size()));
    double top = 0;
    const int offset = int(m_stored.size());
    for (int i = 0; i < offset; ++i) {
        stored.append({double(i - offset + 1), m_stored[std::size_t(i)]});
        delivered.append({double(i - offset + 1), m_delivered[std::size_t(i)]});
        top = std::max({top, m_stored[std::size_t(i)], m_delivered[std::size_t(i)]});
    }
    // replace() redraws once; appending point by point would redraw per point.
    m_storedSeries->replace(stored);
    m_deliveredSeries->replace(delivered);
    // A round ceiling keeps the axis from jumping at every sample.
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(top, 10.0))));
    m_y->setRange(0, std::ceil(std::max(top, 10.0) * 1.1 / magnitude) * magnitude);
}

} // namespace ActionDeck
