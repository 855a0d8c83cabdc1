#include "gui/looker/enableactionsdialog.h"

#include "gui/widgets/actionlabel.h"
#include "lookerlink/lookersetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ActionDeck {

EnableActionsDialog::EnableActionsDialog(const QStringList& sources, QWidget* parent)
    : QDialog(parent)
    , m_source(new QComboBox(this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("enableActionsDialog"));
    setWindowTitle(tr("Enable the actions in Looker"));
    m_source->setObjectName(QStringLiteral("enableSource"));
    for (const QString& name : sources)
        m_source->addItem(name, name);
    // Left empty, Looker sends no write key: each schedule's "Destination source" picks one.
    m_source->addItem(tr("None: each schedule picks its destination source"));
    m_note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Source:"), m_source);
    auto* actions = new QVBoxLayout;
    QStringList names = LookerSetup::defaultActions();
    names.append(LookerSetup::systemActivityAction());
    for (const QString& name : names) {
        auto* box = new QCheckBox(ActionLabel::of(name), this);
        box->setObjectName(QStringLiteral("enable_") + name);
        box->setProperty("action", name);
        box->setToolTip(name);
        box->setChecked(name != LookerSetup::systemActivityAction());
        connect(box, &QCheckBox::toggled, this, &EnableActionsDialog::updateOk);
        actions->addWidget(box);
        m_actions.append(box);
    }
    form->addRow(tr("Actions:"), actions);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Enable and test"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QComboBox::currentIndexChanged, this, &EnableActionsDialog::updateOk);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    updateOk();
}

QStringList EnableActionsDialog::actions() const {
    QStringList names;
    for (const QCheckBox* box : m_actions) {
        if (box->isChecked())
            names.append(box->property("action").toString());
    }
    return names;
}

std::optional<QString> EnableActionsDialog::source() const {
    const QVariant name = m_source->currentData();
    return name.isValid() ? std::optional<QString>(name.toString()) : std::nullopt;
}

void EnableActionsDialog::updateOk() {
    m_ok->setEnabled(!actions().isEmpty());
    m_note->setText(source() ? tr("Looker gets the source's write key and data plane URL, and "
                                  "tests each action.")
                             : tr("Looker keeps no write key: each schedule's \"Destination "
                                  "source\" field says where its rows go."));
}

} // namespace ActionDeck
