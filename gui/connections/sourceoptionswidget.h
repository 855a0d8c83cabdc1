#pragma once

#include "hub/sourceconfig.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ActionDeck {

/// A source's sync options, as the action forms' "default" takes them: the property-names
/// style, rows to send, Looker context, and the rename list as `field = name` lines. Shared by
/// the Connections page of this computer and the source dialog of a hub on a server.
class SourceOptionsWidget : public QWidget {
    Q_OBJECT

public:
    explicit SourceOptionsWidget(QWidget* parent = nullptr);

    void showOptions(const SourceConfig& source);
    /// Writes the shown options into `source`; false with `error` for a rename line that is
    /// not `field = name`.
    bool applyTo(SourceConfig& source, QString* error) const;

    /// Reads `field = name` lines (blank lines and lines starting with # are skipped); empty
    /// with `error` naming the first line that is not one.
    static QMap<QString, QString> parseRename(const QString& text, QString* error);
    static QString renameText(const QMap<QString, QString>& rename);
    /// One cell's words for a source's options ("camelCase labels, 2 renamed, changed rows").
    static QString summary(const SourceConfig& source);

signals:
    /// The rename lines were checked as typed: `ok` when they can be saved.
    void renameChecked(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void checkRename();

    QLabel* m_propertyNamesLabel;
    QComboBox* m_propertyNames;
    QLabel* m_sendRowsLabel;
    QComboBox* m_sendRows;
    QLabel* m_lookerContextLabel;
    QComboBox* m_lookerContext;
    QLabel* m_renameLabel;
    QPlainTextEdit* m_rename;
    QLabel* m_renameProblem;
};

} // namespace ActionDeck
