#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ActionDeck {

/// A secret shown whole (a Looker token just made, a revealed write key): every character
/// visible and selectable, wrapped anywhere rather than cut, with Copy.
class SecretDialog : public QDialog {
    Q_OBJECT

public:
    SecretDialog(const QString& title, const QString& explanation, const QString& secret,
                 QWidget* parent = nullptr);

    QString secret() const;
    /// The field the secret is in (tests check that it all shows).
    QPlainTextEdit* field() const { return m_field; }
    /// Copies the secret to the clipboard (the Copy button).
    void copy();

private:
    QLabel* m_explanation;
    QPlainTextEdit* m_field;
    QPushButton* m_copy;
};

} // namespace ActionDeck
