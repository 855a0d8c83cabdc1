#include "previewpage.h"

#include "jsonhighlighter.h"
#include "jsonindenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ActionDeck {

namespace {

/// Input handed to the builder per slice, and the time one event-loop turn may spend on it.
constexpr qsizetype kSliceBytes = 256 * 1024;
constexpr int kTurnMs = 15;
constexpr int kDebounceMs = 400;

QString fromStd(const std::string& text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

CallType callAt(const QComboBox* combo) {
    return static_cast<CallType>(combo->currentData().toInt());
}

} // namespace

PreviewPage::PreviewPage(Hub& hub, const Clock& clock, IdGenerator& ids, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_clock(clock)
    , m_ids(ids)
    , m_open(new QPushButton(this))
    , m_recent(new QComboBox(this))
    , m_inputInfo(new QLabel(this))
    , m_inputEdit(new QPlainTextEdit(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_eventLabel(new QLabel(this))
    , m_event(new QLineEdit(this))
    , m_hiddenLabel(new QLabel(this))
    , m_hidden(new QLineEdit(this))
    , m_legacy(new QCheckBox(this))
    , m_compact(new QCheckBox(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_warningsLabel(new QLabel(this))
    , m_warnings(new QListWidget(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_send(new QPushButton(this))
    , m_sendStatus(new QLabel(this))
    , m_work(new QTimer(this))
    , m_debounce(new QTimer(this)) {
    // The hub keeps inline results of the last executes only while a Preview page can show them.
    hub.setKeepRecentResults(true);
    m_open->setObjectName(QStringLiteral("previewOpen"));
    m_recent->setObjectName(QStringLiteral("previewRecent"));
    m_inputEdit->setObjectName(QStringLiteral("previewInput"));
    m_action->setObjectName(QStringLiteral("previewAction"));
    m_event->setObjectName(QStringLiteral("previewEvent"));
    m_hidden->setObjectName(QStringLiteral("previewHidden"));
    m_legacy->setObjectName(QStringLiteral("previewLegacy"));
    m_compact->setObjectName(QStringLiteral("previewCompact"));
    m_run->setObjectName(QStringLiteral("previewRun"));
    m_cancel->setObjectName(QStringLiteral("previewCancel"));
    m_progress->setObjectName(QStringLiteral("previewProgress"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_output->setObjectName(QStringLiteral("previewOutput"));
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_source->setObjectName(QStringLiteral("previewSource"));
    m_send->setObjectName(QStringLiteral("previewSend"));
    m_sendStatus->setObjectName(QStringLiteral("previewSendStatus"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_inputEdit->setFont(fixed);
    m_inputEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_inputEdit->document());
    m_output->setFont(fixed);
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_output->document());
    for (const CallType call : {CallType::Identify, CallType::Track, CallType::Group})
        m_action->addItem(QString::fromLatin1(callTypeName(call)), int(call));
    m_hidden->setClearButtonEnabled(true);
    m_legacy->setChecked(hub.config().legacyEmptyValues);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setWordWrap(true);
    m_warnings->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sendStatus->setWordWrap(true);
    m_sendStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(30);
    m_work->setInterval(0);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_open);
    sourceRow->addWidget(m_recent, 1);
    auto* inputBox = new QWidget(this);
    auto* inputLayout = new QVBoxLayout(inputBox);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addLayout(sourceRow);
    inputLayout->addWidget(m_inputInfo);
    inputLayout->addWidget(m_inputEdit, 1);

    auto* options = new QHBoxLayout;
    options->addWidget(m_actionLabel);
    options->addWidget(m_action);
    options->addWidget(m_eventLabel);
    options->addWidget(m_event, 1);
    options->addWidget(m_hiddenLabel);
    options->addWidget(m_hidden, 2);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_legacy);
    runRow->addWidget(m_compact);
    runRow->addStretch(1);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_run);

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
    auto* outputBox = new QWidget(this);
    auto* outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addLayout(options);
    outputLayout->addLayout(runRow);
    outputLayout->addWidget(m_summary);
    outputLayout->addWidget(results, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(inputBox);
    split->addWidget(outputBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sourceLabel);
    sendRow->addWidget(m_source, 1);
    sendRow->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(sendRow);
    layout->addWidget(m_sendStatus);

    connect(m_open, &QPushButton::clicked, this, &PreviewPage::chooseFile);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            showReceivedRequest(index - 1);
    });
    connect(m_inputEdit, &QPlainTextEdit::textChanged, this, &PreviewPage::inputEdited);
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        updateEventEnabled();
        optionsChanged();
    });
    connect(m_event, &QLineEdit::textEdited, this, &PreviewPage::optionsChanged);
    connect(m_hidden, &QLineEdit::textEdited, this, &PreviewPage::optionsChanged);
    connect(m_legacy, &QCheckBox::toggled, this, &PreviewPage::optionsChanged);
    connect(m_compact, &QCheckBox::toggled, this, [this] {
        if (m_hasResult)
            showResult();
    });
    connect(m_run, &QPushButton::clicked, this, &PreviewPage::runPreview);
    connect(m_cancel, &QPushButton::clicked, this, &PreviewPage::cancelPreview);
    connect(m_send, &QPushButton::clicked, this, &PreviewPage::confirmAndSend);
    connect(m_source, &QComboBox::currentIndexChanged, this, &PreviewPage::updateSendEnabled);
    connect(m_work, &QTimer::timeout, this, &PreviewPage::step);
    connect(m_debounce, &QTimer::timeout, this, &PreviewPage::runPreview);
    // A new request goes first: what was picked moves down one row.
    connect(&m_hub, &Hub::requestReceived, this, [this] { fillReceivedRequests(1); });

    retranslateUi();
    updateEventEnabled();
    fillSources();
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::setInput(const QByteArray& input, const QString& origin) {
    m_input = input;
    m_inputInEditor = false;
    m_inputOrigin = origin;
    const QSignalBlocker blocker(m_inputEdit);
    if (input.size() <= kShownInputBytes) {
        m_inputEdit->setPlainText(QString::fromUtf8(input));
    } else {
        // A text document of tens of megabytes would freeze the window: keep the bytes only.
        m_inputEdit->clear();
    }
    updateInputInfo();
}

QByteArray PreviewPage::input() const {
    return m_inputInEditor ? m_inputEdit->toPlainText().toUtf8() : m_input;
}

bool PreviewPage::openFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Could not open %1: %2").arg(path, file.errorString()));
        return false;
    }
    setInput(file.readAll(), QFileInfo(path).fileName());
    return true;
}

bool PreviewPage::showReceivedRequest(int newestFirst) {
    if (newestFirst < 0 || newestFirst >= m_received.size())
        return false;
    const ReceivedRequest request = m_received.at(newestFirst);
    {
        const QSignalBlocker blocker(m_recent);
        m_recent->setCurrentIndex(newestFirst + 1);
    }
    if (request.jsonDetail.isEmpty()) {
        m_summary->setText(request.resultBytes == 0
                               ? tr("That request's result was at a download URL, which Looker "
                                    "lets the hub read only once: it can not be previewed.")
                               : tr("That request's result (%1) was too large to keep for the "
                                    "preview.")
                                     .arg(QLocale().formattedDataSize(request.resultBytes)));
        return false;
    }
    setInput(request.jsonDetail,
             tr("%1 request from region %2 at %3")
                 .arg(request.actionName, request.region,
                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(request.receivedMs).time(),
                                         QLocale::ShortFormat)));
    {
        const QSignalBlocker actionBlocker(m_action);
        if (const auto call = callTypeFromName(request.actionName.toStdString()))
            m_action->setCurrentIndex(m_action->findData(int(*call)));
    }
    updateEventEnabled();
    m_event->setText(request.event);
    m_hidden->setText(request.hiddenFields.join(QStringLiteral(", ")));
    runPreview();
    return true;
}

void PreviewPage::setCallType(CallType call) {
    m_action->setCurrentIndex(m_action->findData(int(call)));
}

CallType PreviewPage::callType() const {
    return callAt(m_action);
}

void PreviewPage::setEventName(const QString& event) {
    m_event->setText(event);
    optionsChanged();
}

void PreviewPage::setHiddenFields(const QStringList& fields) {
    m_hidden->setText(fields.join(QStringLiteral(", ")));
    optionsChanged();
}

void PreviewPage::setLegacyEmptyValues(bool on) {
    m_legacy->setChecked(on);
}

PreviewOptions PreviewPage::currentOptions() const {
    PreviewOptions options;
    options.call = callAt(m_action);
    const QString event = m_event->text().trimmed();
    if (options.call == CallType::Track && !event.isEmpty())
        options.event = event.toStdString();
    const QStringList hidden = m_hidden->text().split(u',', Qt::SkipEmptyParts);
    if (!hidden.isEmpty()) {
        options.hiddenFields.emplace();
        for (const QString& field : hidden)
            options.hiddenFields->push_back(field.trimmed().toStdString());
    }
    options.legacyEmptyValues = m_legacy->isChecked();
    options.limits = m_hub.config().limits;
    options.maxKeptMessages = kKeptMessages;
    return options;
}

void PreviewPage::runPreview() {
    m_debounce->stop();
    m_work->stop();
    m_builder.reset();
    m_cancelled = false;
    m_pending = input();
    m_fed = 0;
    // Not QByteArray::trimmed(): it copies, which takes long for tens of megabytes.
    if (std::all_of(m_pending.cbegin(), m_pending.cend(),
                    [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; })) {
        m_pending.clear();
        m_result = {};
        m_hasResult = false;
        showResult();
        emit previewFinished();
        return;
    }
    m_runCall = callAt(m_action);
    m_builder = std::make_unique<PreviewBuilder>(currentOptions(), m_clock, m_ids);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    updateSendEnabled();
    m_work->start();
}

void PreviewPage::cancelPreview() {
    if (!m_builder)
        return;
    m_work->stop();
    m_builder.reset();
    m_pending.clear();
    m_result = {};
    m_hasResult = false;
    m_cancelled = true;
    m_progress->hide();
    m_cancel->hide();
    showResult();
}

void PreviewPage::step() {
    QElapsedTimer turn;
    turn.start();
    while (turn.elapsed() < kTurnMs) {
        if (m_fed < m_pending.size()) {
            const qsizetype size = std::min(kSliceBytes, m_pending.size() - m_fed);
            const bool more =
                m_builder->feed(std::string_view(m_pending.constData() + m_fed, std::size_t(size)));
            m_fed = more ? m_fed + size : m_pending.size();
            continue;
        }
        m_builder->endInput();
        if (m_builder->advance(std::size_t(kSliceBytes))) {
            finishPreview();
            return;
        }
    }
    showProgress();
}

void PreviewPage::showProgress() {
    const double read = m_pending.isEmpty() ? 1.0 : double(m_fed) / double(m_pending.size());
    const auto [done, total] = m_builder->attachmentProgress();
    // An execute body is only gathered while it is read; its json_detail is the work.
    const double fraction =
        m_builder->result().input == PreviewResult::Input::ExecuteRequest
            ? 0.1 * read + 0.9 * (total == 0 ? 0.0 : double(done) / double(total))
            : read;
    m_progress->setValue(int(fraction * 1000));
}

void PreviewPage::finishPreview() {
    m_work->stop();
    m_result = m_builder->takeResult();
    m_resultCall = m_runCall;
    m_builder.reset();
    m_pending.clear();
    m_hasResult = true;
    m_progress->hide();
    m_cancel->hide();
    showResult();
    emit previewFinished();
}

void PreviewPage::showResult() {
    m_warnings->clear();
    m_output->clear();
    if (m_cancelled) {
        m_summary->setText(tr("Preview cancelled."));
        updateSendEnabled();
        return;
    }
    if (!m_hasResult) {
        m_summary->setText(tr("Open a file, paste a json_detail result or a whole execute "
                              "request body, or pick a request the hub received."));
        updateSendEnabled();
        return;
    }
    const PreviewResult& r = m_result;
    const bool execute = r.input == PreviewResult::Input::ExecuteRequest;

    QString text;
    const int shown = int(std::min<std::size_t>(r.messages.size(), kShownMessages));
    for (int i = 0; i < shown; ++i) {
        const std::string line = r.line(std::size_t(i));
        if (!text.isEmpty())
            text += m_compact->isChecked() ? QStringLiteral("\n") : QStringLiteral("\n\n");
        text += m_compact->isChecked() ? fromStd(line) : indentedJson(line);
    }
    m_output->setPlainText(text);

    QString summary = tr("%1 from %2, %3 skipped.")
                          .arg(tr("%n message(s)", nullptr, int(r.messageCount)),
                               tr("%n row(s)", nullptr, int(r.rows)))
                          .arg(r.skippedRows);
    if (quint64(shown) < r.messageCount)
        summary += QLatin1Char(' ') + tr("Showing the first %1.").arg(shown);
    summary += QLatin1Char(' ') + (execute ? tr("Read as a whole execute request body.")
                                           : tr("Read as a json_detail result."));
    m_summary->setText(summary);

    // Placeholders say what an execute body itself asks for when the fields are left empty.
    m_event->setPlaceholderText(execute && !r.requestEvent.empty()
                                    ? tr("From the request: %1").arg(fromStd(r.requestEvent))
                                    : tr("Event name"));
    QStringList requestHidden;
    for (const std::string& field : r.requestHiddenFields)
        requestHidden.append(fromStd(field));
    m_hidden->setPlaceholderText(
        execute && !requestHidden.isEmpty()
            ? tr("From the request: %1").arg(requestHidden.join(QStringLiteral(", ")))
            : tr("Fields not to send, comma-separated"));

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
                       .arg(m_hub.config().limits.maxEventBytes)
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
    updateSendEnabled();
}

void PreviewPage::addWarning(const QString& text, bool error) {
    auto* item = new QListWidgetItem(
        style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
        text, m_warnings);
    item->setToolTip(text);
}

QStringList PreviewPage::messages() const {
    QStringList lines;
    lines.reserve(qsizetype(m_result.messages.size()));
    for (std::size_t i = 0; i < m_result.messages.size(); ++i)
        lines.append(fromStd(m_result.line(i)));
    return lines;
}

QStringList PreviewPage::warnings() const {
    QStringList texts;
    for (int row = 0; row < m_warnings->count(); ++row)
        texts.append(m_warnings->item(row)->text());
    return texts;
}

QString PreviewPage::summary() const {
    return m_summary->text();
}

void PreviewPage::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Looker result"), QString(),
                                     tr("JSON files (*.json *.txt);;All files (*)"));
    if (!path.isEmpty() && openFile(path))
        runPreview();
}

