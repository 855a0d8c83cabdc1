#pragma once

#include "hub/hubconfig.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ActionDeck {

class FilePathEdit;

/// The Connections page's outbox: this computer's file (SQLite, the default) or a PostgreSQL
/// database several hubs share, with the key file its secrets are sealed with. The window's
/// hub opens its outbox when it starts: a change applies from the next start of ActionDeck,
/// which then moves what waits in the file into PostgreSQL. A server's hub has its outbox set on
/// that server: shown read-only.
class OutboxSection : public QGroupBox {
    Q_OBJECT

public:
    explicit OutboxSection(QWidget* parent = nullptr);

    void showConfig(const HubConfig& config);
    /// Checks the form and writes it into `config`; false with a message for people.
    bool applyTo(HubConfig& config, QString* error) const;
    /// What the running hub uses: its outbox is open, shared (PostgreSQL) or its own file,
    /// and where (a file, or a URI without its password), as its status says.
    void setRunning(bool open, bool shared, const QString& location);
    /// Whether it can be changed here (the hub in this process).
    void setEditable(bool editable);
    /// What the form says, next to what the running hub uses.
    void updateNote();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool postgres() const;

    bool m_open = false;
    bool m_shared = false;
    QString m_location;
    bool m_editable = true;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_uriLabel;
    QLineEdit* m_uri;
    QLabel* m_keyLabel;
    FilePathEdit* m_key;
    QLabel* m_note;
};

} // namespace ActionDeck
