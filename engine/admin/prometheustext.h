#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ActionDeck {

/// Writes the Prometheus text exposition format 0.0.4: a HELP and TYPE line per metric family,
/// then its samples. Label values are escaped as the format requires.
class PrometheusText {
public:
    using Labels = QList<std::pair<QByteArray, QString>>;

    /// Starts a family: `type` is counter, gauge or histogram.
    void family(const QByteArray& name, const QByteArray& type, const QString& help);
    void sample(const QByteArray& name, double value, const Labels& labels = {});
    /// A whole histogram family: cumulative `counts` per upper bound `bounds` (seconds), then
    /// +Inf, _sum and _count.
    void histogram(const QByteArray& name, const QString& help, const QList<double>& bounds,
                   const QList<qint64>& counts, double sum, qint64 count);

    const QByteArray& text() const { return m_text; }

private:
    QByteArray m_text;
};

} // namespace ActionDeck
