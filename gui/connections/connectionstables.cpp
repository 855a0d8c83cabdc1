#include "gui/connections/connectionstables.h"

#include <QHeaderView>
#include <QTableWidget>

namespace ActionDeck {

QTableWidget* makeConnectionsTable(int columns, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString maskedSecret(const QString& secret) {
    if (secret.size() <= 8)
        return QString(secret.size(), u'•');
    return secret.left(4) + QString(8, u'•') + secret.right(2);
}

} // namespace ActionDeck
