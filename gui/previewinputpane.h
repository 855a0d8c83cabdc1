#pragma once

#include "hub/hub.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ActionDeck {

/// The Preview page's input: a file, pasted text or a request the hub received. Holds the input
/// bytes; an input too large for the paste area is kept without being shown.
class PreviewInputPane : public QWidget {
    Q_OBJECT

public:
    /// Inputs larger than this are previewed but not put in the paste area.
    static constexpr qsizetype kShownInputBytes = 1 << 20;

    explicit PreviewInputPane(Hub& hub, QWidget* parent = nullptr);

    /// Replaces the input; `origin` says where it came from (a file name...).
    void setInput(const QByteArray& input, const QString& origin = {});
    QByteArray input() const;
    /// Reads a file as the input. False with `error` when it can not be read.
    bool openFile(const QString& path, QString* error);

    /// The hub's recent request `newestFirst` (0 is the newest), as listed; null when there is
    /// no such row.
    const ReceivedRequest* receivedRequest(int newestFirst) const;
    /// Shows request `newestFirst` as the picked one, without signalling.
    void markPicked(int newestFirst);

signals:
    /// A file was chosen in the dialog.
    void fileChosen(const QString& path);
    /// A received request was picked in the list; 0 is the newest.
    void requestPicked(int newestFirst);
    /// The paste area was edited: the input is now its text.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseFile();
    void inputEdited();
    void updateInputInfo();
    /// Lists the hub's recent requests; `shift` rows moves the picked one down (new requests).
    void fillReceivedRequests(int shift);

    Hub& m_hub;
    QByteArray m_input;
    bool m_inputInEditor = false; ///< the paste area was edited: it, not m_input, is the input
    QString m_inputOrigin;
    QList<ReceivedRequest> m_received; ///< newest first, as the combo lists them

    QPushButton* m_open;
    QComboBox* m_recent;
    QLabel* m_inputInfo;
    QPlainTextEdit* m_inputEdit;
};

} // namespace ActionDeck
