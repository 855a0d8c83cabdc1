#pragma once

#include "hub/hubconfig.h"
#include "lookerapi/lookerapisettings.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QIODevice;

namespace ActionDeck {

class Clock;
class IdGenerator;
class LookerApiClient;

/// `actiondeck looker login|register|enable|status|unregister|looks|schedules|send-now`: this hub
/// in Looker through Looker's API 4.0. Each verb signs in, does its work, logs out, and exits 0
/// only when what was asked holds; otherwise one clear line on standard error. The client secret,
/// write keys and Looker tokens are read from files, the environment or looker.ini — never from
/// argv — and never printed.
class LookerCommand {
public:
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

    explicit LookerCommand(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
    /// What preview-look stamps messages with (tests fix them; default: the system's).
    void setClockAndIds(const Clock& clock, IdGenerator& ids) {
        m_clock = &clock;
        m_ids = &ids;
    }
    static QString helpText();

private:
    /// The Looker connection from --looker-url/--client-id/--client-secret-file, --looker-ini,
    /// or the LOOKERSDK_* variables; nullopt with `error`.
    std::optional<LookerApiSettings> settingsFrom(const QCommandLineParser& parser,
                                                  QString* error) const;
    /// The hub's configuration as it reads it: --config, then the kept changes of --data-dir.
    std::optional<HubConfig> hubConfig(const QCommandLineParser& parser, QString* error) const;
    /// A Looker token of --region, signed with its secret from the layers the hub reads;
    /// empty with `error` saying why it can not be signed here.
    QByteArray regionToken(const QCommandLineParser& parser, QString* error) const;
    int login(LookerApiClient& api, bool json, QIODevice& out, QIODevice& err);
    int registerHub(LookerApiClient& api, const QCommandLineParser& parser, bool json,
                    QIODevice& out, QIODevice& err);
    int enable(LookerApiClient& api, const QCommandLineParser& parser, bool json, QIODevice& out,
               QIODevice& err);
    int status(LookerApiClient& api, const QCommandLineParser& parser, bool json, QIODevice& out,
               QIODevice& err);
    int unregister(LookerApiClient& api, const QCommandLineParser& parser, bool json,
                   QIODevice& out, QIODevice& err);
    // Looks and schedules (lookerlookverbs.cpp).
    int looks(LookerApiClient& api, const QString& text, bool json, QIODevice& out, QIODevice& err);
    int schedules(LookerApiClient& api, const QCommandLineParser& parser, bool json, QIODevice& out,
                  QIODevice& err);
    int sendNow(LookerApiClient& api, const QString& planId, bool json, QIODevice& out,
                QIODevice& err);
    int previewLook(LookerApiClient& api, const QString& lookId, const QCommandLineParser& parser,
                    QIODevice& out, QIODevice& err);

    QProcessEnvironment m_environment;
    const Clock* m_clock = nullptr;
    IdGenerator* m_ids = nullptr;
};

} // namespace ActionDeck
