#include "gui/widgets/matchhighlightdelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace ActionDeck {

QList<QPair<int, int>> MatchHighlightDelegate::matches(const QString& text,
                                                       const QStringList& words) {
    QList<QPair<int, int>> ranges;
    for (const QString& word : words) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive))
            ranges.append({int(at), int(word.size())});
    }
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<int, int>> merged;
    for (const auto& range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second)
            merged.last().second =
                std::max(merged.last().second, range.first + range.second - merged.last().first);
        else
            merged.append(range);
    }
    return merged;
}

void MatchHighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(3, 0, -3, 0);
    const bool selected = option.state & QStyle::State_Selected;
    // The item's own palette: a model's ForegroundRole (a greyed row) is in it.
    const QColor normal = item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics metrics(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    painter->save();
    painter->setClipRect(textRect);
    int x = textRect.left();
    const int baseline =
        textRect.top() + (textRect.height() + metrics.ascent() - metrics.descent()) / 2;
    int position = 0;
    const auto draw = [&](const QString& part, bool match) {
        if (part.isEmpty())
            return;
        const QFontMetrics& m = match ? boldMetrics : metrics;
        if (match) {
            const QRect box(x, textRect.top() + 2, m.horizontalAdvance(part),
                            textRect.height() - 4);
            painter->fillRect(box, selected ? option.palette.color(QPalette::Base).darker(115)
                                            : QColor(255, 226, 130));
        }
        painter->setFont(match ? bold : option.font);
        painter->setPen(match && !selected ? option.palette.color(QPalette::Text) : normal);
        painter->drawText(x, baseline, part);
        x += m.horizontalAdvance(part);
    };
    for (const auto& [start, length] : matches(text, m_words)) {
        draw(text.mid(position, start - position), false);
        draw(text.mid(start, length), true);
        position = start + length;
    }
    draw(text.mid(position), false);
    painter->restore();
}

} // namespace ActionDeck
