#include "gui/preview/previewinputpane.h"

#include "connection/hubconnection.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/preview/lookerlookrun.h"
#include "gui/preview/lookpickerdialog.h"
#include "gui/widgets/actionlabel.h"
#include "gui/widgets/jsonhighlighter.h"
#include "gui/widgets/whenready.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

/// Well within the 30 minutes a server's hub keeps results after a window asked.
constexpr int kReaskMs = 10 * 60 * 1000;

} // namespace

PreviewInputPane::PreviewInputPane(QWidget* parent)
    : QWidget(parent)
    , m_reask(new QTimer(this))
    , m_open(new QPushButton(this))
    , m_fromLooker(new QPushButton(this))
    , m_recent(new QComboBox(this))
    , m_inputInfo(new QLabel(this))
    , m_inputEdit(new QPlainTextEdit(this)) {
    m_open->setObjectName(QStringLiteral("previewOpen"));
    m_fromLooker->setObjectName(QStringLiteral("previewFromLooker"));
    m_inputInfo->setObjectName(QStringLiteral("previewInputInfo"));
    m_recent->setObjectName(QStringLiteral("previewRecent"));
    m_inputEdit->setObjectName(QStringLiteral("previewInput"));

    m_inputEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_inputEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_inputEdit->document());
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(30);

    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_open);
    sourceRow->addWidget(m_fromLooker);
    sourceRow->addWidget(m_recent, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sourceRow);
    layout->addWidget(m_inputInfo);
    layout->addWidget(m_inputEdit, 1);

    connect(m_open, &QPushButton::clicked, this, &PreviewInputPane::chooseFile);
    connect(m_fromLooker, &QPushButton::clicked, this, &PreviewInputPane::pickLook);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            emit requestPicked(index - 1);
    });
    connect(m_inputEdit, &QPlainTextEdit::textChanged, this, &PreviewInputPane::inputEdited);
    m_reask->setInterval(kReaskMs);
    connect(m_reask, &QTimer::timeout, this, [this] { fetchReceivedRequests(0); });

    retranslateUi();
}

void PreviewInputPane::setRequestHub(HubConnection* hub) {
    if (m_requests)
        disconnect(m_requests, nullptr, this, nullptr);
    m_requests = hub;
    m_received.clear();
    m_listed = false;
    m_listError.clear();
    ++m_generation;
    if (hub) {
        // A new request goes first: what was picked moves down one row.
        connect(hub, &HubConnection::requestReceived, this, [this] { fetchReceivedRequests(1); });
        connect(hub, &HubConnection::resynced, this, [this] { fetchReceivedRequests(0); });
        connect(hub, &HubConnection::requestUpdated, this, [this] { fetchReceivedRequests(0); });
        connect(hub, &QObject::destroyed, this, [this] { setRequestHub(nullptr); });
        fetchReceivedRequests(0);
    }
    fillReceivedRequests(0);
}

void PreviewInputPane::setLookerAccount(LookerAccount* account) {
    if (m_looker)
        disconnect(m_looker, nullptr, this, nullptr);
    m_looker = account;
    if (account)
        connect(account, &LookerAccount::changed, this, &PreviewInputPane::updateLookerButton);
    updateLookerButton();
}

void PreviewInputPane::updateLookerButton() {
    const bool ready = m_looker && m_looker->isComplete();
    m_fromLooker->setEnabled(ready && !m_lookRun);
    m_fromLooker->setToolTip(ready ? tr("Run a Look in Looker as a schedule sends it, and "
                                        "preview what the hub would send")
                                   : tr("Connect to Looker's API on the Looker page first"));
}

void PreviewInputPane::pickLook() {
    if (!m_looker || !m_looker->isComplete())
        return;
    LookPickerDialog dialog(m_looker->settings(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.picked().id.isEmpty())
        runLook(dialog.picked().id, dialog.limit());
}

void PreviewInputPane::runLook(const QString& lookId, int limit) {
    if (!m_looker || !m_looker->isComplete())
        return;
    if (m_lookRun)
        m_lookRun->cancel();
    m_lookRun = new LookerLookRun(m_looker->settings(), this);
    LookerLookRun* run = m_lookRun;
    m_lookerState = [lookId] { return tr("Running Look %1 in Looker…").arg(lookId); };
    connect(run, &LookerLookRun::loaded, this,
            [this, run](const LookerLook& look, const QByteArray& result) {
                if (run != m_lookRun)
                    return;
                m_lookRun = nullptr;
                m_lookerState = {};
                setInput(result);
                setOriginText(
                    [look] { return tr("From Looker: Look %1 · %2").arg(look.id, look.title); });
                updateLookerButton();
                emit lookLoaded(look.hiddenFields);
            });
    connect(run, &LookerLookRun::failed, this, [this, run, lookId](const QString& message) {
        if (run != m_lookRun)
            return;
        m_lookRun = nullptr;
        m_lookerState = [lookId, message] {
            return tr("Look %1 could not be run: %2").arg(lookId, message);
        };
        updateInputInfo();
        updateLookerButton();
    });
    run->start(lookId, limit);
    updateInputInfo();
    updateLookerButton();
}

void PreviewInputPane::fetchReceivedRequests(int shift) {
    if (!m_requests)
        return;
    const int generation = ++m_generation;
    whenReady(m_requests->recentRequests(), *m_requests, this,
              [this, generation, shift](HubReply<std::vector<ReceivedRequest>> reply) {
                  if (generation != m_generation)
                      return;
                  m_listed = true;
                  m_listError = reply.error;
                  m_received.clear();
                  for (auto it = reply.value.rbegin(); it != reply.value.rend(); ++it)
                      m_received.append(std::move(*it));
                  fillReceivedRequests(shift);
              });
}

void PreviewInputPane::showEvent(QShowEvent* event) {
    m_reask->start();
    QWidget::showEvent(event);
}

void PreviewInputPane::hideEvent(QHideEvent* event) {
    m_reask->stop();
    QWidget::hideEvent(event);
}

void PreviewInputPane::setInput(const QByteArray& input, const QString& origin) {
    m_lookerState = {};
    m_input = input;
    m_inputInEditor = false;
    m_inputOrigin = origin;
    m_originText = {};
    const QSignalBlocker blocker(m_inputEdit);
    if (input.size() <= kShownInputBytes) {
        m_inputEdit->setPlainText(QString::fromUtf8(input));
    } else {
        // A text document of tens of megabytes would freeze the window: keep the bytes only.
        m_inputEdit->clear();
    }
    updateInputInfo();
}

QByteArray PreviewInputPane::input() const {
    return m_inputInEditor ? m_inputEdit->toPlainText().toUtf8() : m_input;
}

bool PreviewInputPane::openFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2").arg(path, file.errorString());
        return false;
    }
    setInput(file.readAll(), QFileInfo(path).fileName());
    return true;
}

