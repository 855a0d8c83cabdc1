#include "gui/preview/lookpickerdialog.h"

#include "gui/lookerlink/lookertext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ActionDeck {

LookPickerDialog::LookPickerDialog(const LookerApiSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_api(settings)
    , m_finder(m_api)
    , m_text(new QLineEdit(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_list(new QTreeWidget(this))
    , m_limit(new QComboBox(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("lookPickerDialog"));
    setWindowTitle(tr("Preview a Look"));
    m_text->setObjectName(QStringLiteral("lookSearchText"));
    m_list->setObjectName(QStringLiteral("lookList"));
    m_limit->setObjectName(QStringLiteral("lookLimit"));
    m_text->setPlaceholderText(tr("Words in the Look's title"));
    m_text->setClearButtonEnabled(true);
    m_list->setHeaderLabels({tr("Look"), tr("Title"), tr("Model · explore"), tr("Folder")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_limit->addItem(tr("The first %1 rows").arg(QLocale().toString(500)), 500);
    m_limit->addItem(tr("The first %1 rows").arg(QLocale().toString(5000)), 5000);
    m_limit->addItem(tr("All rows"), -1);
    m_limit->setToolTip(tr("A preview needs only some rows; all rows runs the whole Look, as a "
                           "schedule does"));
    m_status->setWordWrap(true);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_text, 1);
    searchRow->addWidget(m_search);
    auto* limitRow = new QHBoxLayout;
    limitRow->addWidget(new QLabel(tr("Rows:"), this));
    limitRow->addWidget(m_limit);
    limitRow->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Preview"));
    m_ok->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(limitRow);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QPushButton::clicked, this, [this] { search(m_text->text()); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] { search(m_text->text()); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_ok->setEnabled(!picked().id.isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!picked().id.isEmpty())
            accept();
    });
    search({});
}

void LookPickerDialog::search(const QString& text) {
    const int generation = ++m_generation;
    m_status->setText(tr("Asking Looker for its Looks…"));
    m_finder.search(text.trimmed())
        .then(this, [this, generation](const LookerLooks::Result& found) {
            if (generation != m_generation)
                return;
            m_listed = true;
            m_looks = found.looks;
            showLooks();
            if (!found.ok())
                m_status->setText(LookerText::error(found.error));
            else if (m_looks.isEmpty())
                m_status->setText(tr("No Look's title has those words."));
            else
                m_status->setText(tr("%n Look(s).", nullptr, int(m_looks.size())));
            // No Looker session outlives the answer; the next search signs in again.
            if (m_api.signedIn())
                m_api.logout();
        });
}

void LookPickerDialog::showLooks() {
    m_list->clear();
    for (const LookerLook& look : m_looks) {
        auto* item = new QTreeWidgetItem(
            m_list, {look.id, look.title, look.model + QStringLiteral(" · ") + look.explore,
                     look.folder.isEmpty() ? tr("(no folder)") : look.folder});
        item->setData(0, Qt::UserRole, look.id);
        item->setToolTip(1, look.title);
    }
    m_ok->setEnabled(false);
}

bool LookPickerDialog::pick(const QString& id) {
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

LookerLook LookPickerDialog::picked() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->isSelected())
        return {};
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const LookerLook& look : m_looks) {
        if (look.id == id)
            return look;
    }
    return {};
}

int LookPickerDialog::limit() const {
    return m_limit->currentData().toInt();
}

} // namespace ActionDeck
