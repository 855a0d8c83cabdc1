#pragma once

#include "outbox/outboxtypes.h"

#include <QPlainTextEdit>

namespace ActionDeck {

class BatchTableView;

/// The Outbox page's details of the batch selected in the table, its reason first, with totals
/// when several are selected.
class BatchDetailsView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit BatchDetailsView(const BatchTableView& table, QWidget* parent = nullptr);

    /// Shows the table's selection as it is now.
    void showSelection();

protected:
    void changeEvent(QEvent* event) override;

private:
    QString detailsText(const BatchInfo& batch) const;

    const BatchTableView& m_table;
};

} // namespace ActionDeck
