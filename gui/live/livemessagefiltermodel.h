#pragma once

#include "gui/live/livemessagemodel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace ActionDeck {

/// The live table's filter: text (in ids, event, region, action, source, messageId), the call
/// type, and the delivery state.
class LiveMessageFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit LiveMessageFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    /// "identify", "track", "group", or empty for every type.
    void setType(const QString& type);
    void setState(std::optional<LiveMessageModel::RowState> state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_type;
    std::optional<LiveMessageModel::RowState> m_state;
};

} // namespace ActionDeck
