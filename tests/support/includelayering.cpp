#include "includelayering.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace ActionDeck::TestSupport {

namespace {

const QString generatedVersionHeader = QStringLiteral("version.h");

bool isSource(const QString& path) {
    return path.endsWith(QLatin1String(".h")) || path.endsWith(QLatin1String(".cpp"));
}

} // namespace

QString LayerViolation::toString() const {
    if (line == 0)
        return QStringLiteral("%1/%2: %3").arg(root, file, reason);
    if (include.isEmpty())
        return QStringLiteral("%1/%2:%3: %4").arg(root, file).arg(line).arg(reason);
    return QStringLiteral("%1/%2:%3: #include \"%4\": %5")
        .arg(root, file)
        .arg(line)
        .arg(include, reason);
}

QStringList IncludeLayering::engineOrder() {
    // clang-format off
    return {QStringLiteral("core"), QStringLiteral("http"), QStringLiteral("catalog"),
            QStringLiteral("looker"), QStringLiteral("lookerapi"), QStringLiteral("rudder"),
            QStringLiteral("outbox"),
            QStringLiteral("delivery"), QStringLiteral("alerts"), QStringLiteral("hub"),
            QStringLiteral("admin"),
            QStringLiteral("connection"), QStringLiteral("lookerlink"),
            QStringLiteral("cli")};
    // clang-format on
}

IncludeLayering::IncludeLayering(QStringList order)
    : order_(std::move(order)) {}

QList<LayerViolation> IncludeLayering::checkTree(const QString& engineDir,
                                                 int* filesChecked) const {
    QList<LayerViolation> violations;
    int count = 0;
    QDirIterator it(engineDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!isSource(path))
            continue;
        QFile file(path);
        const QString relative = QDir(engineDir).relativeFilePath(path);
        if (!file.open(QIODevice::ReadOnly)) {
            violations.append({relative, 0, {}, QStringLiteral("can not be read")});
            continue;
        }
        ++count;
        violations.append(checkFile(relative, QString::fromUtf8(file.readAll())));
    }
    if (filesChecked)
        *filesChecked = count;
    return violations;
}

QList<LayerViolation> IncludeLayering::checkFile(const QString& relativePath,
                                                 const QString& text) const {
    const qsizetype slash = relativePath.indexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : relativePath.left(slash);
    const int ownLayer = int(order_.indexOf(folder));
    if (ownLayer < 0) {
        const QString where =
            slash < 0 ? QStringLiteral("sits in no layer folder")
                      : QStringLiteral("sits in \"%1/\", which is not a layer").arg(folder);
        return {{relativePath,
                 0,
                 {},
                 QStringLiteral("%1 (layers, lowest first: %2)").arg(where, order_.join(u" < "))}};
    }
    if (relativePath.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return {{relativePath, 0, {}, QStringLiteral("is nested below its layer folder")}};

    static const QRegularExpression includeLine(
        QStringLiteral(R"re(^\s*#\s*include\s*(?:"([^"]+)"|<([^>]+)>))re"));
    QList<LayerViolation> violations;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const auto match = includeLine.match(lines[i]);
        if (!match.hasMatch())
            continue;
        const bool quoted = match.capturedLength(1) > 0;
        const QString include = quoted ? match.captured(1) : match.captured(2);
        const QString first = include.section(QLatin1Char('/'), 0, 0);
        // Angle includes are the system's and libraries' unless they name an engine or gui path.
        if (!quoted && !order_.contains(first) && first != QLatin1String("gui") &&
            first != QLatin1String(".."))
            continue;
        const QString problem = includeProblem(ownLayer, include);
        if (!problem.isEmpty())
            violations.append({relativePath, i + 1, include, problem});
    }
    return violations;
}

QString IncludeLayering::includeProblem(int ownLayer, const QString& include) const {
    if (include == generatedVersionHeader)
        return {};
    if (include.section(QLatin1Char('/'), 0, 0) == QLatin1String("gui") ||
        include.contains(QLatin1String("/gui/")))
        return QStringLiteral("engine/ must not include gui/");
    if (include.startsWith(QLatin1String("..")) || include.startsWith(QLatin1Char('/')))
        return QStringLiteral("engine includes name a layer folder, not a relative or absolute "
                              "path");
    const qsizetype slash = include.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral("an engine include names its folder (\"%1/%2\" if it is in this "
                              "layer)")
            .arg(order_[ownLayer], include);
    const QString folder = include.left(slash);
    const int layer = int(order_.indexOf(folder));
    if (layer < 0)
        return QStringLiteral("\"%1/\" is not a layer (lowest first: %2)")
            .arg(folder, order_.join(u" < "));
    if (layer > ownLayer)
        return QStringLiteral("%1/ is above %2/: a layer includes only itself and the layers "
                              "below it (%3)")
            .arg(folder, order_[ownLayer], order_.join(u" < "));
    return {};
}

} // namespace ActionDeck::TestSupport
