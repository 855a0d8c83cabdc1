#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace ActionDeck {

class HubConnection;

/// The Preview page's last line: the shown hub's sources, "Send to source…" and what the last
/// send stored, said again in each language.
class PreviewSendBar : public QWidget {
    Q_OBJECT

public:
    explicit PreviewSendBar(QWidget* parent = nullptr);

    /// Lists `hub`'s sources from now on (null: none).
    void setHub(HubConnection* hub);
    /// Lists the shown hub's sources again (an open list is not rebuilt when they are the same).
    void fillSources();
    QString source() const;
    /// Whether the page has messages that can be sent; the button follows.
    void setReady(bool ready);
    bool canSend() const;
    bool isSending() const { return m_sending; }
    /// Stores `messages` in the shown hub's outbox for `source`; finished() tells the outcome.
    void send(const QString& source, const std::vector<std::string>& messages, quint64 oversized,
              const QString& origin);
    QString status() const;

signals:
    void sendClicked();
    void sourceChanged();
    void finished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void update();
    void setStatus(std::function<QString()> text);

    HubConnection* m_hub = nullptr;
    bool m_ready = false;
    bool m_sending = false;
    std::function<QString()> m_statusText;

    QLabel* m_label;
    QComboBox* m_source;
    QPushButton* m_send;
    QLabel* m_status;
};

} // namespace ActionDeck
