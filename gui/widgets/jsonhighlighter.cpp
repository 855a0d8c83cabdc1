#include "gui/widgets/jsonhighlighter.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>
#include <QWidget>

#include <algorithm>

namespace ActionDeck {

namespace {

/// The widget showing `document` (a QPlainTextEdit owns its document through its text control).
QWidget* viewOf(QObject* document) {
    for (QObject* object = document ? document->parent() : nullptr; object;
         object = object->parent()) {
        if (object->isWidgetType())
            return static_cast<QWidget*>(object);
    }
    return nullptr;
}

QTextCharFormat colour(const char* name, bool bold = false) {
    QTextCharFormat format;
    format.setForeground(QColor(QString::fromLatin1(name)));
    if (bold)
        format.setFontWeight(QFont::DemiBold);
    return format;
}

bool isNumberChar(QChar c) {
    return c.isDigit() || c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {
    QWidget* view = viewOf(document);
    if (view)
        view->installEventFilter(this);
    setPalette(view ? view->palette() : QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette& palette) {
    setDark(palette.color(QPalette::Base).lightness() < 128);
}

void JsonHighlighter::setDark(bool dark) {
    if (m_coloured && dark == m_dark)
        return;
    m_coloured = true;
    m_dark = dark;
    // Each pair keeps at least 4.5:1 contrast on a white / near-black base.
    m_key = colour(dark ? "#82b6ff" : "#0b4f9c", true);
    m_string = colour(dark ? "#93d68f" : "#1d6f31");
    m_number = colour(dark ? "#f2aa62" : "#9a4a00");
    m_keyword = colour(dark ? "#d8a0ff" : "#842aa0");
    m_punctuation = colour(dark ? "#a8a8a8" : "#616161");
    rehighlight();
}

bool JsonHighlighter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::PaletteChange && watched->isWidgetType())
        setPalette(static_cast<QWidget*>(watched)->palette());
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void JsonHighlighter::highlightBlock(const QString& text) {
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        const qsizetype start = i;
        if (c == u'"') {
            for (++i; i < size; ++i) {
                if (text[i] == u'\\') {
                    ++i;
                } else if (text[i] == u'"') {
                    ++i;
                    break;
                }
            }
            i = std::min(i, size);
            qsizetype next = i;
            while (next < size && text[next].isSpace())
                ++next;
            const bool isKey = next < size && text[next] == u':';
            setFormat(int(start), int(i - start), isKey ? m_key : m_string);
        } else if (c == u'-' || c.isDigit()) {
            while (i < size && isNumberChar(text[i]))
                ++i;
            setFormat(int(start), int(i - start), m_number);
        } else if (c.isLetter()) {
            while (i < size && text[i].isLetter())
                ++i;
            const QStringView word = QStringView(text).mid(start, i - start);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(start), int(i - start), m_keyword);
        } else {
            if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u':' || c == u',')
                setFormat(int(start), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace ActionDeck
