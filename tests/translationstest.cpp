// Every string the window shows has its Spanish translation, and every plural its English
// forms: lupdate is run over the sources (into copies of the catalogues), so a string added
// without its translation fails here, not in front of a user.
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

/// The catalogue `name` brought up to date with the sources, in `dir`.
QString updatedCatalogue(const QTemporaryDir& dir, const QString& name) {
    const QString copy = dir.filePath(name);
    EXPECT_TRUE(QFile::copy(QStringLiteral(ACTIONDECK_SOURCE_DIR "/translations/") + name, copy));
    const auto run = ActionDeck::TestSupport::runProcess(
        QStringLiteral(ACTIONDECK_LUPDATE),
        // The include paths let lupdate find the class of a tr() call made in another file.
        // gui headers are included from the project root ("gui/outbox/outboxpage.h").
        {QStringLiteral("-I"), QStringLiteral(ACTIONDECK_SOURCE_DIR), QStringLiteral("-I"),
         QStringLiteral(ACTIONDECK_SOURCE_DIR "/engine"),
         QStringLiteral("@" ACTIONDECK_TRANSLATED_SOURCES), QStringLiteral("-no-obsolete"),
         QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy});
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    QFile file(copy);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

/// The sources of the messages whose translation matches `missing`, at most ten.
QStringList sourcesOf(const QString& catalogue, const QString& missing) {
    static const QRegularExpression message(
        QStringLiteral("<message[^>]*>((?:(?!</message>).)*)</message>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QStringList found;
    for (auto it = message.globalMatch(catalogue); it.hasNext() && found.size() < 10;) {
        const QString body = it.next().captured(1);
        if (body.contains(missing))
            found.append(source.match(body).captured(1));
    }
    return found;
}

} // namespace

TEST(Translations, EveryStringHasItsSpanishTranslation) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString spanish = updatedCatalogue(dir, QStringLiteral("actiondeck_es.ts"));
    ASSERT_TRUE(spanish.contains(u"<context>"));
    const QStringList untranslated =
        sourcesOf(spanish, QStringLiteral("<translation type=\"unfinished\""));
    EXPECT_TRUE(untranslated.isEmpty())
        << "without Spanish (run the update_translations target, then translate):\n  "
        << untranslated.join(u"\n  ").toStdString();
}

TEST(Translations, EveryPluralHasItsEnglishForms) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString english = updatedCatalogue(dir, QStringLiteral("actiondeck_en.ts"));
    const QStringList missing = sourcesOf(english, QStringLiteral("<numerusform></numerusform>"));
    EXPECT_TRUE(missing.isEmpty()) << "plurals without their English forms (\"%n row(s)\" would be "
                                      "shown as it is):\n  "
                                   << missing.join(u"\n  ").toStdString();
}
