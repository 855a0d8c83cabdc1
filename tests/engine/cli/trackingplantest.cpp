// `actiondeck catalog --json-schema` against what the Rudder System Activity action sends: the
// messages `actiondeck preview --action system-activity` builds from a generated, shuffled Event
// Attribute result of every event type are checked by an independent validator (Python's
// jsonschema, draft 2020-12), and a message made wrong is caught.
#include "processrun.h"
#include "systemactivitygenerator.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using ActionDeck::TestSupport::ProcessRun;
using ActionDeck::TestSupport::runProcess;
using ActionDeck::TestSupport::SystemActivityGenerator;

constexpr int kEvents = 108 * 3; // every type of the catalogue, three times

class TrackingPlan : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        SystemActivityGenerator::Options options;
        options.events = kEvents;
        options.seed = 7;
        options.withEmail = true;
        write(QStringLiteral("result.json"), SystemActivityGenerator::generate(options).c_str());
        const ProcessRun schemas =
            runProcess(QStringLiteral(ACTIONDECK_BINARY),
                       {QStringLiteral("catalog"), QStringLiteral("--json-schema"),
                        QStringLiteral("--event-prefix"), QStringLiteral("Looker ")});
        ASSERT_EQ(schemas.exitCode, 0) << schemas.err.toStdString();
        write(QStringLiteral("schemas.json"), schemas.out);
        const ProcessRun preview = runProcess(
            QStringLiteral(ACTIONDECK_BINARY),
            {QStringLiteral("preview"), QStringLiteral("--action"),
             QStringLiteral("system-activity"), QStringLiteral("--event-prefix"),
             QStringLiteral("Looker "), QStringLiteral("--looker-host"),
             QStringLiteral("acme.looker.com"), m_dir.filePath(QStringLiteral("result.json"))});
        ASSERT_EQ(preview.exitCode, 0) << preview.err.toStdString();
        m_messages = preview.out;
        ASSERT_EQ(m_messages.count('\n'), kEvents) << preview.err.toStdString();
    }

    void write(const QString& name, const QByteArray& content) {
        QFile file(m_dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    ProcessRun validate(const QByteArray& messages) {
        write(QStringLiteral("messages.jsonl"), messages);
        // Debian's python3 and python3-jsonschema (scripts/install-deps.sh), whatever is on PATH.
        return runProcess(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral(ACTIONDECK_VALIDATOR),
                           m_dir.filePath(QStringLiteral("schemas.json")),
                           m_dir.filePath(QStringLiteral("messages.jsonl"))},
                          {}, 120000);
    }

    QTemporaryDir m_dir;
    QByteArray m_messages;
};

} // namespace

TEST_F(TrackingPlan, EveryGeneratedEventValidatesAgainstItsSchema) {
    const ProcessRun run = validate(m_messages);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(),
              QByteArray::number(kEvents) + " messages valid against 108 schemas");
}

TEST_F(TrackingPlan, AnIdSentAsTextIsCaught) {
    const qsizetype at = m_messages.indexOf("\"looker_event_id\":");
    ASSERT_GE(at, 0);
    QByteArray wrong = m_messages;
    wrong.insert(at + 18, "\"x");
    wrong.insert(wrong.indexOf(',', at + 18), '"');
    const ProcessRun run = validate(wrong);
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("properties/looker_event_id")) << run.out.toStdString();
}

TEST_F(TrackingPlan, AFlagSentAsTextIsCaught) {
    QByteArray wrong = m_messages;
    const qsizetype at = wrong.indexOf("\"is_admin\":");
    ASSERT_GE(at, 0);
    const qsizetype end = wrong.indexOf(',', at);
    wrong.replace(at + 11, end - at - 11, "\"Yes\"");
    const ProcessRun run = validate(wrong);
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("properties/is_admin")) << run.out.toStdString();
}

TEST_F(TrackingPlan, AnEventOfAnotherNameHasNoSchema) {
    QByteArray wrong = m_messages;
    wrong.replace("\"event\":\"Looker ", "\"event\":\"Other ");
    const ProcessRun run = validate(wrong);
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("no schema for event 'Other ")) << run.out.toStdString();
}
