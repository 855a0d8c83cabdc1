#include "gui/preview/previewresultpane.h"

#include "gui/preview/tagchecktext.h"
#include "gui/widgets/jsonhighlighter.h"
#include "gui/widgets/jsonindenter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ActionDeck {

namespace {

QString fromStd(const std::string& text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

PreviewResultPane::PreviewResultPane(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_warningsLabel(new QLabel(this))
    , m_warnings(new QListWidget(this)) {
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_output->setObjectName(QStringLiteral("previewOutput"));
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));

    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_output->document());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setWordWrap(true);
    m_warnings->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* warningsBox = new QWidget(this);
    auto* warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->addWidget(m_warningsLabel);
    warningsLayout->addWidget(m_warnings, 1);
    auto* results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(m_output);
    results->addWidget(warningsBox);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(results, 1);

    retranslateUi();
}

void PreviewResultPane::clear() {
    m_warnings->clear();
    m_output->clear();
}

void PreviewResultPane::showCancelled() {
    clear();
    setSummary(tr("Preview cancelled."));
}

void PreviewResultPane::showNoResult() {
    clear();
    setSummary(tr("Open a file, paste a json_detail result or a whole execute "
                  "request body, or pick a request the hub received."));
}

void PreviewResultPane::showResult(const PreviewResult& r, CallType call, bool compact,
                                   qsizetype maxEventBytes) {
    clear();
    QString text;
    const int shown = int(std::min<std::size_t>(r.messages.size(), kShownMessages));
    for (int i = 0; i < shown; ++i) {
        const std::string line = r.line(std::size_t(i));
        if (!text.isEmpty())
            text += compact ? QStringLiteral("\n") : QStringLiteral("\n\n");
        text += compact ? fromStd(line) : indentedJson(line);
    }
    m_output->setPlainText(text);

    const bool execute = r.input == PreviewResult::Input::ExecuteRequest;
    QString summary = tr("%1 from %2, %3 skipped.")
                          .arg(tr("%n message(s)", nullptr, int(r.messageCount)),
                               tr("%n row(s)", nullptr, int(r.rows)))
                          .arg(r.skippedRows);
    if (quint64(shown) < r.messageCount)
        summary += QLatin1Char(' ') + tr("Showing the first %1.").arg(shown);
    summary += QLatin1Char(' ') + (execute ? tr("Read as a whole execute request body.")
                                           : tr("Read as a json_detail result."));
    const QString scheduleName = fromStd(r.scope.planId);
    const QString sourceName = fromStd(r.scope.destination);
    const bool systemActivity = r.scope.planId == kSystemActivityScope;
    if (systemActivity && r.compared && !r.error.isSet())
        summary += QLatin1Char(' ') +
                   (r.scheduleRanBefore
                        ? tr("%1 of %2 Looker events are new to %3; the %4 already sent there "
                             "are not sent again.")
                              .arg(QLocale().toString(qulonglong(r.messageCount)),
                                   QLocale().toString(qulonglong(r.messageCount + r.unchangedRows)),
                                   sourceName, QLocale().toString(qulonglong(r.unchangedRows)))
                        : tr("Nothing was sent to %1 with this action yet: every Looker event is "
                             "new.")
                              .arg(sourceName));
    else if (r.compared && r.scheduleRanBefore && !r.error.isSet())
        summary += QLatin1Char(' ') +
                   tr("%1 of %2 rows changed since schedule %3 last sent them to %4: %5 changed, "
                      "%6 new; the %7 unchanged are not sent.")
                       .arg(QLocale().toString(qulonglong(r.messageCount)),
                            QLocale().toString(qulonglong(r.rows)), scheduleName, sourceName,
                            QLocale().toString(qulonglong(r.changedRows)),
                            QLocale().toString(qulonglong(r.newRows)),
                            QLocale().toString(qulonglong(r.unchangedRows)));
    else if (r.compared && !r.error.isSet())
        summary += QLatin1Char(' ') + tr("Schedule %1 has sent nothing to %2 with this action yet: "
                                         "every row is new.")
                                          .arg(scheduleName, sourceName);
    if (r.stableIds)
        summary += QLatin1Char(' ') + tr("The messageIds are those the hub would send.");
    setSummary(summary);
    // The tag check first: a missing tag is the error users otherwise hear of after a run.
    if (!r.fields.empty() && call != CallType::SystemActivity) {
        const TagCheck::Result tags = TagCheck::check(r.fields, call);
        for (const QString& line : TagCheckText::missing(tags, call))
            addWarning(line, true);
        if (const QString tagged = TagCheckText::tagged(tags); !tagged.isEmpty())
            addNote(tagged);
    }
    if (systemActivity && !r.compared && !r.error.isSet())
        addWarning(tr("Every Looker event is shown: the hub leaves out those it already sent to "
                      "the destination source, and this input names none."));
    else if (r.sendRows == SendRows::Changed && !r.compared && !r.error.isSet())
        addWarning(tr("Every row is shown: only new or changed rows compares with a schedule's "
                      "last run, and this input has none. Pick one under Schedule."));

    const QString errorText = fromStd(r.error.message);
    switch (r.error.kind) {
    case PreviewError::Kind::None:
    case PreviewError::Kind::Stopped:
        break;
    case PreviewError::Kind::Request:
        addWarning(tr("The execute request body is not valid JSON: %1").arg(errorText), true);
        break;
    case PreviewError::Kind::NoResult:
        addWarning(tr("This execute request can not be previewed: %1").arg(errorText), true);
        break;
    case PreviewError::Kind::Attachment:
        addWarning(tr("The request's attachment can not be decoded: %1").arg(errorText), true);
        break;
    case PreviewError::Kind::Query:
        addWarning(
            tr("Looker would be answered with this error, and nothing sent: %1").arg(errorText),
            true);
        break;
    case PreviewError::Kind::SyncState:
        addWarning(tr("What the schedule last sent could not be read, so nothing is shown: %1")
                       .arg(errorText),
                   true);
        break;
    case PreviewError::Kind::Json:
        addWarning((r.error.inAttachment ? tr("The result in attachment.data is not valid JSON: %1")
                                         : tr("The input is not valid JSON: %1"))
                           .arg(errorText) +
                       (r.messageCount > 0
                            ? QLatin1Char(' ') + tr("The messages of the rows before it are shown.")
                            : QString()),
                   true);
        break;
    }
    if (r.skippedRows > 0)
        addWarning(
            tr("%n row(s) would be skipped, and Looker told: %1", nullptr, int(r.skippedRows))
                .arg(fromStd(r.skippedRowsMessage)));
    addSystemActivityWarnings(r.systemActivity);
    if (r.withoutUserId > 0)
        addWarning(tr("%1 of %2 messages have no userId (they are sent with an anonymousId); some "
                      "destinations, such as Redis, need a userId.")
                       .arg(r.withoutUserId)
                       .arg(r.messageCount));
    if (r.oversizedCount > 0) {
        const OversizedEvent& first = r.oversized.front();
        addWarning(tr("%n message(s) over RudderStack's limit of %1 bytes for one event: they "
                      "would be kept as failed, never sent (message %2 is %3 bytes).",
                      nullptr, int(r.oversizedCount))
                       .arg(maxEventBytes)
                       .arg(first.message)
                       .arg(first.sentBytes));
    }
    if (r.unsupportedCount > 0) {
        const UnsupportedValue& first = r.unsupported.front();
        const QString what = first.pivoted                          ? tr("a pivoted value")
                             : first.kind == CellValue::Kind::True  ? tr("true")
                             : first.kind == CellValue::Kind::False ? tr("false")
                                                                    : tr("an object or array");
        addWarning(tr("%n identifier value(s) can not be used as an id and count as missing "
                      "(row %1: %2, tagged %3, holds %4).",
                      nullptr, int(r.unsupportedCount))
                       .arg(first.row)
                       .arg(fromStd(first.field), fromStd(first.tag), what));
    }
    if (!r.unreadableRanAt.empty())
        addWarning(tr("ran_at \"%1\" is not a date: each message's timestamp is the time of the "
                      "preview instead.")
                       .arg(fromStd(r.unreadableRanAt)));
    if (!r.keptAll())
        addWarning(tr("Only the first %1 of %2 messages are kept, so they can not be sent from "
                      "here; let Looker send the result through the action.")
                       .arg(QLocale().toString(qulonglong(r.messages.size())))
                       .arg(QLocale().toString(qulonglong(r.messageCount))));
}

