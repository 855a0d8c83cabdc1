#include "gui/widgets/actionlabel.h"

#include "rudder/calltype.h"

namespace ActionDeck {

QString ActionLabel::of(const QString& name) {
    // Only the Looker action names: the call names (identify, track) are RudderStack's types.
    if (!name.startsWith(QLatin1String("rudder_")))
        return name;
    const auto call = callTypeFromName(name.toStdString());
    if (!call)
        return name;
    switch (*call) {
    case CallType::Identify:
        return QStringLiteral("Rudder Identify");
    case CallType::Track:
        return QStringLiteral("Rudder Track");
    case CallType::Group:
        return QStringLiteral("Rudder Group");
    case CallType::SystemActivity:
        return QStringLiteral("Rudder System Activity");
    }
    return name;
}

QString ActionLabel::leading(const QString& text) {
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QString first = space < 0 ? text : text.left(space);
    const QString label = of(first);
    return label == first ? text : label + text.mid(first.size());
}

} // namespace ActionDeck
