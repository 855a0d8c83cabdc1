#include "remoteconnectionspage.h"

#include "connection/remotehubconnection.h"
#include "sourceoptionswidget.h"
#include "whenready.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ActionDeck {

namespace {

QTableWidget* table(int columns, QWidget* parent) {
    auto* t = new QTableWidget(0, columns, parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

RemoteConnectionsPage::RemoteConnectionsPage(RemoteHubConnection& hub, QWidget* parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_title(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_sources(table(4, this))
    , m_regions(table(3, this))
    , m_addSource(new QPushButton(this))
    , m_removeSource(new QPushButton(this))
    , m_reveal(new QPushButton(this))
    , m_makeToken(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_status(new QLabel(this)) {
    m_sources->setObjectName(QStringLiteral("remoteSources"));
    m_regions->setObjectName(QStringLiteral("remoteRegions"));
    m_status->setObjectName(QStringLiteral("remoteStatus"));
    m_makeToken->setObjectName(QStringLiteral("remoteMakeToken"));
    m_sources->setColumnWidth(0, 180);
    m_sources->setColumnWidth(1, 420);
    m_regions->setColumnWidth(0, 180);
    m_regions->setColumnWidth(1, 420);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_scope->setWordWrap(true);
    m_status->setWordWrap(true);

    auto* sourceButtons = new QHBoxLayout;
    for (QPushButton* button : {m_addSource, m_removeSource, m_reveal})
        sourceButtons->addWidget(button);
    sourceButtons->addStretch(1);
    auto* regionButtons = new QHBoxLayout;
    for (QPushButton* button : {m_makeToken, m_revoke})
        regionButtons->addWidget(button);
    regionButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_scope);
    layout->addWidget(m_sources, 1);
    layout->addLayout(sourceButtons);
    layout->addWidget(m_regions, 1);
    layout->addLayout(regionButtons);
    layout->addWidget(m_status);

    connect(&hub, &HubConnection::configChanged, this, &RemoteConnectionsPage::retranslateUi);
    connect(&hub, &HubConnection::snapshotChanged, this, &RemoteConnectionsPage::retranslateUi);
    connect(m_addSource, &QPushButton::clicked, this, &RemoteConnectionsPage::askSource);
    connect(m_removeSource, &QPushButton::clicked, this, [this] {
        const QString name = selected(m_sources);
        if (!name.isEmpty() &&
            QMessageBox::question(this, tr("Remove source"),
                                  tr("Remove the source %1 from %2?").arg(name, m_hub.name())) ==
                QMessageBox::Yes)
            removeSource(name);
    });
    connect(m_reveal, &QPushButton::clicked, this, &RemoteConnectionsPage::askReveal);
    connect(m_makeToken, &QPushButton::clicked, this, [this] {
        const QString region = selected(m_regions);
        if (!region.isEmpty())
            makeToken(region);
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const QString region = selected(m_regions);
        const QStringList nonces =
            selected(m_regions, 1).split(QStringLiteral(", "), Qt::SkipEmptyParts);
        if (region.isEmpty() || nonces.isEmpty())
            return;
        bool ok = false;
        const QString nonce =
            QInputDialog::getItem(this, tr("Revoke a token"),
                                  tr("Token of %1 (by nonce):").arg(region), nonces, 0, false, &ok);
        if (ok)
            revokeToken(region, nonce);
    });
    connect(this, &RemoteConnectionsPage::secretShown, this, &RemoteConnectionsPage::showSecret);
    retranslateUi();
    showConfig();
}

void RemoteConnectionsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RemoteConnectionsPage::retranslateUi() {
    m_title->setText(tr("Sources and regions of %1").arg(m_hub.name()));
    const bool admin = m_hub.snapshot().callerScope == u"admin";
    // Changes are made against the configuration shown: none before it has come.
    const bool loaded = !m_hub.maskedConfig().isEmpty();
    m_scope->setText(admin ? tr("Changes apply on the server at once and are kept in its data "
                                "directory (config-overlay.json), over its --config file.")
                           : tr("Seeing and changing the configuration takes an admin token; "
                                "this window's token for %1 has the scope \"%2\".")
                                 .arg(m_hub.name(), m_hub.snapshot().callerScope));
    for (QPushButton* button : {m_addSource, m_removeSource, m_reveal, m_makeToken, m_revoke})
        button->setEnabled(admin && loaded);
    m_sources->setHorizontalHeaderLabels(
        {tr("Source"), tr("Data plane URL"), tr("Write key"), tr("Sync options")});
    m_regions->setHorizontalHeaderLabels({tr("Region"), tr("Tokens (by nonce)"), tr("Revoked")});
    m_addSource->setText(tr("Add or change…"));
    m_removeSource->setText(tr("Remove"));
    m_reveal->setText(tr("Show the write key…"));
    m_makeToken->setText(tr("New Looker token"));
    m_revoke->setText(tr("Revoke a token…"));
    showConfig();
}

void RemoteConnectionsPage::showConfig() {
    const HubConfig config = m_hub.config();
    m_sources->setRowCount(int(config.sources.size()));
    for (int row = 0; row < config.sources.size(); ++row) {
        const SourceConfig& s = config.sources[row];
        const QStringList cells = {s.name, s.dataPlaneUrl, tr("kept on the server"),
                                   SourceOptionsWidget::summary(s)};
        for (int column = 0; column < cells.size(); ++column)
            m_sources->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    const QJsonArray regions = m_hub.maskedConfig().value(u"regions").toArray();
    m_regions->setRowCount(int(regions.size()));
    for (int row = 0; row < regions.size(); ++row) {
        const QJsonObject r = regions[row].toObject();
        const auto joined = [](const QJsonValue& list) {
            QStringList texts;
            for (const QJsonValue& v : list.toArray())
                texts.append(v.toString());
            texts.sort();
            return texts.join(QStringLiteral(", "));
        };
        const QStringList cells = {r.value(u"name").toString(), joined(r.value(u"tokenNonces")),
                                   joined(r.value(u"revokedNonces"))};
        for (int column = 0; column < cells.size(); ++column)
            m_regions->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

QString RemoteConnectionsPage::selected(QTableWidget* t, int column) const {
    const int row = t->currentRow();
    const QTableWidgetItem* item = row >= 0 ? t->item(row, column) : nullptr;
    return item && t->selectionModel()->hasSelection() ? item->text() : QString();
}

void RemoteConnectionsPage::askSource() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Source on %1").arg(m_hub.name()));
    auto* name = new QLineEdit(selected(m_sources), &dialog);
    auto* url = new QLineEdit(selected(m_sources, 1), &dialog);
    auto* key = new QLineEdit(&dialog);
    key->setEchoMode(QLineEdit::Password);
    key->setPlaceholderText(tr("unchanged when empty"));
    auto* options = new SourceOptionsWidget(&dialog);
    const HubConfig config = m_hub.config();
    if (const SourceConfig* shown = config.source(selected(m_sources)))
        options->showOptions(*shown);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Data plane URL"), url);
    form->addRow(tr("Write key"), key);
    form->addRow(options);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(options, &SourceOptionsWidget::renameChecked, buttons->button(QDialogButtonBox::Ok),
            &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    SourceConfig chosen;
    if (dialog.exec() == QDialog::Accepted && options->applyTo(chosen, nullptr))
        saveSource(name->text().trimmed(), url->text().trimmed(), key->text().trimmed(), chosen);
}

void RemoteConnectionsPage::saveSource(const QString& name, const QString& dataPlaneUrl,
                                       const QString& writeKey,
                                       const std::optional<SourceConfig>& options) {
    QJsonObject source = options ? options->optionsJson(true) : QJsonObject();
    source.insert(u"dataPlaneUrl", dataPlaneUrl);
    if (!writeKey.isEmpty())
        source.insert(u"writeKey", writeKey);
    whenReady(m_hub.changeConfig({{QStringLiteral("sources"), QJsonObject{{name, source}}}}), m_hub,
              this, [this, name](const HubReply<QJsonObject>& reply) {
                  done(reply.error, tr("Source %1 saved on %2.").arg(name, m_hub.name()));
              });
}

void RemoteConnectionsPage::removeSource(const QString& name) {
    whenReady(m_hub.changeConfig({{QStringLiteral("sources"), QJsonObject{{name, QJsonValue()}}}}),
              m_hub, this, [this, name](const HubReply<QJsonObject>& reply) {
                  done(reply.error, tr("Source %1 removed from %2.").arg(name, m_hub.name()));
              });
}

void RemoteConnectionsPage::askReveal() {
    const QString name = selected(m_sources);
    if (name.isEmpty())
        return;
    whenReady(m_hub.revealWriteKey(name), m_hub, this,
              [this, name](const HubReply<QString>& reply) {
                  done(reply.error, {});
                  if (reply.ok())
                      emit secretShown(tr("Write key of %1").arg(name), reply.value);
              });
}

void RemoteConnectionsPage::makeToken(const QString& region) {
    whenReady(m_hub.createRegionToken(region), m_hub, this,
              [this, region](const HubReply<QJsonObject>& reply) {
                  done(reply.error, tr("A token for %1 was made (nonce %2).")
                                        .arg(region, reply.value.value(u"nonce").toString()));
                  if (reply.ok())
                      emit secretShown(tr("Looker token for %1 — shown this once").arg(region),
                                       reply.value.value(u"token").toString());
              });
}

void RemoteConnectionsPage::revokeToken(const QString& region, const QString& nonce) {
    whenReady(m_hub.revokeRegionToken(region, nonce), m_hub, this,
              [this, region, nonce](const HubReply<QJsonObject>& reply) {
                  done(reply.error,
                       tr("Tokens %2 of %1 are refused from now on.").arg(region, nonce));
              });
}

void RemoteConnectionsPage::showSecret(const QString& title, const QString& secret) {
    // Only while a person looks: tests and screenshots never open it.
    if (!isVisible())
        return;
    QMessageBox box(QMessageBox::Information, title, secret, QMessageBox::Close, this);
    QPushButton* copy = box.addButton(tr("Copy"), QMessageBox::ActionRole);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
    if (box.clickedButton() == copy)
        QApplication::clipboard()->setText(secret);
}

void RemoteConnectionsPage::done(const QString& error, const QString& success) {
    m_status->setText(error.isEmpty() ? success : tr("Not done: %1").arg(error));
}

QString RemoteConnectionsPage::status() const {
    return m_status->text();
}

} // namespace ActionDeck
