#pragma once

#include "lookerapi/lookerapiclient.h"
#include "lookerapi/lookerlooks.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ActionDeck {

/// Picks a Look to preview: Looker's Looks searched by title, with their model, explore and
/// folder, and how many rows to run (500 by default, or all).
class LookPickerDialog : public QDialog {
    Q_OBJECT

public:
    LookPickerDialog(const LookerApiSettings& settings, QWidget* parent = nullptr);

    /// Looks whose title contains `text` (all when empty); listed when Looker answers.
    void search(const QString& text);
    /// The Looks listed (after Looker answered).
    const QList<LookerLook>& looks() const { return m_looks; }
    bool listed() const { return m_listed; }
    /// Picks the listed Look `id`; false when it is not listed.
    bool pick(const QString& id);
    /// The picked Look; empty id when none.
    LookerLook picked() const;
    /// Rows to run: 500, 5,000 or -1 (all).
    int limit() const;

private:
    void showLooks();

    LookerApiClient m_api;
    LookerLooks m_finder;
    QList<LookerLook> m_looks;
    bool m_listed = false;
    int m_generation = 0;

    QLineEdit* m_text;
    QPushButton* m_search;
    QTreeWidget* m_list;
    QComboBox* m_limit;
    QLabel* m_status;
    QPushButton* m_ok;
};

} // namespace ActionDeck
