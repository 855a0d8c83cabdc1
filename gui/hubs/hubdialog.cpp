#include "gui/hubs/hubdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ActionDeck {

HubDialog::HubDialog(QWidget* parent, const RemoteHubProfile* editing)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_notify(new QCheckBox(tr("Notify me when its batches fail or it can't be reached"), this))
    , m_error(new QLabel(this))
    , m_editing(editing != nullptr) {
    setObjectName(QStringLiteral("hubDialog"));
    m_name->setObjectName(QStringLiteral("hubName"));
    m_url->setObjectName(QStringLiteral("hubUrl"));
    m_token->setObjectName(QStringLiteral("hubToken"));
    setWindowTitle(m_editing ? tr("Edit hub") : tr("Add a hub on a server"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8081"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_editing ? tr("unchanged") : tr("ad_…"));
    m_notify->setChecked(true);
    if (editing) {
        m_original = *editing;
        m_name->setText(editing->name);
        m_url->setText(editing->adminUrl.toString());
        m_notify->setChecked(editing->notify);
    }
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto* hint = new QLabel(
        tr("On the server: <code>sudo actiondeck admin-token create --scope operate --name "
           "laptop --data-dir /var/lib/actiondeck</code>. Reach its admin port through an SSH "
           "tunnel (<code>ssh -L 8081:127.0.0.1:8081 server</code>, then "
           "http://127.0.0.1:8081) or over TLS."),
        this);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Admin URL"), m_url);
    form->addRow(tr("Admin token"), m_token);
    form->addRow(QString(), m_notify);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HubDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HubDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

RemoteHubProfile HubDialog::profile() const {
    RemoteHubProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.adminUrl = QUrl(m_url->text().trimmed());
    p.notify = m_notify->isChecked();
    return p;
}

QByteArray HubDialog::token() const {
    return m_token->text().trimmed().toUtf8();
}

QString HubDialog::problem() const {
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the hub a name.");
    const QUrl url(m_url->text().trimmed());
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty())
        return tr("The admin URL is http:// or https:// with a host, e.g. http://127.0.0.1:8081.");
    if (!m_editing && token().isEmpty())
        return tr("Paste the admin token the server printed.");
    return {};
}

void HubDialog::accept() {
    const QString why = problem();
    m_error->setText(why);
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace ActionDeck
