#include "gui/connections/regionssection.h"

#include "gui/connections/connectionstables.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ActionDeck {

RegionsSection::RegionsSection(QWidget* parent)
    : QGroupBox(parent)
    , m_regions(makeConnectionsTable(3, this))
    , m_newRegion(new QLineEdit(this))
    , m_addRegion(new QPushButton(this))
    , m_tokens(makeConnectionsTable(3, this))
    , m_generate(new QPushButton(this))
    , m_copyToken(new QPushButton(this))
    , m_showTokens(new QToolButton(this))
    , m_revoke(new QPushButton(this))
    , m_hubUrlLabel(new QLabel(this))
    , m_hubUrl(new QLineEdit(this))
    , m_copyHubUrl(new QPushButton(this)) {
    m_regions->setObjectName(QStringLiteral("regionsTable"));
    m_tokens->setObjectName(QStringLiteral("tokensTable"));
    m_generate->setObjectName(QStringLiteral("tokenGenerate"));
    m_revoke->setObjectName(QStringLiteral("tokenRevoke"));
    m_hubUrl->setObjectName(QStringLiteral("hubUrl"));

    // Only the host cells are edited in place: a double click, or typing on a selected row.
    m_regions->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    m_regions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_showTokens->setCheckable(true);
    m_hubUrl->setReadOnly(true);
    m_tokens->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(m_newRegion, 1);
    regionRow->addWidget(m_addRegion);
    auto* tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_generate);
    tokenButtons->addWidget(m_copyToken);
    tokenButtons->addWidget(m_showTokens);
    tokenButtons->addStretch(1);
    tokenButtons->addWidget(m_revoke);
    // The label above the URL: the whole URL must be readable before it is pasted into Looker.
    auto* hubUrlRow = new QHBoxLayout;
    hubUrlRow->addWidget(m_hubUrl, 1);
    hubUrlRow->addWidget(m_copyHubUrl);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hubUrlLabel);
    layout->addLayout(hubUrlRow);
    layout->addWidget(m_regions, 1);
    layout->addLayout(regionRow);
    layout->addWidget(m_tokens, 2);
    layout->addLayout(tokenButtons);

    connect(m_showTokens, &QToolButton::toggled, this, [this](bool show) {
        m_revealTokens = show;
        fillTokens();
    });
    connect(m_regions, &QTableWidget::itemSelectionChanged, this, &RegionsSection::fillTokens);
    connect(m_regions, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        const int row = item->row();
        if (item->column() == 2 && row < m_shown.size() &&
            item->text().trimmed() != m_shown[row].lookerHost)
            emit lookerHostEdited(m_shown[row].name, item->text().trimmed());
    });
    connect(m_addRegion, &QPushButton::clicked, this,
            [this] { emit addRegionRequested(m_newRegion->text()); });
    connect(m_generate, &QPushButton::clicked, this,
            [this] { emit generateRequested(selectedRegion()); });
    connect(m_tokens, &QTableWidget::itemSelectionChanged, this, [this] {
        m_copyToken->setEnabled(!selectedToken().isEmpty());
        m_revoke->setEnabled(m_editable && !selectedNonce().isEmpty());
    });
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        const QByteArray token = selectedToken();
        if (!token.isEmpty()) {
            QApplication::clipboard()->setText(QString::fromLatin1(token));
            emit message(tr("The token was copied to the clipboard."));
        }
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (!selectedNonce().isEmpty())
            emit revokeRequested(selectedRegion(), selectedNonce());
    });
    connect(m_copyHubUrl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_hubUrl->text()); });

    retranslateUi();
}

void RegionsSection::showRegions(const QList<RegionConfig>& regions,
                                 const QHash<QString, Tokens>& tokens,
                                 const QSet<QString>& pending) {
    m_shown = regions;
    m_tokensShown = tokens;
    m_pending = pending;
    fillRegions();
}

void RegionsSection::setEditable(bool editable) {
    m_editable = editable;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_newRegion, m_addRegion, m_generate, m_revoke})
        widget->setEnabled(editable);
    m_regions->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                              QAbstractItemView::EditKeyPressed |
                                              QAbstractItemView::AnyKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    fillTokens();
}

void RegionsSection::selectRegion(const QString& name) {
    for (int row = 0; row < m_regions->rowCount(); ++row) {
        if (m_regions->item(row, 0)->data(Qt::UserRole).toString() == name)
            m_regions->selectRow(row);
    }
}

