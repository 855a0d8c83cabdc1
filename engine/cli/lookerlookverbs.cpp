// LookerCommand's verbs about Looks and schedules: looks, schedules, send-now.
#include "cli/commandoutput.h"
#include "cli/futurewait.h"
#include "cli/lookercommand.h"
#include "cli/previewcommand.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "hub/hubconfig.h"
#include "hub/sourceconfig.h"
#include "lookerapi/lookerapiclient.h"
#include "lookerapi/lookerhublink.h"
#include "lookerapi/lookerlooks.h"
#include "lookerapi/lookerschedules.h"
#include "rudder/syncoptions.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QUrl>

namespace ActionDeck {

namespace {

int failed(QIODevice& err, const QString& why) {
    writeLine(err, QStringLiteral("actiondeck looker: ") + why);
    return LookerCommand::Failure;
}

void writeJson(QIODevice& out, const QJsonArray& json) {
    out.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
}

/// Preview's flags for a source's sync options, each only where the command line gave none.
QStringList sourceOptionArguments(const SyncOptions& options, const QCommandLineParser& parser) {
    QStringList arguments;
    const auto add = [&](const char* flag, std::string_view value) {
        if (!parser.isSet(QString::fromLatin1(flag)))
            arguments += {QStringLiteral("--") + QString::fromLatin1(flag),
                          QString::fromUtf8(value.data(), qsizetype(value.size()))};
    };
    add("property-names", propertyNamesName(options.propertyNames));
    add("send-rows", sendRowsName(options.sendRows));
    add("looker-context", options.lookerContext ? "yes" : "no");
    if (!parser.isSet(QStringLiteral("rename"))) {
        for (const auto& [field, name] : options.rename)
            arguments += {QStringLiteral("--rename"),
                          QString::fromStdString(field) + u'=' + QString::fromStdString(name)};
    }
    return arguments;
}

} // namespace

int LookerCommand::looks(LookerApiClient& api, const QString& text, bool json, QIODevice& out,
                         QIODevice& err) {
    LookerLooks looks(api);
    const auto found = waitFor(looks.search(text));
    if (!found.ok())
        return failed(err, found.error.message);
    QJsonArray list;
    for (const LookerLook& look : found.looks) {
        if (json)
            list.append(
                QJsonObject{{QStringLiteral("id"), look.id},
                            {QStringLiteral("title"), look.title},
                            {QStringLiteral("model"), look.model},
                            {QStringLiteral("explore"), look.explore},
                            {QStringLiteral("folder"),
                             look.folder.isEmpty() ? QJsonValue() : QJsonValue(look.folder)}});
        else
            writeLine(out, QStringLiteral("%1\t%2").arg(look.id, look.title));
    }
    if (json)
        writeJson(out, list);
    return Ok;
}

int LookerCommand::schedules(LookerApiClient& api, const QCommandLineParser& parser, bool json,
                             QIODevice& out, QIODevice& err) {
    LookerHubLink link(api);
    const auto found = waitFor(link.find(QUrl(parser.value(QStringLiteral("hub-url")))));
    if (!found.ok())
        return failed(err, found.error.message);
    if (!found.hub)
        return failed(err, QStringLiteral("the hub is not in Looker: actiondeck looker register "
                                          "first"));
    LookerSchedules schedules(api);
    const auto listed = waitFor(schedules.forHub(found.hub->id));
    if (!listed.ok())
        return failed(err, listed.error.message);
    QJsonArray list;
    for (const LookerSchedule& schedule : listed.schedules) {
        if (json)
            list.append(QJsonObject{
                {QStringLiteral("planId"), schedule.planId},
                {QStringLiteral("name"), schedule.name},
                {QStringLiteral("lookId"),
                 schedule.lookId.isEmpty() ? QJsonValue() : QJsonValue(schedule.lookId)},
                {QStringLiteral("dashboardId"),
                 schedule.dashboardId.isEmpty() ? QJsonValue() : QJsonValue(schedule.dashboardId)},
                {QStringLiteral("action"), schedule.action},
                {QStringLiteral("formParams"), schedule.formParams},
                {QStringLiteral("crontab"), schedule.crontab},
                {QStringLiteral("owner"), schedule.owner},
                {QStringLiteral("enabled"), schedule.enabled}});
        else
            writeLine(out, QStringLiteral("%1\t%2\t%3\t%4")
                               .arg(schedule.planId, schedule.name, schedule.action,
                                    schedule.crontab.isEmpty() ? QStringLiteral("(datagroup)")
                                                               : schedule.crontab));
    }
    if (json)
        writeJson(out, list);
    return Ok;
}

int LookerCommand::sendNow(LookerApiClient& api, const QString& planId, bool json, QIODevice& out,
                           QIODevice& err) {
    LookerSchedules schedules(api);
    const auto ran = waitFor(schedules.runOnce(planId));
    if (!ran.ok())
        return failed(err, ran.error.message);
    // Looker runs a copy of the plan; the hub receives it when Looker has the result.
    const QJsonValue copy = ran.json.object().value(u"id");
    const QString copyId = copy.isString() ? copy.toString() : QString::number(copy.toInteger());
    if (json)
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("planId"), planId},
                                            {QStringLiteral("runId"), copyId}})
                      .toJson(QJsonDocument::Compact) +
                  '\n');
    else
        writeLine(out, QStringLiteral("Looker accepted the run of schedule %1 (run %2): the hub "
                                      "receives it when Looker has the result.")
                           .arg(planId, copyId));
    return Ok;
}