void PreviewPage::inputEdited() {
    m_inputInEditor = true;
    m_inputOrigin.clear();
    {
        const QSignalBlocker blocker(m_recent);
        m_recent->setCurrentIndex(0);
    }
    updateInputInfo();
    m_debounce->start();
}

void PreviewPage::optionsChanged() {
    if (m_hasResult || isRunning())
        m_debounce->start();
}

void PreviewPage::updateEventEnabled() {
    const bool track = callAt(m_action) == CallType::Track;
    m_event->setEnabled(track);
    m_eventLabel->setEnabled(track);
}

void PreviewPage::fillReceivedRequests(int shift) {
    m_received.clear();
    for (auto it = m_hub.recentRequests().rbegin(); it != m_hub.recentRequests().rend(); ++it)
        m_received.append(*it);
    const QSignalBlocker blocker(m_recent);
    const int current = m_recent->currentIndex();
    m_recent->clear();
    m_recent->addItem(m_received.isEmpty() ? tr("No request received yet")
                                           : tr("Pick a request the hub received…"));
    auto* model = qobject_cast<QStandardItemModel*>(m_recent->model());
    for (const ReceivedRequest& request : m_received) {
        const QString time = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(request.receivedMs).time(), QLocale::LongFormat);
        const QString size =
            request.resultBytes == 0
                ? tr("download URL")
                : QLocale().formattedDataSize(request.resultBytes, 1, QLocale::DataSizeSIFormat);
        QString text = tr("%1 · %2 · %3 · %4").arg(time, request.actionName, request.region, size);
        if (!request.event.isEmpty())
            text += QStringLiteral(" · ") + request.event;
        m_recent->addItem(text);
        if (request.jsonDetail.isEmpty() && model) {
            QStandardItem* item = model->item(m_recent->count() - 1);
            item->setEnabled(false);
            item->setToolTip(request.resultBytes == 0
                                 ? tr("Its result was at a download URL, which can be read once")
                                 : tr("Its result was too large to keep"));
        }
    }
    if (current > 0 && current + shift <= m_received.size())
        m_recent->setCurrentIndex(current + shift);
}

