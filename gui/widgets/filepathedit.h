#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace ActionDeck {

/// A file path typed or picked with "Browse…": the line edit and its button as one field.
class FilePathEdit : public QWidget {
    Q_OBJECT

public:
    explicit FilePathEdit(QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    void setPlaceholderText(const QString& text);
    /// The file dialog's title and name filter, e.g. tr("PEM files (*.pem *.crt *.key)").
    void setDialog(const QString& title, const QString& nameFilter);
    QLineEdit* lineEdit() const { return m_edit; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();

    QLineEdit* m_edit;
    QPushButton* m_browse;
    QString m_title;
    QString m_filter;
};

} // namespace ActionDeck
