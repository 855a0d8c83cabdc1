#include "gui/preview/tagchecktext.h"

namespace ActionDeck {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

QString TagCheckText::tagged(const TagCheck::Result& result) {
    QStringList parts;
    for (const TagCheck::Tagged& tag : result.tagged) {
        if (tag.fields.empty())
            continue;
        QStringList fields;
        for (const std::string& field : tag.fields)
            fields.append(fromStd(field));
        parts.append(tr("%1 on %2").arg(fromStd(tag.tag), fields.join(QStringLiteral(", "))));
    }
    return parts.isEmpty() ? QString() : tr("Tags: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString TagCheckText::fix(const JsonDetailField& field, const QString& tag) {
    const QString name = fromStd(field.name);
    const QString lookml = QStringLiteral("`tags: [\"%1\"]`").arg(tag);
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString view = dot < 0 ? QString() : name.left(dot);
    const QString quoted = u'`' + name + u'`';
    switch (field.category) {
    case FieldCategory::Dimension:
        return view.isEmpty() ? tr("add %1 to dimension %2").arg(lookml, quoted)
                              : tr("add %1 to dimension %2 in view `%3`").arg(lookml, quoted, view);
    case FieldCategory::Measure:
        return view.isEmpty() ? tr("add %1 to measure %2").arg(lookml, quoted)
                              : tr("add %1 to measure %2 in view `%3`").arg(lookml, quoted, view);
    default:
        return view.isEmpty() ? tr("add %1 to field %2").arg(lookml, quoted)
                              : tr("add %1 to field %2 in view `%3`").arg(lookml, quoted, view);
    }
}

QStringList TagCheckText::missing(const TagCheck::Result& result, CallType call) {
    QStringList lines;
    const QString action = QString::fromLatin1(callTypeName(call));
    for (const TagCheck::Gap& gap : result.gaps) {
        const QString tag = fromStd(gap.tag);
        if (gap.need == TagCheck::Gap::Need::Identity)
            lines.append(gap.proposed
                             ? tr("No field is tagged user_id, email or rudder_anonymous_id, "
                                  "which %1 needs: %2.")
                                   .arg(action, fix(*gap.proposed, tag))
                             : tr("No field is tagged user_id, email or rudder_anonymous_id, "
                                  "which %1 needs: tag the field that identifies a user.")
                                   .arg(action));
        else
            lines.append(gap.proposed ? tr("No field is tagged rudder_group_id, which group "
                                           "needs: %1.")
                                            .arg(fix(*gap.proposed, tag))
                                      : tr("No field is tagged rudder_group_id, which group "
                                           "needs: tag the field that names the group."));
    }
    return lines;
}

} // namespace ActionDeck
