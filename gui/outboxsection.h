#pragma once

#include "hub/hubconfig.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ActionDeck {

class FilePathEdit;
class Hub;

/// The Connections page's outbox: this computer's file (SQLite, the default) or a PostgreSQL
/// database several hubs share, with the key file its secrets are sealed with. The window's
/// hub opens its outbox when it starts: a change applies from the next start of ActionDeck,
/// which then moves what waits in the file into PostgreSQL.
class OutboxSection : public QGroupBox {
    Q_OBJECT

public:
    explicit OutboxSection(const Hub& hub, QWidget* parent = nullptr);

    void showConfig(const HubConfig& config);
    /// Checks the form and writes it into `config`; false with a message for people.
    bool applyTo(HubConfig& config, QString* error) const;
    /// What the form says, next to what the running hub uses.
    void updateNote();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool postgres() const;

    const Hub& m_hub;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_uriLabel;
    QLineEdit* m_uri;
    QLabel* m_keyLabel;
    FilePathEdit* m_key;
    QLabel* m_note;
};

} // namespace ActionDeck