const ReceivedRequest* PreviewInputPane::receivedRequest(int newestFirst) const {
    if (newestFirst < 0 || newestFirst >= m_received.size())
        return nullptr;
    return &m_received.at(newestFirst);
}

int PreviewInputPane::indexOfRun(qint64 runId) const {
    for (int i = 0; i < m_received.size(); ++i)
        if (runId > 0 && m_received.at(i).runId == runId)
            return i;
    return -1;
}

void PreviewInputPane::markPicked(int newestFirst) {
    const QSignalBlocker blocker(m_recent);
    m_recent->setCurrentIndex(newestFirst + 1);
}

void PreviewInputPane::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Looker result"), QString(),
                                     tr("JSON files (*.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        emit fileChosen(path);
}

void PreviewInputPane::inputEdited() {
    m_inputInEditor = true;
    m_inputOrigin.clear();
    m_originText = {};
    {
        const QSignalBlocker blocker(m_recent);
        m_recent->setCurrentIndex(0);
    }
    updateInputInfo();
    emit edited();
}

void PreviewInputPane::fillReceivedRequests(int shift) {
    const QSignalBlocker blocker(m_recent);
    const int current = m_recent->currentIndex();
    m_recent->clear();
    if (!m_listError.isEmpty())
        m_recent->addItem(tr("The hub's requests can not be listed: %1").arg(m_listError));
    else if (m_requests && !m_listed)
        m_recent->addItem(tr("Asking %1 for its requests…").arg(m_requests->name()));
    else
        m_recent->addItem(m_received.isEmpty() ? tr("No request received yet")
                                               : tr("Pick a request the hub received…"));
    auto* model = qobject_cast<QStandardItemModel*>(m_recent->model());
    for (const ReceivedRequest& request : m_received) {
        const QString time = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(request.receivedMs).time(), QLocale::LongFormat);
        const QString size =
            request.resultPartial && request.rowsTotal >= 0
                ? tr("first %1 of %2 rows")
                      .arg(QLocale().toString(request.resultRows),
                           QLocale().toString(request.rowsTotal))
            : request.resultPartial
                ? tr("first %1 rows").arg(QLocale().toString(request.resultRows))
            : request.resultBytes == 0
                ? (request.resultKept ? tr("download URL, kept") : tr("download URL"))
                : QLocale().formattedDataSize(request.resultBytes);
        QString text = tr("%1 · %2 · %3 · %4")
                           .arg(time, ActionLabel::of(request.actionName), request.region, size);
        if (!request.event.isEmpty())
            text += QStringLiteral(" · ") + request.event;
        m_recent->addItem(text);
        if (!request.resultKept && model) {
            QStandardItem* item = model->item(m_recent->count() - 1);
            item->setEnabled(false);
            item->setToolTip(
                request.resultBytes == 0 ? tr("Its result was at a download URL and came when "
                                              "no window was watching: a hub keeps the first "
                                              "rows of those only while a window shows Preview")
                : request.resultWithheld ? tr("The hub was not keeping results when it came: a "
                                              "server's hub keeps them while a window shows its "
                                              "Preview page")
                                         : tr("Its result was too large to keep"));
        }
    }
    if (current > 0 && current + shift <= m_received.size())
        m_recent->setCurrentIndex(current + shift);
}

void PreviewInputPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewInputPane::retranslateUi() {
    m_open->setText(tr("Open file…"));
    m_open->setToolTip(tr("Open a json_detail result or a whole Looker execute request body"));
    m_recent->setToolTip(tr("The last requests the hub received; of a result at a download URL "
                            "or too large, the first 1,000 rows are kept"));
    updateInputInfo();
    m_fromLooker->setText(tr("From Looker…"));
    updateLookerButton();
    m_inputEdit->setPlaceholderText(
        tr("{\"fields\": {...}, \"data\": [...]}  or  {\"type\": \"query\", \"attachment\": "
           "{...}, ...}"));
    fillReceivedRequests(0);
}

void PreviewInputPane::setOriginText(std::function<QString()> origin) {
    m_originText = std::move(origin);
    updateInputInfo();
}

void PreviewInputPane::updateInputInfo() {
    const QString size = QLocale().formattedDataSize(m_input.size());
    if (m_lookerState) {
        m_inputInfo->setText(m_lookerState());
        return;
    }
    if (m_originText)
        m_inputOrigin = m_originText();
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
