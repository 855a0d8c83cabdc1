#include "gui/window/helpmenu.h"

#include "connection/hubconnection.h"
#include "gui/hubs/hubregistry.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSysInfo>
#include <QUrl>

namespace ActionDeck {

HelpMenu::HelpMenu(QMenu& menu, const HubRegistry& hubs, QWidget* window)
    : QObject(window)
    , m_menu(menu)
    , m_hubs(hubs)
    , m_window(window)
    , m_guide(menu.addAction(QString()))
    , m_copyDiagnostics(menu.addAction(QString()))
    , m_about(menu.addAction(QString())) {
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_guide, &QAction::triggered, this, &HelpMenu::openGuide);
    connect(m_copyDiagnostics, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(diagnostics());
        emit message(tr("Diagnostics copied: versions, hubs and their states, without secrets."));
    });
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    retranslateUi();
}

void HelpMenu::retranslateUi() {
    m_menu.setTitle(tr("&Help"));
    m_guide->setText(tr("Connecting Looker — the &guide"));
    m_copyDiagnostics->setText(tr("Copy &diagnostics"));
    m_about->setText(tr("&About ActionDeck"));
}

QString HelpMenu::guidePath(bool* fromSourceTree) {
    const QString binary = QCoreApplication::applicationDirPath();
    // Installed: the package puts the guide in share/doc/actiondeck beside bin/.
    const QString installed =
        QDir(binary).filePath(QStringLiteral("../share/doc/actiondeck/CONNECT_LOOKER.md"));
    if (QFileInfo::exists(installed)) {
        if (fromSourceTree)
            *fromSourceTree = false;
        return QFileInfo(installed).canonicalFilePath();
    }
#ifdef ACTIONDECK_BUILD_DIR
    // A binary of a build tree reads the guide of the tree it was built from.
    const QString build = QFileInfo(QStringLiteral(ACTIONDECK_BUILD_DIR)).canonicalFilePath();
    if (!build.isEmpty() && QFileInfo(binary).canonicalFilePath().startsWith(build)) {
        const QString source =
            QStringLiteral(ACTIONDECK_SOURCE_DIR) + QStringLiteral("/docs/CONNECT_LOOKER.md");
        if (QFileInfo::exists(source)) {
            if (fromSourceTree)
                *fromSourceTree = true;
            return source;
        }
    }
#endif
    return {};
}

void HelpMenu::openGuide() {
    bool fromSourceTree = false;
    const QString path = guidePath(&fromSourceTree);
    if (path.isEmpty()) {
        emit message(tr("The guide was not found: it is installed with the package as "
                        "/usr/share/doc/actiondeck/CONNECT_LOOKER.md."));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    emit message(fromSourceTree ? tr("Opened the guide of the source tree: %1").arg(path)
                                : tr("Opened the guide installed with ActionDeck: %1").arg(path));
}

QString HelpMenu::diagnostics() const {
    QStringList lines;
    lines << QStringLiteral("ActionDeck %1").arg(QString::fromLatin1(kVersion))
          << QStringLiteral("Qt %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
          << QStringLiteral("System: %1, %2")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
          << QStringLiteral("Language: %1").arg(QLocale().name());
    for (const HubConnection* hub : m_hubs.hubs()) {
        const HubSnapshot& s = hub->snapshot();
        // Names, states and counts: what a report needs. Never a token, key or secret.
        lines << QStringLiteral("Hub \"%1\" (%2): %3%4; version %5; %6; outbox %7, %8 pending, "
                                "%9 failed")
                     .arg(hub->name(),
                          hub->isLocal() ? QStringLiteral("this computer")
                                         : QStringLiteral("server"),
                          hubConnectionStateText(hub->state()),
                          hub->stateReason().isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(hub->stateReason()),
                          s.version.isEmpty() ? QStringLiteral("?") : s.version,
                          s.listening ? QStringLiteral("listening at %1").arg(s.url)
                                      : QStringLiteral("not listening"),
                          s.outboxKind.isEmpty() ? QStringLiteral("?") : s.outboxKind)
                     .arg(s.counts.pendingMessages)
                     .arg(s.counts.failedMessages);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void HelpMenu::showAbout() {
    QMessageBox::about(
        m_window, tr("About ActionDeck"),
        tr("<b>ActionDeck %1</b><br>A Looker Action Hub that sends Looker's results to "
           "RudderStack, with a window to set it up, preview and watch it.<br><br>Qt %2 · %3")
            .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion()),
                 QSysInfo::prettyProductName().toHtmlEscaped()));
}

} // namespace ActionDeck
