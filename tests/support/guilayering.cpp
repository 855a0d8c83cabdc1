#include "guilayering.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace ActionDeck::TestSupport {

namespace {

bool isSource(const QString& path) {
    return path.endsWith(QLatin1String(".h")) || path.endsWith(QLatin1String(".cpp"));
}

LayerViolation violation(const QString& file, int line, const QString& include,
                         const QString& reason) {
    LayerViolation v{file, line, include, reason};
    v.root = QStringLiteral("gui");
    return v;
}

} // namespace

QStringList GuiLayering::sharedOrder() {
    return {QStringLiteral("widgets"), QStringLiteral("settings"), QStringLiteral("hubs"),
            QStringLiteral("lookerlink")};
}

QStringList GuiLayering::pages() {
    return {QStringLiteral("live"),   QStringLiteral("connections"), QStringLiteral("preview"),
            QStringLiteral("outbox"), QStringLiteral("catalogue"),   QStringLiteral("guide"),
            QStringLiteral("looker"), QStringLiteral("runs")};
}

GuiLayering::GuiLayering(QStringList shared, QStringList pages)
    : shared_(std::move(shared))
    , pages_(std::move(pages)) {}

int GuiLayering::rank(const QString& folder) const {
    if (const qsizetype i = shared_.indexOf(folder); i >= 0)
        return int(i);
    if (pages_.contains(folder))
        return int(shared_.size());
    if (folder == windowFolder())
        return int(shared_.size()) + 1;
    return -1;
}

QList<LayerViolation> GuiLayering::checkTree(const QString& guiDir, int* filesChecked) const {
    QList<LayerViolation> violations;
    int count = 0;
    QDirIterator it(guiDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(guiDir).relativeFilePath(path);
        if (!isSource(path))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            violations.append(violation(relative, 0, {}, QStringLiteral("can not be read")));
            continue;
        }
        ++count;
        violations.append(checkFile(relative, QString::fromUtf8(file.readAll())));
    }
    if (filesChecked)
        *filesChecked = count;
    return violations;
}

QList<LayerViolation> GuiLayering::checkFile(const QString& relativePath,
                                             const QString& text) const {
    const qsizetype slash = relativePath.indexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : relativePath.left(slash);
    if (rank(folder) < 0) {
        const QString where =
            slash < 0 ? QStringLiteral("sits directly in gui/, which holds only folders")
                      : QStringLiteral("sits in \"%1/\", which is neither a shared folder (%2), "
                                       "a page (%3) nor window/")
                            .arg(folder, shared_.join(u", "), pages_.join(u", "));
        return {violation(relativePath, 0, {}, where)};
    }
    if (relativePath.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return {violation(relativePath, 0, {}, QStringLiteral("is nested below its folder"))};

    static const QRegularExpression includeLine(
        QStringLiteral(R"re(^\s*#\s*include\s*(?:"([^"]+)"|<([^>]+)>))re"));
    // A Hub taken by reference or pointer: the engine's hub itself, not a connection to one.
    static const QRegularExpression hubParameter(QStringLiteral(R"re(\bHub\s*[&*])re"));
    const bool window = folder == windowFolder();
    QList<LayerViolation> violations;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (!window && hubParameter.match(line).hasMatch())
            violations.append(violation(relativePath, i + 1, {},
                                        QStringLiteral("takes the engine's Hub: outside window/ "
                                                       "a hub is reached through HubConnection")));
        const auto match = includeLine.match(line);
        if (!match.hasMatch())
            continue;
        const bool quoted = match.capturedLength(1) > 0;
        const QString include = quoted ? match.captured(1) : match.captured(2);
        const QString problem = includeProblem(folder, include, quoted);
        if (!problem.isEmpty())
            violations.append(violation(relativePath, i + 1, include, problem));
    }
    return violations;
}

QString GuiLayering::includeProblem(const QString& ownFolder, const QString& include,
                                    bool quoted) const {
    if (include == u"hub/hub.h" && ownFolder != windowFolder())
        return QStringLiteral("only window/ includes the engine's hub/hub.h: pages and shared "
                              "parts reach a hub through HubConnection");
    if (!include.startsWith(QLatin1String("gui/"))) {
        // A quoted header without a folder would be found only by accident of the include path.
        if (quoted && !include.contains(QLatin1Char('/')) && include != u"version.h")
            return QStringLiteral("a gui include names its folder (\"gui/%1/%2\" if it is in "
                                  "this folder)")
                .arg(ownFolder, include);
        return {};
    }
    const QString folder = include.section(QLatin1Char('/'), 1, 1);
    const int theirs = rank(folder);
    if (theirs < 0)
        return QStringLiteral("gui/%1/ is not a gui folder").arg(folder);
    if (folder == ownFolder)
        return {};
    const int ours = rank(ownFolder);
    const bool bothPages = pages_.contains(folder) && pages_.contains(ownFolder);
    if (bothPages)
        return QStringLiteral("a page never includes another page (%1/ into %2/): emit a signal "
                              "that window/ routes")
            .arg(folder, ownFolder);
    if (theirs > ours)
        return QStringLiteral("gui/%1/ is above gui/%2/ (%3 < pages < window)")
            .arg(folder, ownFolder, shared_.join(u" < "));
    return {};
}

} // namespace ActionDeck::TestSupport
