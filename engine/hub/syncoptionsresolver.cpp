#include "hub/syncoptionsresolver.h"

#include <QStringList>

namespace ActionDeck {

namespace {

/// The form's value of `field`, empty when it is not there or is "default".
std::string chosen(const std::map<std::string, std::string>& formParams, const char* field) {
    const auto it = formParams.find(field);
    if (it == formParams.end() || it->second == SyncOptionsResolver::kDefaultChoice)
        return {};
    return it->second;
}

template <typename Choice, std::size_t N>
QString choiceNames(const Choice (&choices)[N], std::string_view (*nameOf)(Choice)) {
    QStringList names{QLatin1String(SyncOptionsResolver::kDefaultChoice)};
    for (const Choice choice : choices) {
        const std::string_view name = nameOf(choice);
        names.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
    }
    return names.join(QStringLiteral(", "));
}

QString unknown(const char* field, const std::string& value, const QString& choices) {
    return QStringLiteral("The form field \"%1\" has no choice \"%2\" (it has %3).")
        .arg(QLatin1String(field), QString::fromStdString(value), choices);
}

} // namespace

std::optional<SyncOptions>
SyncOptionsResolver::resolve(const std::map<std::string, std::string>& formParams,
                             const SourceConfig* source, QString* error) {
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    SyncOptions options = source ? source->syncOptions() : SyncOptions();
    if (const std::string names = chosen(formParams, kPropertyNamesField); !names.empty()) {
        const auto style = propertyNamesFromName(names);
        if (!style)
            return fail(unknown(kPropertyNamesField, names,
                                choiceNames(kPropertyNamesStyles, propertyNamesName)));
        options.propertyNames = *style;
    }
    if (const std::string rows = chosen(formParams, kSendRowsField); !rows.empty()) {
        const auto choice = sendRowsFromName(rows);
        if (!choice)
            return fail(unknown(kSendRowsField, rows, choiceNames(kSendRowsChoices, sendRowsName)));
        options.sendRows = *choice;
    }
    if (const std::string context = chosen(formParams, kLookerContextField); !context.empty()) {
        if (context != "yes" && context != "no")
            return fail(unknown(kLookerContextField, context,
                                QStringLiteral("%1, no, yes").arg(QLatin1String(kDefaultChoice))));
        options.lookerContext = context == "yes";
    }
    return options;
}

} // namespace ActionDeck
