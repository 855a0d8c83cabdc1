#include "hub/sourceconfig.h"

#include <QJsonValue>

namespace ActionDeck {

namespace {

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

template <typename Choice, std::size_t N>
QString choiceList(const Choice (&choices)[N], std::string_view (*nameOf)(Choice)) {
    QStringList names;
    for (const Choice choice : choices)
        names.append(fromStd(nameOf(choice)));
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

template <typename Choice, std::size_t N>
bool readChoice(const QJsonObject& o, const QString& key, const Choice (&choices)[N],
                std::string_view (*nameOf)(Choice), Choice* out, QString* error) {
    if (!o.contains(key))
        return true;
    const QJsonValue value = o.value(key);
    for (const Choice choice : choices) {
        if (value.isString() && value.toString() == fromStd(nameOf(choice))) {
            *out = choice;
            return true;
        }
    }
    if (error)
        *error = QStringLiteral("%1 must be %2 (got %3)")
                     .arg(key, choiceList(choices, nameOf),
                          value.isString() ? u'"' + value.toString() + u'"'
                                           : QStringLiteral("something that is not a string"));
    return false;
}

} // namespace

const QStringList& SourceConfig::optionKeys() {
    static const QStringList keys = {QStringLiteral("propertyNames"), QStringLiteral("rename"),
                                     QStringLiteral("sendRows"), QStringLiteral("lookerContext")};
    return keys;
}

bool SourceConfig::readOptions(const QJsonObject& o, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!readChoice(o, QStringLiteral("propertyNames"), kPropertyNamesStyles, propertyNamesName,
                    &propertyNames, error) ||
        !readChoice(o, QStringLiteral("sendRows"), kSendRowsChoices, sendRowsName, &sendRows,
                    error))
        return false;
    if (o.contains(u"lookerContext")) {
        if (!o.value(u"lookerContext").isBool())
            return fail(QStringLiteral("lookerContext must be true or false"));
        lookerContext = o.value(u"lookerContext").toBool();
    }
    if (o.contains(u"rename")) {
        const QJsonValue value = o.value(u"rename");
        if (!value.isObject())
            return fail(QStringLiteral("rename must be an object of Looker field names to the "
                                       "names to send, e.g. {\"users.plan\": \"plan_tier\"}"));
        QMap<QString, QString> map;
        const QJsonObject entries = value.toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it.key().trimmed().isEmpty())
                return fail(QStringLiteral("rename has an empty field name"));
            if (!it->isString() || it->toString().trimmed().isEmpty())
                return fail(QStringLiteral("rename.%1 must be a non-empty string (the name to "
                                           "send instead of %1)")
                                .arg(it.key()));
            map.insert(it.key().trimmed(), it->toString().trimmed());
        }
        rename = map;
    }
    return true;
}

QJsonObject SourceConfig::optionsJson(bool all) const {
    QJsonObject o;
    if (all || propertyNames != PropertyNames::Looker)
        o.insert(u"propertyNames", fromStd(propertyNamesName(propertyNames)));
    if (all || !rename.isEmpty()) {
        QJsonObject map;
        for (auto it = rename.begin(); it != rename.end(); ++it)
            map.insert(it.key(), it.value());
        o.insert(u"rename", map);
    }
    if (all || sendRows != SendRows::All)
        o.insert(u"sendRows", fromStd(sendRowsName(sendRows)));
    if (all || lookerContext)
        o.insert(u"lookerContext", lookerContext);
    return o;
}

SyncOptions SourceConfig::syncOptions() const {
    SyncOptions options;
    options.propertyNames = propertyNames;
    for (auto it = rename.begin(); it != rename.end(); ++it)
        options.rename.emplace_back(it.key().toStdString(), it.value().toStdString());
    options.sendRows = sendRows;
    options.lookerContext = lookerContext;
    return options;
}

} // namespace ActionDeck
