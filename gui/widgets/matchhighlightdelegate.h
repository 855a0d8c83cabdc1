#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace ActionDeck {

/// Paints an item's text with the parts that match the search words highlighted.
class MatchHighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setWords(const QStringList& words) { m_words = words; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    /// The ranges of `text` matched by `words`, merged, as (start, length).
    static QList<QPair<int, int>> matches(const QString& text, const QStringList& words);

private:
    QStringList m_words;
};

} // namespace ActionDeck
