#include "gui/runs/rundetailstext.h"

#include "gui/runs/runlistmodel.h"
#include "gui/widgets/actionlabel.h"

#include <QDateTime>
#include <QLocale>

namespace ActionDeck {

QString RunDetailsText::of(const RunRecord& run) {
    QStringList lines;
    lines << tr("Run %1 · %2").arg(QString::number(run.id), RunListModel::stateName(run.state));
    lines << (run.planId.isEmpty()
                  ? RunListModel::scheduleText(run)
                  : tr("Schedule: %1 (plan %2)").arg(RunListModel::scheduleText(run), run.planId));
    QString what = tr("%1 to source %2").arg(ActionLabel::of(run.action), run.source);
    if (!run.region.isEmpty())
        what += QStringLiteral(" · ") + tr("region %1").arg(run.region);
    if (!run.hubId.isEmpty())
        what += QStringLiteral(" · ") + tr("hub %1").arg(run.hubId);
    lines << what;
    QStringList looker;
    if (!run.lookId.isEmpty())
        looker << tr("Look %1").arg(run.lookId);
    if (!run.queryId.isEmpty())
        looker << tr("query %1").arg(run.queryId);
    if (!run.url.isEmpty())
        looker << run.url;
    if (!looker.isEmpty())
        lines << looker.join(QStringLiteral(" · "));
    lines << QString() << timeline(run) << QString() << counts(run) << QString()
          << lookerAnswer(run);
    if (!run.skipReasons.isEmpty()) {
        lines << QString() << tr("Rows skipped because:");
        for (const QString& reason : run.skipReasons)
            lines << QStringLiteral("  • ") + reason;
        if (run.skipReasons.size() >= RunRecord::kSkipReasonsKept)
            lines << tr("  (the hub keeps the first %1 reasons)").arg(RunRecord::kSkipReasonsKept);
    }
    if (!run.failReason.isEmpty())
        lines << QString() << tr("The data plane answered: %1").arg(run.failReason);
    return lines.join(u'\n');
}

QString RunDetailsText::moment(qint64 ms, qint64 sinceMs) {
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    QString text = locale.toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                   time.time().toString(QStringLiteral("HH:mm:ss"));
    if (sinceMs > 0 && ms >= sinceMs) {
        RunRecord span;
        span.receivedMs = sinceMs;
        span.finishedMs = ms;
        text += QStringLiteral(" (+%1)").arg(RunListModel::durationText(span));
    }
    return text;
}

QString RunDetailsText::timeline(const RunRecord& run) {
    const QLocale locale;
    QStringList lines;
    lines << tr("Received: %1").arg(moment(run.receivedMs));
    lines << (run.answeredMs > 0
                  ? tr("Answered Looker: %1").arg(moment(run.answeredMs, run.receivedMs))
                  : tr("Answered Looker: not yet, the result is being read"));
    if (run.state == RunState::Interrupted)
        lines << (run.pending > 0
                      ? tr("Cut off: the hub stopped during the run; %1 messages it stored are "
                           "still to deliver.")
                            .arg(locale.toString(run.pending))
                      : tr("Cut off: the hub stopped during the run."));
    else if (run.finishedMs > 0)
        lines << tr("All delivered: %1").arg(moment(run.finishedMs, run.receivedMs));
    else if (run.answeredMs > 0)
        lines
            << tr("All delivered: not yet, %1 messages pending").arg(locale.toString(run.pending));
    return lines.join(u'\n');
}

QString RunDetailsText::counts(const RunRecord& run) {
    const QLocale locale;
    return tr("Rows: %1 read · %2 skipped · %3 unchanged (not sent again)")
               .arg(locale.toString(run.rowsRead), locale.toString(run.rowsSkipped),
                    locale.toString(run.rowsUnchanged)) +
           u'\n' +
           tr("Messages: %1 stored · %2 delivered · %3 failed · %4 pending")
               .arg(locale.toString(run.messagesStored), locale.toString(run.delivered),
                    locale.toString(run.failed), locale.toString(run.pending));
}

QString RunDetailsText::lookerAnswer(const RunRecord& run) {
    if (run.answeredMs <= 0 && run.message.isEmpty())
        return tr("Looker has not been answered yet.");
    // Looker's message stays as the hub sent it (English): it is what Looker shows.
    const QString verdict =
        run.success ? tr("Looker was told: success") : tr("Looker was told: failure");
    return run.message.isEmpty() ? verdict : tr("%1 — \"%2\"").arg(verdict, run.message);
}

} // namespace ActionDeck
