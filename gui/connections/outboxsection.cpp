#include "gui/connections/outboxsection.h"

#include "core/secretsealer.h"
#include "gui/widgets/filepathedit.h"
#include "outbox/outboxlocation.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ActionDeck {

OutboxSection::OutboxSection(QWidget* parent)
    : QGroupBox(parent)
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_uriLabel(new QLabel(this))
    , m_uri(new QLineEdit(this))
    , m_keyLabel(new QLabel(this))
    , m_key(new FilePathEdit(this))
    , m_note(new QLabel(this)) {
    m_kind->setObjectName(QStringLiteral("outboxKind"));
    m_uri->setObjectName(QStringLiteral("outboxUri"));
    m_key->setObjectName(QStringLiteral("secretsKeyFile"));
    m_note->setObjectName(QStringLiteral("outboxNote"));
    m_note->setWordWrap(true);
    m_kind->addItem(QString(), QStringLiteral("sqlite"));
    m_kind->addItem(QString(), QStringLiteral("postgresql"));

    auto* form = new QFormLayout(this);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_uriLabel, m_uri);
    form->addRow(m_keyLabel, m_key);
    form->addRow(QString(), m_note);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_uri->setEnabled(m_editable && postgres());
        m_key->setEnabled(m_editable && postgres());
        updateNote();
    });
    connect(m_uri, &QLineEdit::textChanged, this, &OutboxSection::updateNote);
    retranslateUi();
}

bool OutboxSection::postgres() const {
    return m_kind->currentIndex() == 1;
}

void OutboxSection::showConfig(const HubConfig& config) {
    const auto location = OutboxLocation::parse(config.outbox, {}, nullptr);
    const bool shared = location && location->isPostgres();
    m_kind->setCurrentIndex(shared ? 1 : 0);
    m_uri->setText(shared ? config.outbox : QString());
    m_key->setPath(config.secretsKeyFile);
    m_uri->setEnabled(m_editable && shared);
    m_key->setEnabled(m_editable && shared);
    updateNote();
}

void OutboxSection::setRunning(bool open, bool shared, const QString& location) {
    m_open = open;
    m_shared = shared;
    m_location = location;
    updateNote();
}

void OutboxSection::setEditable(bool editable) {
    m_editable = editable;
    m_kind->setEnabled(editable);
    m_uri->setEnabled(editable && postgres());
    m_key->setEnabled(editable && postgres());
    updateNote();
}

bool OutboxSection::applyTo(HubConfig& config, QString* error) const {
    if (!postgres()) {
        config.outbox.clear();
        return true;
    }
    QString why;
    const auto location = OutboxLocation::parse(m_uri->text(), {}, &why);
    if (!location || !location->isPostgres()) {
        if (error)
            *error = why.contains(QStringLiteral("password"))
                         ? tr("The PostgreSQL URI carries a password. Put it in a passfile "
                              "(~/.pgpass or PGPASSFILE) instead: it must never show in the "
                              "configuration.")
                         : tr("The PostgreSQL URI must look like postgresql://USER@HOST:5432/"
                              "DATABASE?sslmode=verify-full.");
        return false;
    }
    // The key is read now: a wrong file stops Apply rather than the next start.
    if (!SecretSealer::load(m_key->path(), &why)) {
        if (error)
            *error = m_key->path().isEmpty()
                         ? tr("A shared outbox needs the key file every hub of it is given "
                              "(--secrets-key-file): 32 random bytes, readable only by you.")
                         : tr("The key file can not be used: %1").arg(why);
        return false;
    }
    config.outbox = m_uri->text().trimmed();
    config.secretsKeyFile = m_key->path();
    return true;
}

void OutboxSection::updateNote() {
    if (!m_editable) {
        m_note->setText(
            m_location.isEmpty()
                ? tr("Set on the server: its --outbox flag or configuration file.")
                : tr("In use: %1. Set on the server: its --outbox flag or configuration file.")
                      .arg(m_location));
        return;
    }
    // The running hub's location is shown as OutboxLocation::displayName gives it.
    QString typed;
    if (postgres()) {
        const auto location = OutboxLocation::parse(m_uri->text().trimmed(), {}, nullptr);
        typed = location ? location->displayName() : m_uri->text().trimmed();
    }
    const bool changed = postgres() != m_shared || (postgres() && typed != m_location);
    if (!m_open)
        m_note->setText(tr("The outbox opens when the hub starts."));
    else if (changed)
        m_note->setText(
            postgres()
                ? tr("From the next start of ActionDeck the hub keeps its batches in "
                     "PostgreSQL; the pending and failed batches waiting in this computer's "
                     "outbox, their attempts and the sync state move there then, once.")
                : tr("From the next start of ActionDeck the hub keeps its batches in this "
                     "computer's outbox. What waits in PostgreSQL stays there, for the other "
                     "hubs to send."));
    else
        m_note->setText(m_shared
                            ? tr("In use: %1, shared with the hubs started on it.").arg(m_location)
                            : tr("In use: %1.").arg(m_location));
}

void OutboxSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void OutboxSection::retranslateUi() {
    setTitle(tr("Outbox"));
    m_kindLabel->setText(tr("Batches wait in"));
    m_kind->setItemText(0, tr("This computer (a file in the data directory)"));
    m_kind->setItemText(1, tr("PostgreSQL, shared by several hubs"));
    m_uriLabel->setText(tr("PostgreSQL URI"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://actiondeck@db.example.com:5432/"
                                             "actiondeck?sslmode=verify-full"));
    m_uri->setToolTip(tr("Any libpq connection URI, without the password: it is read from "
                         "~/.pgpass, PGPASSFILE or PGPASSWORD."));
    m_keyLabel->setText(tr("Secrets key file"));
    m_key->setDialog(tr("The fleet's secrets key"), tr("Key files (*)"));
    m_key->setToolTip(tr("The file every hub of the outbox is given: the write keys and region "
                         "secrets in the database are sealed with it."));
    updateNote();
}

} // namespace ActionDeck
