#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace ActionDeck {

/// Colours JSON text: keys, strings, numbers, true/false/null and punctuation, one line at a time
/// (JSON strings hold no raw newlines, so no state crosses lines). Pretty-printed or compact text
/// both work. The colours suit the palette of the widget showing the document, light or dark,
/// and follow its changes.
class JsonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument* document);

    /// Picks the colours for a palette's base colour (done by itself for the showing widget).
    void setPalette(const QPalette& palette);
    bool isDark() const { return m_dark; }

protected:
    void highlightBlock(const QString& text) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setDark(bool dark);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
    bool m_dark = false;
    bool m_coloured = false;
};

} // namespace ActionDeck