int LookerCommand::previewLook(LookerApiClient& api, const QString& lookId,
                               const QCommandLineParser& parser, QIODevice& out, QIODevice& err) {
    if (!parser.isSet(QStringLiteral("action"))) {
        writeLine(err, QStringLiteral("actiondeck looker: preview-look needs --action "
                                      "identify|track|group"));
        return UsageError;
    }
    // 500 rows unless asked: a preview is a look at the data, "all" runs the whole Look.
    int limit = 500;
    if (parser.isSet(QStringLiteral("limit"))) {
        const QString wanted = parser.value(QStringLiteral("limit"));
        bool ok = false;
        limit = wanted == u"all" ? -1 : wanted.toInt(&ok);
        if (wanted != u"all" && (!ok || limit <= 0)) {
            writeLine(err, QStringLiteral("actiondeck looker: --limit wants a number of rows or "
                                          "all (got \"%1\")")
                               .arg(wanted));
            return UsageError;
        }
    }
    LookerLooks looks(api);
    const auto found = waitFor(looks.look(lookId));
    if (!found.ok())
        return failed(err, found.error.message);
    // The result goes to disk as it arrives and is read back in pieces: never held whole.
    QTemporaryFile spool;
    if (!spool.open())
        return failed(err, QStringLiteral("cannot make a temporary file: ") + spool.errorString());
    const auto ran = waitFor(looks.run(lookId, limit, spool));
    if (!ran.ok())
        return failed(err, ran.error.message);
    spool.flush();
    spool.seek(0);
    // The hub's own preview over it, with the Look's hidden fields as a schedule has them.
    QStringList arguments{QStringLiteral("--action"), parser.value(QStringLiteral("action")),
                          QStringLiteral("--hidden"),
                          found.looks.constFirst().hiddenFields.join(u',')};
    for (const char* name :
         {"event", "property-names", "send-rows", "schedule", "looker-context", "data-dir"}) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option))
            arguments += {QStringLiteral("--") + option, parser.value(option)};
    }
    for (const QString& rename : parser.values(QStringLiteral("rename")))
        arguments += {QStringLiteral("--rename"), rename};
    // With --source, its sync options as the hub applies them to a form left at "default"; a
    // flag given here is the form's own value and wins. It is also the destination "only new or
    // changed rows" compares with.
    if (parser.isSet(QStringLiteral("source"))) {
        QString error;
        const auto config = hubConfig(parser, &error);
        if (!config)
            return failed(err, error);
        const QString name = parser.value(QStringLiteral("source"));
        const SourceConfig* source = config->source(name);
        if (!source)
            return failed(err, QStringLiteral("no source named \"%1\" in the hub's "
                                              "configuration (--config FILE, --data-dir DIR)")
                                   .arg(name));
        arguments += sourceOptionArguments(source->syncOptions(), parser);
        arguments += {QStringLiteral("--source"), name};
    }
    arguments += {QStringLiteral("--check-tags"), QStringLiteral("-")};
    SystemClock systemClock;
    RandomIdGenerator randomIds;
    PreviewCommand preview(m_clock ? *m_clock : systemClock, m_ids ? *m_ids : randomIds);
    return preview.run(arguments, spool, out, err);
}

} // namespace ActionDeck
