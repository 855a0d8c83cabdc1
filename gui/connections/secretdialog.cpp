#include "gui/connections/secretdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextOption>
#include <QVBoxLayout>

namespace ActionDeck {

SecretDialog::SecretDialog(const QString& title, const QString& explanation, const QString& secret,
                           QWidget* parent)
    : QDialog(parent)
    , m_explanation(new QLabel(explanation, this))
    , m_field(new QPlainTextEdit(secret, this))
    , m_copy(new QPushButton(tr("Copy"), this)) {
    setWindowTitle(title);
    m_explanation->setWordWrap(true);
    m_field->setObjectName(QStringLiteral("secretField"));
    m_field->setReadOnly(true);
    m_field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A token has no spaces: wrapped anywhere, all of it shows.
    m_field->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QFontMetrics metrics(m_field->font());
    const int columns = 64;
    const int lines = int((secret.size() + columns - 1) / columns) + 1;
    m_field->setMinimumWidth(metrics.horizontalAdvance(QLatin1Char('M')) * columns + 24);
    m_field->setMinimumHeight(metrics.lineSpacing() * lines + 16);
    m_copy->setObjectName(QStringLiteral("secretCopy"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &SecretDialog::copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_field, 1);
    layout->addWidget(buttons);
}

QString SecretDialog::secret() const {
    return m_field->toPlainText();
}

void SecretDialog::copy() {
    QApplication::clipboard()->setText(secret());
    m_copy->setText(tr("Copied"));
}

} // namespace ActionDeck
