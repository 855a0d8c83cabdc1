#pragma once

#include "gui/hubs/hubregistry.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ActionDeck {

/// Adds or edits a hub on a server: its name, admin URL and admin token (kept in the system
/// keychain; left empty when editing, the token stays as it is).
class HubDialog : public QDialog {
    Q_OBJECT

public:
    explicit HubDialog(QWidget* parent = nullptr, const RemoteHubProfile* editing = nullptr);

    RemoteHubProfile profile() const;
    QByteArray token() const;
    /// Why the form can not be taken as it is, or empty.
    QString problem() const;

    void accept() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_token;
    QCheckBox* m_notify;
    QLabel* m_error;
    bool m_editing = false;
    RemoteHubProfile m_original;
};

} // namespace ActionDeck
