#pragma once

#include "includelayering.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ActionDeck::TestSupport {

/// Checks gui/ against its rooms (docs/ARCHITECTURE.md): every source sits in one folder; the
/// shared parts (widgets < settings < hubs) include only themselves and those below; a page
/// includes the shared parts and its own folder, never another page's; only window/ includes
/// the pages. gui headers are included as "gui/<folder>/<file>.h". Outside window/ no file
/// includes the engine's "hub/hub.h" or takes a Hub& or Hub*: pages see every hub through
/// HubConnection.
class GuiLayering {
public:
    /// The shared folders, lowest first.
    static QStringList sharedOrder();
    /// The pages: none includes another.
    static QStringList pages();
    static QString windowFolder() { return QStringLiteral("window"); }

    GuiLayering(QStringList shared = sharedOrder(), QStringList pages = GuiLayering::pages());

    /// Every violation in the tree below guiDir; filesChecked counts the sources read.
    QList<LayerViolation> checkTree(const QString& guiDir, int* filesChecked = nullptr) const;
    /// The violations of one file, given by its path relative to gui/ and its text.
    QList<LayerViolation> checkFile(const QString& relativePath, const QString& text) const;

private:
    /// Where a folder stands: shared folders by their order, every page one above them, the
    /// window above all; -1 for a folder that is none of them.
    int rank(const QString& folder) const;
    QString includeProblem(const QString& ownFolder, const QString& include, bool quoted) const;

    QStringList shared_;
    QStringList pages_;
};

} // namespace ActionDeck::TestSupport
