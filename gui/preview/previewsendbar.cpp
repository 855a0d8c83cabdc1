#include "gui/preview/previewsendbar.h"

#include "connection/hubconnection.h"
#include "gui/widgets/whenready.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ActionDeck {

PreviewSendBar::PreviewSendBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_send(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_source->setObjectName(QStringLiteral("previewSource"));
    m_send->setObjectName(QStringLiteral("previewSend"));
    m_status->setObjectName(QStringLiteral("previewSendStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_source, 1);
    row->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_send, &QPushButton::clicked, this, &PreviewSendBar::sendClicked);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        update();
        emit sourceChanged();
    });
    retranslateUi();
}

void PreviewSendBar::setHub(HubConnection* hub) {
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = hub;
    setStatus({});
    if (hub) {
        connect(hub, &HubConnection::configChanged, this, &PreviewSendBar::fillSources);
        connect(hub, &HubConnection::snapshotChanged, this, &PreviewSendBar::fillSources);
        connect(hub, &QObject::destroyed, this, [this] { setHub(nullptr); });
    }
    fillSources();
}

void PreviewSendBar::fillSources() {
    // The shown hub's sources: by name from its status, whatever the window's token may see.
    const QStringList names = m_hub ? m_hub->snapshot().sources : QStringList();
    QStringList shown;
    for (int i = 0; i < m_source->count(); ++i)
        shown.append(m_source->itemText(i));
    if (names == shown) {
        update();
        return; // the status comes every second: an open list is not rebuilt under the mouse
    }
    const QString current = m_source->currentText();
    {
        const QSignalBlocker blocker(m_source);
        m_source->clear();
        m_source->addItems(names);
        m_source->setCurrentIndex(std::max(0, m_source->findText(current)));
        m_source->setPlaceholderText(tr("No source configured"));
    }
    update();
    if (m_source->currentText() != current)
        emit sourceChanged();
}

QString PreviewSendBar::source() const {
    return m_source->currentText();
}

void PreviewSendBar::setReady(bool ready) {
    m_ready = ready;
    update();
}

bool PreviewSendBar::canSend() const {
    return m_send->isEnabled();
}

void PreviewSendBar::update() {
    m_send->setEnabled(m_ready && !m_sending && m_hub && m_source->currentIndex() >= 0);
}

void PreviewSendBar::send(const QString& source, const std::vector<std::string>& messages,
                          quint64 oversized, const QString& origin) {
    if (!m_hub || messages.empty()) {
        emit finished(false, tr("There is nothing to send."));
        return;
    }
    m_sending = true;
    update();
    setStatus([] { return tr("Storing…"); });
    const int count = int(messages.size());
    whenReady(
        m_hub->sendMessages(source, messages, origin), *m_hub, this,
        [this, count, oversized, source, hubName = m_hub->name()](const HubReply<int>& result) {
            m_sending = false;
            // Made again in the language of the moment when it changes.
            setStatus([ok = result.ok(), error = result.error, count, oversized, source, hubName] {
                if (!ok)
                    return tr("Nothing was stored: %1").arg(error);
                QString text = tr("%n message(s) stored in the outbox of %2 for \"%1\"; they "
                                  "are delivered in the background.",
                                  nullptr, count)
                                   .arg(source, hubName);
                if (oversized > 0)
                    text += QLatin1Char(' ') + tr("%n of them, over the size limit, were stored "
                                                  "as failed.",
                                                  nullptr, int(oversized));
                return text;
            });
            update();
            emit finished(result.ok(), m_status->text());
        });
}

QString PreviewSendBar::status() const {
    return m_status->text();
}

void PreviewSendBar::setStatus(std::function<QString()> text) {
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void PreviewSendBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PreviewSendBar::retranslateUi() {
    if (m_statusText)
        m_status->setText(m_statusText());
    m_label->setText(tr("Source:"));
    m_send->setText(tr("Send to source…"));
    m_send->setToolTip(tr("Store these messages in the outbox for the chosen source"));
    m_source->setPlaceholderText(tr("No source configured"));
}

} // namespace ActionDeck
