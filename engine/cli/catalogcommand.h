#pragma once

#include <QStringList>

class QIODevice;

namespace ActionDeck {

/// `actiondeck catalog [--lang en|es] [--json] [TEXT]`: lists Looker's System Activity event
/// types, or those matching TEXT. `--generate SEED ENGLISH TYPES OUT` rebuilds the catalogue
/// resource (scripts/generate-catalog.sh).
class CatalogCommand {
public:
    enum ExitCode { Ok = 0, NoMatch = 1, UsageError = 2 };

    int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
    static QString helpText();
};

} // namespace ActionDeck
