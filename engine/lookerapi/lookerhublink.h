#pragma once

#include "lookerapi/lookerapiclient.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace ActionDeck {

/// This hub as Looker knows it: an integration hub (`/integration_hubs`) whose URL is the hub's
/// public URL, with Looker's verdict on it.
struct LookerHubEntry {
    /// What Looker's fetch error is about, so that a window can say what to do.
    enum class FetchProblem { None, TokenRefused, Certificate, Unreachable, Other };

    QString id;
    QString url;
    QString fetchError;          ///< Looker could not read the action list: the hub is unusable
    bool hasToken = false;       ///< Looker holds an authorization token for it
    int actionsRead = 0;         ///< the integrations Looker read from the hub's action list
    std::optional<bool> healthy; ///< /health, when asked
    QString healthMessage;

    FetchProblem fetchProblem() const;
    /// Reads one of Looker's `IntegrationHub` answers (GET /integration_hubs and its items).
    static LookerHubEntry fromJson(const QJsonObject& hub);
};

/// Adds this hub to Looker and takes it away: finds the integration hub whose URL is the hub's,
/// creates it (POST) or gives it a new token (PATCH) — never a second one, a 409 included — and
/// reads Looker's verdict (`fetch_error_message`, `/health`), which alone decides success.
class LookerHubLink : public QObject {
    Q_OBJECT

public:
    struct Result {
        std::optional<LookerHubEntry> hub; ///< none: not in Looker (find, unregister)
        LookerApiError error;
        bool ok() const { return error.ok(); }
    };

    explicit LookerHubLink(LookerApiClient& api, QObject* parent = nullptr);

    /// The integration hub whose URL is `hubUrl` (a trailing slash aside).
    QFuture<Result> find(const QUrl& hubUrl);
    /// Adds the hub with `token` (a Looker token of one of its regions), or gives the one there
    /// the new token; then Looker's verdict.
    QFuture<Result> registerHub(const QUrl& hubUrl, const QByteArray& token);
    /// Deletes the integration hub of `hubUrl`; none there is no error.
    QFuture<Result> unregister(const QUrl& hubUrl);

    static bool sameUrl(const QString& a, const QUrl& b);

private:
    /// Looker's verdict on hub `id`: its fetch error, its integrations, its health.
    QFuture<Result> verdict(const QString& id);

    LookerApiClient& m_api;
};

} // namespace ActionDeck
