#include "rudder/propertynamer.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <unordered_map>

namespace ActionDeck {

namespace {

bool isMark(char32_t c) {
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isApostrophe(char32_t c) {
    return c == U'\'' || c == U'\u2019';
}

/// The words of `text`, lowercased: runs of letters and digits (with the marks that follow
/// them), after compatibility decomposition and with accents on ASCII letters dropped.
QList<QString> wordsOf(std::string_view text) {
    const QString decomposed = QString::fromUtf8(text.data(), qsizetype(text.size()))
                                   .normalized(QString::NormalizationForm_KD);
    const QList<uint> points = decomposed.toUcs4();
    QList<QString> words;
    QList<uint> word;
    const auto endWord = [&] {
        if (!word.isEmpty()) {
            // Composed again: a Hangul syllable or a kana with its voicing mark stays one letter.
            words.append(
                QString::fromUcs4(reinterpret_cast<const char32_t*>(word.constData()), word.size())
                    .normalized(QString::NormalizationForm_C)
                    .toLower());
            word.clear();
        }
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t c = points[i];
        if (isMark(c)) {
            // `São` → `sao`: a mark on an ASCII letter is an accent to drop; on another
            // script's letter it is part of the letter. Outside a word it is nothing.
            if (!word.isEmpty() && word.back() >= 0x80)
                word.append(c);
            continue;
        }
        if (QChar::isLetterOrNumber(c)) {
            word.append(c);
            continue;
        }
        const bool joins = isApostrophe(c) && !word.isEmpty() && i + 1 < points.size() &&
                           QChar::isLetterOrNumber(char32_t(points[i + 1]));
        if (!joins)
            endWord();
    }
    endWord();
    return words;
}

std::string toStd(const QString& text) {
    return text.toStdString();
}

std::string camelOf(const QList<QString>& words) {
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i == 0) {
            out += words[i];
            continue;
        }
        // The simple mapping, one letter for one: `ß` stays `ß` (not `SS`).
        const char32_t first = words[i].toUcs4().constFirst();
        const char32_t upper = QChar::toUpper(first);
        out +=
            QString::fromUcs4(&upper, 1) + words[i].mid(QChar::requiresSurrogates(first) ? 2 : 1);
    }
    return toStd(out);
}

std::string snakeOf(const QList<QString>& words) {
    return toStd(QStringList(words).join(u'_'));
}

/// The label the label styles read: the field's own, else its Looker name (`users.email`).
std::string_view labelOf(const JsonDetailField& field) {
    return wordsOf(field.label).isEmpty() ? std::string_view(field.name)
                                          : std::string_view(field.label);
}

std::string described(const JsonDetailField& field, bool fixed) {
    return fixed ? field.name + " (the email field)" : field.name;
}

} // namespace

std::string UnusedRename::sentence() const {
    if (why == Why::NotInResult)
        return "rename: " + field + " is not a field of this result";
    return "rename: " + field +
           " is not renamed (identifier fields keep their fixed names; hidden fields are not sent)";
}

PropertyNamer::PropertyNamer(PropertyNames style, RenameMap rename)
    : m_style(style)
    , m_rename(std::move(rename)) {}

std::string PropertyNamer::snakeCase(std::string_view text) {
    return snakeOf(wordsOf(text));
}

std::string PropertyNamer::camelCase(std::string_view text) {
    return camelOf(wordsOf(text));
}

std::string PropertyNamer::styled(PropertyNames style, const JsonDetailField& field) {
    switch (style) {
    case PropertyNames::Looker:
        break;
    case PropertyNames::Field: {
        const std::size_t dot = field.name.rfind('.');
        if (dot != std::string::npos && dot + 1 < field.name.size())
            return field.name.substr(dot + 1);
        break;
    }
    case PropertyNames::SnakeLabel:
    case PropertyNames::CamelLabel: {
        const QList<QString> words = wordsOf(labelOf(field));
        if (words.isEmpty()) // not even the name has a letter or digit
            break;
        return style == PropertyNames::SnakeLabel ? snakeOf(words) : camelOf(words);
    }
    }
    return field.name;
}

const std::string* PropertyNamer::renamed(const std::string& field) const {
    const auto it = std::find_if(m_rename.begin(), m_rename.end(),
                                 [&field](const auto& entry) { return entry.first == field; });
    return it == m_rename.end() ? nullptr : &it->second;
}

std::optional<std::string> PropertyNamer::name(const JsonDetailFieldSet& fields,
                                               std::vector<Entry>& entries,
                                               std::string_view kind) const {
    std::unordered_map<std::string, std::size_t> byKey;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        Entry& entry = entries[i];
        const JsonDetailField& field = fields[entry.field];
        if (!entry.fixed) {
            const std::string* to = renamed(field.name);
            entry.key = to ? *to : styled(m_style, field);
        }
        const auto [at, added] = byKey.emplace(entry.key, i);
        if (added)
            continue;
        const Entry& first = entries[at->second];
        // A filter listed under a dimension's name shares its cell: never two values.
        if (fields[first.field].name == field.name)
            continue;
        return "Two fields would be sent as the " + std::string(kind) + " \"" + entry.key +
               "\": " + described(fields[first.field], first.fixed) + " and " +
               described(field, entry.fixed) +
               ". Pick another property-names style, or rename one of them (the source's "
               "\"rename\").";
    }
    return std::nullopt;
}

std::vector<UnusedRename> PropertyNamer::unusedRenames(const JsonDetailFieldSet& fields,
                                                       const std::vector<Entry>& entries) const {
    std::vector<UnusedRename> unused;
    for (const auto& rename : m_rename) {
        // Not a structured binding: clang 14 (the sanitizer builds) can't capture one.
        const auto& from = rename.first;
        const bool renames = std::any_of(entries.begin(), entries.end(), [&](const Entry& e) {
            return !e.fixed && fields[e.field].name == from;
        });
        if (renames)
            continue;
        const bool inResult = std::any_of(fields.begin(), fields.end(),
                                          [&](const JsonDetailField& f) { return f.name == from; });
        unused.push_back(
            {from, inResult ? UnusedRename::Why::FixedName : UnusedRename::Why::NotInResult});
    }
    return unused;
}

} // namespace ActionDeck