void PreviewPage::fillSources() {
    const QString current = m_source->currentText();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    for (const SourceConfig& source : m_hub.config().sources)
        m_source->addItem(source.name);
    m_source->setCurrentIndex(std::max(0, m_source->findText(current)));
    m_source->setPlaceholderText(tr("No source configured"));
    updateSendEnabled();
}

void PreviewPage::updateSendEnabled() {
    m_send->setEnabled(m_hasResult && !isRunning() && !m_sending && !m_result.messages.empty() &&
                       m_result.keptAll() && m_source->currentIndex() >= 0);
}

void PreviewPage::confirmAndSend() {
    fillSources();
    const QString source = m_source->currentText();
    if (source.isEmpty() || !m_send->isEnabled())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Send the messages"),
        tr("Store these %n message(s) in the outbox for source \"%1\"? They are delivered like "
           "an execute's, with the message ids shown here.",
           nullptr, int(m_result.messages.size()))
            .arg(source));
    if (answer == QMessageBox::Yes)
        sendToSource(source);
}

void PreviewPage::sendToSource(const QString& sourceName) {
    if (m_result.messages.empty() || !m_result.keptAll()) {
        emit sendFinished(false, tr("There is nothing to send."));
        return;
    }
    m_sending = true;
    updateSendEnabled();
    m_sendStatus->setText(tr("Storing…"));
    const int count = int(m_result.messages.size());
    const quint64 oversized = m_result.oversizedCount;
    const QString origin =
        QStringLiteral("preview %1").arg(QString::fromLatin1(callTypeName(m_resultCall)));
    m_hub.send(sourceName, m_result.messages, origin)
        .then(this, [this, count, oversized, sourceName](const Outbox::AppendResult& result) {
            m_sending = false;
            QString text;
            if (result.ok) {
                text = tr("%n message(s) stored in the outbox for \"%1\"; they are delivered in "
                          "the background.",
                          nullptr, count)
                           .arg(sourceName);
                if (oversized > 0)
                    text += QLatin1Char(' ') + tr("%n of them, over the size limit, were stored "
                                                  "as failed.",
                                                  nullptr, int(oversized));
            } else {
                text = tr("Nothing was stored: %1").arg(result.error);
            }
            m_sendStatus->setText(text);
            updateSendEnabled();
            emit sendFinished(result.ok, text);
        });
}

