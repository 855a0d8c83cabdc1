#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace ActionDeck {

class HubRegistry;

/// The window's Help menu: the guide to connecting Looker (F1; CONNECT_LOOKER.md as the package
/// installed it, or the source tree's when run from a build), About with the versions, and
/// diagnostics to paste into a report — versions, hubs and their states, never a secret.
class HelpMenu : public QObject {
    Q_OBJECT

public:
    HelpMenu(QMenu& menu, const HubRegistry& hubs, QWidget* window);

    /// Where the guide is: the installed copy, else the source tree's; empty when neither is.
    /// `fromSourceTree` says which.
    static QString guidePath(bool* fromSourceTree = nullptr);
    /// The diagnostics as copied: plain text, no token, key or secret.
    QString diagnostics() const;
    void retranslateUi();

signals:
    /// Words for the status bar (which guide was opened, what was copied).
    void message(const QString& text);

private:
    void openGuide();
    void showAbout();

    QMenu& m_menu;
    const HubRegistry& m_hubs;
    QWidget* m_window;
    QAction* m_guide;
    QAction* m_copyDiagnostics;
    QAction* m_about;
};

} // namespace ActionDeck
