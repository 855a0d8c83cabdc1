#include "catalog/lookereventseedparser.h"

#include <QRegularExpression>

namespace ActionDeck {

namespace {

const QString kCommonHeader = QStringLiteral("Nombre del atributo Descripción");
const QString kTableHeader = QStringLiteral("Tipo de evento Activador Atributos");
const QString kTypesHeading = QStringLiteral("Lista de tipos de eventos");
const QString kNone = QStringLiteral("ninguno");

QString stripBullet(const QString& line) {
    QString text = line.trimmed();
    if (text.startsWith(u'•'))
        text = text.mid(1).trimmed();
    return text;
}

} // namespace

std::optional<EventCatalogData> LookerEventSeedParser::parse(const QString& text, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype commonAt = text.indexOf(kCommonHeader);
    const qsizetype headingAt = text.indexOf(kTypesHeading);
    const qsizetype tableAt = text.indexOf(kTableHeader);
    if (commonAt < 0 || headingAt < commonAt || tableAt < headingAt)
        return fail(QStringLiteral("the text does not have Looker's common attributes and event "
                                   "table headings"));

    EventCatalogData data;
    const QStringList commonLines =
        text.mid(commonAt + kCommonHeader.size(), headingAt - commonAt - kCommonHeader.size())
            .split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : commonLines) {
        const QString trimmed = line.trimmed();
        const qsizetype space = trimmed.indexOf(u' ');
        if (space > 0)
            data.common.append({trimmed.left(space), trimmed.mid(space + 1).trimmed(), {}});
    }

    // An attribute: a lower-case name (a few words at most) and a colon.
    static const QRegularExpression attribute(
        QStringLiteral(R"(^([a-z0-9_#{}]+(?: [a-z0-9_]+){0,2}):\s*(.*)$)"));
    // An event: a lower-case name, a space, then the trigger, which starts with a capital.
    static const QRegularExpression event(QStringLiteral(R"(^([a-z][a-z0-9_#{}]*) (\p{Lu}.*)$)"));
    // The trigger's end and an attribute on the same line.
    static const QRegularExpression inlineAttribute(QStringLiteral(R"(\. ([a-z0-9_]+): (.*)$)"));

    const QStringList lines =
        text.mid(tableAt + kTableHeader.size()).split(u'\n', Qt::SkipEmptyParts);
    int lineNumber = 0;
    for (const QString& raw : lines) {
        ++lineNumber;
        const QString line = stripBullet(raw);
        if (line.isEmpty())
            continue;
        if (const auto match = attribute.match(line); match.hasMatch()) {
            if (data.types.isEmpty())
                return fail(
                    QStringLiteral("an attribute comes before any event type: \"%1\"").arg(line));
            data.types.last().attributes.append(
                {match.captured(1), match.captured(2).trimmed(), {}});
            continue;
        }
        const auto match = event.match(line);
        if (!match.hasMatch())
            return fail(QStringLiteral("line %1 of the event table is neither an event type nor an "
                                       "attribute: \"%2\"")
                            .arg(lineNumber)
                            .arg(line.left(80)));
        EventType type;
        type.name = match.captured(1);
        QString trigger = match.captured(2).trimmed();
        if (trigger.endsWith(u' ' + kNone)) {
            trigger.chop(kNone.size() + 1);
        } else if (const auto inlined = inlineAttribute.match(trigger); inlined.hasMatch()) {
            type.attributes.append({inlined.captured(1), inlined.captured(2).trimmed(), {}});
            trigger.truncate(inlined.capturedStart() + 1);
        }
        type.triggerEs = trigger;
        data.types.append(type);
    }
    if (data.types.isEmpty())
        return fail(QStringLiteral("the event table is empty"));
    return data;
}

} // namespace ActionDeck