QString RegionsSection::selectedRegion() const {
    const int row = m_regions->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_regions->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QByteArray RegionsSection::selectedToken() const {
    const int row = m_tokens->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_tokens->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toByteArray() : QByteArray();
}

QString RegionsSection::selectedNonce() const {
    const int row = m_tokens->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_tokens->item(row, 1) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RegionsSection::clearNewRegionName() {
    m_newRegion->clear();
}

void RegionsSection::setHubUrl(const QString& url) {
    m_hubUrl->setText(url);
    m_hubUrl->setCursorPosition(0);
}

void RegionsSection::fillRegions() {
    const QString selected = selectedRegion();
    const QSignalBlocker quiet(m_regions); // filling is no edit
    m_regions->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const RegionConfig& region = m_shown[row];
        const bool pending = m_pending.contains(region.name);
        auto* name =
            new QTableWidgetItem(pending ? tr("%1 (not applied)").arg(region.name) : region.name);
        name->setData(Qt::UserRole, region.name);
        if (pending) {
            QFont font = name->font();
            font.setItalic(true);
            name->setFont(font);
            name->setToolTip(tr("Added here: Apply saves it, Revert drops it."));
        }
        auto* count =
            new QTableWidgetItem(QString::number(m_tokensShown.value(region.name).active.size()));
        for (QTableWidgetItem* item : {name, count}) {
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        }
        m_regions->setItem(row, 0, name);
        m_regions->setItem(row, 1, count);
        m_regions->setItem(row, 2, new QTableWidgetItem(region.lookerHost));
        if (region.name == selected || (selected.isEmpty() && row == 0))
            m_regions->selectRow(row);
    }
    fillTokens();
}

void RegionsSection::fillTokens() {
    const QString regionName = selectedRegion();
    const Tokens tokens = m_tokensShown.value(regionName);
    m_tokens->setRowCount(int(tokens.active.size() + tokens.revoked.size()));
    int row = 0;
    for (const RegionTokenInfo& token : tokens.active) {
        const QString text = QString::fromLatin1(token.token);
        auto* item = new QTableWidgetItem(token.token.isEmpty()
                                              ? tr("shown once, when it was made")
                                              : (m_revealTokens ? text : maskedSecret(text)));
        item->setData(Qt::UserRole, token.token);
        m_tokens->setItem(row, 0, item);
        auto* nonce = new QTableWidgetItem(token.nonce);
        nonce->setData(Qt::UserRole, token.nonce);
        m_tokens->setItem(row, 1, nonce);
        m_tokens->setItem(row, 2, new QTableWidgetItem(tr("In force")));
        ++row;
    }
    for (const QString& revoked : tokens.revoked) {
        m_tokens->setItem(row, 0, new QTableWidgetItem(QStringLiteral("—")));
        m_tokens->setItem(row, 1, new QTableWidgetItem(revoked));
        m_tokens->setItem(row, 2, new QTableWidgetItem(tr("Revoked: refused")));
        ++row;
    }
    m_generate->setEnabled(m_editable && !regionName.isEmpty() && !m_pending.contains(regionName));
    m_generate->setToolTip(m_pending.contains(regionName)
                               ? tr("Apply the new region first: the hub makes its tokens.")
                               : QString());
    m_copyToken->setEnabled(!selectedToken().isEmpty());
    m_revoke->setEnabled(m_editable && !selectedNonce().isEmpty());
}

void RegionsSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void RegionsSection::retranslateUi() {
    setTitle(tr("Looker regions and tokens"));
    m_regions->setHorizontalHeaderLabels({tr("Region"), tr("Tokens"), tr("Looker host")});
    m_regions->horizontalHeaderItem(2)->setToolTip(
        tr("Where this region is a Looker instance of its own: its host, for the catalogue's "
           "Explore links (double-click to change; empty: the hub's Looker host)"));
    m_newRegion->setPlaceholderText(tr("New region name, e.g. US"));
    m_addRegion->setText(tr("Add region"));
    m_tokens->setHorizontalHeaderLabels({tr("Token"), tr("Nonce"), tr("State")});
    m_generate->setText(tr("Generate token"));
    m_copyToken->setText(tr("Copy token"));
    m_showTokens->setText(tr("Show"));
    m_revoke->setText(tr("Revoke…"));
    m_hubUrlLabel->setText(tr("Action Hub URL for Looker:"));
    m_copyHubUrl->setText(tr("Copy"));
    fillRegions();
}

} // namespace ActionDeck
