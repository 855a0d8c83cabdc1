#include "previewinputpane.h"

#include "jsonhighlighter.h"

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
#include <QVBoxLayout>

namespace ActionDeck {

PreviewInputPane::PreviewInputPane(Hub& hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_open(new QPushButton(this))
    , m_recent(new QComboBox(this))
    , m_inputInfo(new QLabel(this))
    , m_inputEdit(new QPlainTextEdit(this)) {
    m_open->setObjectName(QStringLiteral("previewOpen"));
    m_recent->setObjectName(QStringLiteral("previewRecent"));
    m_inputEdit->setObjectName(QStringLiteral("previewInput"));

    m_inputEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_inputEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_inputEdit->document());
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(30);

    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_open);
    sourceRow->addWidget(m_recent, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sourceRow);
    layout->addWidget(m_inputInfo);
    layout->addWidget(m_inputEdit, 1);

    connect(m_open, &QPushButton::clicked, this, &PreviewInputPane::chooseFile);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            emit requestPicked(index - 1);
    });
    connect(m_inputEdit, &QPlainTextEdit::textChanged, this, &PreviewInputPane::inputEdited);
    // A new request goes first: what was picked moves down one row.
    connect(&m_hub, &Hub::requestReceived, this, [this] { fillReceivedRequests(1); });

    retranslateUi();
}

void PreviewInputPane::setInput(const QByteArray& input, const QString& origin) {
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
    {
        const QSignalBlocker blocker(m_recent);
        m_recent->setCurrentIndex(0);
    }
    updateInputInfo();
    emit edited();
}

void PreviewInputPane::fillReceivedRequests(int shift) {
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

void PreviewInputPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewInputPane::retranslateUi() {
    m_open->setText(tr("Open file…"));
    m_open->setToolTip(tr("Open a json_detail result or a whole Looker execute request body"));
    m_recent->setToolTip(tr("The last requests the hub received; results that came from a "
                            "download URL or were too large are not kept"));
    updateInputInfo();
    m_inputEdit->setPlaceholderText(
        tr("{\"fields\": {...}, \"data\": [...]}  or  {\"type\": \"query\", \"attachment\": "
           "{...}, ...}"));
    fillReceivedRequests(0);
}

void PreviewInputPane::updateInputInfo() {
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