void PreviewPage::showEvent(QShowEvent* event) {
    // Sources may have changed on the Connections page.
    fillSources();
    QWidget::showEvent(event);
}

void PreviewPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewPage::retranslateUi() {
    m_open->setText(tr("Open file…"));
    m_open->setToolTip(tr("Open a json_detail result or a whole Looker execute request body"));
    m_recent->setToolTip(tr("The last requests the hub received; results that came from a "
                            "download URL or were too large are not kept"));
    updateInputInfo();
    m_inputEdit->setPlaceholderText(
        tr("{\"fields\": {...}, \"data\": [...]}  or  {\"type\": \"query\", \"attachment\": "
           "{...}, ...}"));
    m_actionLabel->setText(tr("Action:"));
    m_action->setToolTip(tr("identify (rudder_event), track (rudder_track) or group "
                            "(rudder_group)"));
    m_eventLabel->setText(tr("Event:"));
    m_hiddenLabel->setText(tr("Hidden fields:"));
    m_hidden->setToolTip(tr("Fields not to send, as Looker names them (view.field), "
                            "comma-separated; empty: those the request hides"));
    m_legacy->setText(tr("Legacy empty values"));
    m_legacy->setToolTip(tr("Send 0, false, \"\" and null as [], as the Node reference hub does"));
    m_compact->setText(tr("One message per line"));
    m_run->setText(tr("Preview"));
    m_cancel->setText(tr("Cancel"));
    m_warningsLabel->setText(tr("Warnings"));
    m_sourceLabel->setText(tr("Source:"));
    m_send->setText(tr("Send to source…"));
    m_send->setToolTip(tr("Store these messages in the outbox for the chosen source"));
    fillReceivedRequests(0);
    showResult();
}

void PreviewPage::updateInputInfo() {
    const QString size = QLocale().formattedDataSize(m_input.size());
    if (!m_inputInEditor && m_input.size() > kShownInputBytes) {
        m_inputInfo->setText(tr("Input: %1 (%2), too large to show; paste or type here to "
                                "replace it.")
                                 .arg(m_inputOrigin, size));
    } else if (!m_inputInEditor && !m_inputOrigin.isEmpty()) {
        m_inputInfo->setText(tr("Input: %1 (%2)").arg(m_inputOrigin, size));
    } else {
        m_inputInfo->setText(tr("Paste a json_detail result or a whole execute request body:"));
    }
}

} // namespace ActionDeck
