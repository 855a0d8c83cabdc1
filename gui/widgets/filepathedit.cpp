#include "gui/widgets/filepathedit.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace ActionDeck {

FilePathEdit::FilePathEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    m_browse->setText(tr("Browse…"));
    connect(m_browse, &QPushButton::clicked, this, &FilePathEdit::browse);
}

QString FilePathEdit::path() const {
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString& path) {
    m_edit->setText(path);
}

void FilePathEdit::setPlaceholderText(const QString& text) {
    m_edit->setPlaceholderText(text);
}

void FilePathEdit::setDialog(const QString& title, const QString& nameFilter) {
    m_title = title;
    m_filter = nameFilter;
}

void FilePathEdit::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        m_browse->setText(tr("Browse…"));
    QWidget::changeEvent(event);
}

void FilePathEdit::browse() {
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, m_title, start, m_filter);
    if (!chosen.isEmpty())
        m_edit->setText(chosen);
}

} // namespace ActionDeck
