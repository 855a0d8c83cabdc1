// Looker's API stand-in as a program, for scripts/screenshots.sh and the preview-look memory
// benchmark: the Looker page signed in, with this hub added and its actions enabled, without a
// Looker. Usage: looker_standin PORT CLIENT_ID [--look-rows N], the client secret on stdin
// (never in argv). It holds two Looks (42, tagged; 9, untagged), two schedules for the first
// hub it adds, some System Activity events, and with --look-rows a Look 1000 of N generated rows.
#include "jsondetailgenerator.h"
#include "lookerrequests.h"
#include "lookerstandin.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace {

using ActionDeck::TestSupport::LookerStandInContent;

void addContent(LookerStandInContent& content, qint64 bigLookRows) {
    content.addLook({QStringLiteral("42"),
                     QStringLiteral("Active accounts"),
                     QStringLiteral("crm"),
                     QStringLiteral("accounts"),
                     QStringLiteral("Shared"),
                     {QStringLiteral("u.plan")},
                     ActionDeck::TestSupport::LookerRequests::usersResult(120)});
    content.addLook({QStringLiteral("9"),
                     QStringLiteral("Untagged users"),
                     QStringLiteral("crm"),
                     QStringLiteral("users"),
                     QString(),
                     {},
                     R"({"fields":{"dimensions":[{"name":"users.id","label":"Users ID"},)"
                     R"({"name":"users.plan","label":"Users Plan"}]},"data":[)"
                     R"({"users.id":{"value":"u1"},"users.plan":{"value":"gold"}}]})"});
    if (bigLookRows > 0)
        content.addLook(
            {QStringLiteral("1000"),
             QStringLiteral("Generated rows"),
             QStringLiteral("bench"),
             QStringLiteral("users"),
             QString(),
             {},
             QByteArray::fromStdString(ActionDeck::TestSupport::JsonDetailGenerator::generate(
                 {.rows = quint64(bigLookRows)}))});
    // The first hub the stand-in adds has the id 1.
    content.addPlan(QStringLiteral("Daily active accounts"), QStringLiteral("42"),
                    QStringLiteral("looker-integration://1::rudder_event"),
                    {{QStringLiteral("send_rows"), QStringLiteral("changed")}});
    content.addPlan(QStringLiteral("Weekly signups"), QStringLiteral("42"),
                    QStringLiteral("looker-integration://1::rudder_track"),
                    {{QStringLiteral("event"), QStringLiteral("Signed Up")}});
    // Types the catalogue knows, but one.
    const QStringList names{QStringLiteral("login"),
                            QStringLiteral("login"),
                            QStringLiteral("login"),
                            QStringLiteral("login_failure"),
                            QStringLiteral("run_query"),
                            QStringLiteral("run_query"),
                            QStringLiteral("run_scheduled_task")};
    for (int i = 0; i < names.size(); ++i)
        content.addActivityEvent(
            {QJsonObject{{QStringLiteral("event.id"), 500 + i},
                         {QStringLiteral("event.name"), names[i]},
                         {QStringLiteral("event.category"), QStringLiteral("user")},
                         {QStringLiteral("event.created_time"),
                          QStringLiteral("2026-12-06 09:0%1:00").arg(i)},
                         {QStringLiteral("user.email"), QStringLiteral("ada@example.com")}},
             {{QStringLiteral("ip_address"), QStringLiteral("10.0.0.%1").arg(i + 1)}}});
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const quint16 port = args.size() >= 3 ? args[1].toUShort(&ok) : 0;
    qint64 bigLookRows = 0;
    if (args.size() == 5 && args[3] == u"--look-rows")
        bigLookRows = args[4].toLongLong(&ok);
    if (!ok || (args.size() != 3 && args.size() != 5)) {
        std::fprintf(stderr,
                     "usage: looker_standin PORT CLIENT_ID [--look-rows N] < client-secret\n");
        return 2;
    }
    QTextStream in(stdin);
    const QByteArray secret = in.readLine().trimmed().toUtf8();
    ActionDeck::TestSupport::LookerStandIn looker(args[2], secret);
    addContent(looker.content(), bigLookRows);
    if (!looker.listen({}, {}, port)) {
        std::fprintf(stderr, "looker_standin: can not listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("%s\n", qPrintable(looker.url().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
