#include "alerts/runnotice.h"

#include "outbox/runrecordjson.h"

#include <QLocale>

namespace ActionDeck {

QString RunNotice::subject(const RunRecord& run) {
    if (run.planId.isEmpty())
        return QStringLiteral("an execute of %1 sent by hand").arg(run.action);
    const QString title = run.planTitle.isEmpty() ? QStringLiteral("schedule") : run.planTitle;
    return QStringLiteral("\u201c%1\u201d (plan %2)").arg(title, run.planId);
}

std::optional<AlertNotice> RunNotice::of(const RunRecord& run) {
    const QLocale english(QLocale::English);
    const auto n = [&english](qint64 value) { return english.toString(value); };
    QString what;
    switch (run.state) {
    case RunState::Failed:
        what = QStringLiteral("failed");
        break;
    case RunState::Partial:
        what = QStringLiteral("ended partial");
        break;
    case RunState::Interrupted:
        what = QStringLiteral("was cut off: ") + runInterruptedText(run);
        break;
    default:
        return std::nullopt;
    }
    QStringList facts;
    facts.append(QStringLiteral("%1 rows read, %2 messages stored, %3 delivered, %4 failed")
                     .arg(n(run.rowsRead), n(run.messagesStored), n(run.delivered), n(run.failed)));
    if (run.rowsSkipped > 0)
        facts.append(QStringLiteral("%1 rows skipped").arg(n(run.rowsSkipped)) +
                     (run.skipReasons.isEmpty()
                          ? QString()
                          : QStringLiteral(" (%1)").arg(run.skipReasons.first())));
    if (!run.failReason.isEmpty())
        facts.append(QStringLiteral("the data plane answered: %1").arg(run.failReason));
    if (!run.success && !run.message.isEmpty())
        facts.append(QStringLiteral("Looker was told: %1").arg(run.message));
    AlertNotice notice;
    notice.kind = AlertNotice::Kind::RunEnded;
    notice.text = QStringLiteral("ActionDeck: run %1 of %2, %3 to source %4, %5. %6.")
                      .arg(QString::number(run.id), subject(run), run.action,
                           run.source.isEmpty() ? QStringLiteral("?") : run.source, what,
                           facts.join(QStringLiteral("; ")));
    notice.json = QJsonObject{{QStringLiteral("run"), RunRecordJson::toJson(run)}};
    return notice;
}

} // namespace ActionDeck