void PreviewResultPane::addWarning(const QString& text, bool error) {
    auto* item = new QListWidgetItem(
        style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
        text, m_warnings);
    item->setToolTip(text);
}

void PreviewResultPane::addNote(const QString& text) {
    auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), text,
                                     m_warnings);
    item->setToolTip(text);
    item->setData(kNoteRole, true);
}

void PreviewResultPane::setSummary(const QString& text) {
    m_summary->setText(text);
    // The summary's height is part of the page's layout, above this pane: the label's own
    // updateGeometry() reaches only this pane's layout, which would leave the page sized by the
    // summary it had before.
    updateGeometry();
}

QString PreviewResultPane::summary() const {
    return m_summary->text();
}

void PreviewResultPane::addSystemActivityWarnings(const SystemActivityWarnings& w) {
    const auto listed = [](const std::vector<std::string>& names, std::uint64_t count) {
        QStringList out;
        for (const std::string& name : names)
            out.append(QString::fromStdString(name));
        if (count > names.size())
            out.append(QStringLiteral("…"));
        return out.join(QStringLiteral(", "));
    };
    if (w.unknownEvents > 0)
        addWarning(tr("%n event(s) of a type the catalogue does not know (%1): their attributes "
                      "are sent as text.",
                      nullptr, int(w.unknownEvents))
                       .arg(listed(w.unknownEventNames, w.unknownEvents)));
    if (w.unknownAttributes > 0)
        addWarning(tr("%n attribute value(s) the catalogue does not know are sent as text (%1).",
                      nullptr, int(w.unknownAttributes))
                       .arg(listed(w.unknownAttributeNames, w.unknownAttributes)));
    if (w.badValues > 0)
        addWarning(tr("%n value(s) did not read as their type and are sent as text; the first: %1",
                      nullptr, int(w.badValues))
                       .arg(QString::fromStdString(w.firstBadValue)));
    if (w.unreadableTimes > 0)
        addWarning(tr("%n event(s) without a readable created time carry the time of the run.",
                      nullptr, int(w.unreadableTimes)));
    if (!w.unknownTimezone.empty())
        addWarning(tr("The time zone \"%1\" is unknown: times are read as UTC.")
                       .arg(QString::fromStdString(w.unknownTimezone)));
}

QStringList PreviewResultPane::warnings() const {
    QStringList texts;
    for (int row = 0; row < m_warnings->count(); ++row) {
        if (!m_warnings->item(row)->data(kNoteRole).toBool())
            texts.append(m_warnings->item(row)->text());
    }
    return texts;
}

QStringList PreviewResultPane::notes() const {
    QStringList texts;
    for (int row = 0; row < m_warnings->count(); ++row) {
        if (m_warnings->item(row)->data(kNoteRole).toBool())
            texts.append(m_warnings->item(row)->text());
    }
    return texts;
}

void PreviewResultPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewResultPane::retranslateUi() {
    m_warningsLabel->setText(tr("Tags and warnings"));
}

} // namespace ActionDeck
