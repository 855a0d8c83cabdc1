#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ActionDeck::TestSupport {

/// One include that breaks a tree's layering rule (engine/ or gui/), or a file that sits in
/// no layer.
struct LayerViolation {
    QString file;    ///< relative to engine/, e.g. "looker/jsondetailreader.cpp"
    int line = 0;    ///< 0 for a file that sits in no layer
    QString include; ///< as written between the quotes or brackets
    QString reason;
    QString root = QStringLiteral("engine"); ///< the tree checked: engine or gui

    QString toString() const;
};

/// Checks engine/ against its layer order: every source sits in one layer folder and includes
/// only its own folder and those below, always by folder ("looker/jsondetailreader.h"), never
/// gui/. The generated version.h, found in the build directory, may be included from anywhere.
class IncludeLayering {
public:
    /// The engine's folders, lowest first. A new layer is one more name here.
    static QStringList engineOrder();

    explicit IncludeLayering(QStringList order = engineOrder());

    /// Every violation in the tree below engineDir; filesChecked counts the sources read.
    QList<LayerViolation> checkTree(const QString& engineDir, int* filesChecked = nullptr) const;
    /// The violations of one file, given by its path relative to engine/ and its text.
    QList<LayerViolation> checkFile(const QString& relativePath, const QString& text) const;

private:
    QString includeProblem(int ownLayer, const QString& include) const;

    QStringList order_;
};

} // namespace ActionDeck::TestSupport
