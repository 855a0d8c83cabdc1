#include "admin/prometheustext.h"

namespace ActionDeck {

namespace {

QByteArray escapedLabel(const QString& value) {
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray number(double value) {
    if (value == double(qint64(value)))
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 17);
}

} // namespace

void PrometheusText::family(const QByteArray& name, const QByteArray& type, const QString& help) {
    QString escapedHelp = help;
    escapedHelp.replace(u'\\', QStringLiteral("\\\\")).replace(u'\n', QStringLiteral("\\n"));
    m_text += "# HELP " + name + ' ' + escapedHelp.toUtf8() + '\n';
    m_text += "# TYPE " + name + ' ' + type + '\n';
}

void PrometheusText::sample(const QByteArray& name, double value, const Labels& labels) {
    m_text += name;
    if (!labels.isEmpty()) {
        m_text += '{';
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i > 0)
                m_text += ',';
            m_text += labels[i].first + "=\"" + escapedLabel(labels[i].second) + '"';
        }
        m_text += '}';
    }
    m_text += ' ' + number(value) + '\n';
}

void PrometheusText::histogram(const QByteArray& name, const QString& help,
                               const QList<double>& bounds, const QList<qint64>& counts, double sum,
                               qint64 count) {
    family(name, "histogram", help);
    for (qsizetype i = 0; i < bounds.size(); ++i)
        sample(name + "_bucket", double(counts.value(i)),
               {{"le", QString::fromLatin1(number(bounds[i]))}});
    sample(name + "_bucket", double(count), {{"le", QStringLiteral("+Inf")}});
    sample(name + "_sum", sum);
    sample(name + "_count", double(count));
}

} // namespace ActionDeck
