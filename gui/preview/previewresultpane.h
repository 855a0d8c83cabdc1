#pragma once

#include "rudder/calltype.h"
#include "rudder/previewbuilder.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace ActionDeck {

/// The Preview page's result: a summary, the first messages as JSON and the warnings that name
/// what RudderStack or a destination would refuse.
class PreviewResultPane : public QWidget {
    Q_OBJECT

public:
    /// Messages shown in the output.
    static constexpr int kShownMessages = 100;

    explicit PreviewResultPane(QWidget* parent = nullptr);

    /// Shows `result`, built for `call`, with its tag check: one message a line when `compact`,
    /// else indented. `maxEventBytes` is the limit the oversized warning names.
    void showResult(const PreviewResult& result, CallType call, bool compact,
                    qsizetype maxEventBytes);
    void showCancelled();
    /// No input yet: says what can be previewed.
    void showNoResult();
    void setSummary(const QString& text);
    QString summary() const;
    /// The warnings and errors, without the notes.
    QStringList warnings() const;
    /// The lines that are neither (the tags found).
    QStringList notes() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void clear();
    void addWarning(const QString& text, bool error = false);
    /// A line that is neither a warning nor an error (the tags found).
    void addNote(const QString& text);
    void addSystemActivityWarnings(const SystemActivityWarnings& warnings);

    static constexpr int kNoteRole = Qt::UserRole + 1;

    QLabel* m_summary;
    QPlainTextEdit* m_output;
    QLabel* m_warningsLabel;
    QListWidget* m_warnings;
};

} // namespace ActionDeck
