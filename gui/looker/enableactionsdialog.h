#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace ActionDeck {

/// "Enable with source…": which of the hub's actions Looker enables (identify, track and group
/// by default; System Activity when asked) and which source's write key and data plane URL go
/// into their params — or none, for a hub whose schedules each pick a Destination source.
class EnableActionsDialog : public QDialog {
    Q_OBJECT

public:
    EnableActionsDialog(const QStringList& sources, QWidget* parent = nullptr);

    /// Looker's action names checked (rudder_event, …).
    QStringList actions() const;
    /// The source picked; nullopt: the params left empty.
    std::optional<QString> source() const;

private:
    void updateOk();

    QComboBox* m_source;
    QList<QCheckBox*> m_actions;
    QLabel* m_note;
    class QPushButton* m_ok = nullptr;
};

} // namespace ActionDeck
