#pragma once

#include "looker/executerequestparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace ActionDeck {

class ExecuteJob;
class ExecuteResponseStream;
class HttpExchange;
class Hub;
class SpoolFile;
struct ExecuteResult;

/// Reads one execute's body as it arrives and starts the execute. When the action's settings
/// (data, form_params, scheduled_plan) come before the attachment, the execute starts then and
/// the attachment's rows go straight into it, reading paced by its commits; otherwise — Looker
/// sends the attachment first — the attachment goes to a temporary file and the execute starts
/// when the body has ended. Errors before the answer's stream begins get their status; after,
/// the stream ends with `success: false` and the reason. Lives as long as its exchange.
class ExecuteUpload : public QObject {
    Q_OBJECT

public:
    ExecuteUpload(Hub& hub, HttpExchange* exchange, QString actionName, QString region);
    ~ExecuteUpload() override;

private:
    bool takeAttachment(std::string_view text);
    bool settingsCameFirst() const;
    /// Starts the execute with what has been read; false when the hub refused it (answered).
    bool start(ExecuteRequest request);
    void bodyData(const QByteArray& piece);
    void bodyEnd();
    void bodyFailed(int status, const QString& reason);
    void parseFailed();
    /// Ends a streamed attachment, once.
    void endStreamed(const QString& error);
    void refuse(int status, const QString& message);

    Hub& m_hub;
    QPointer<HttpExchange> m_exchange;
    QString m_actionName;
    QString m_region;
    QElapsedTimer m_timer;
    std::shared_ptr<ExecuteResponseStream> m_stream;
    std::unique_ptr<ExecuteRequestParser> m_parser;
    std::shared_ptr<SpoolFile> m_spool;
    QString m_spoolError;
    QPointer<ExecuteJob> m_job; ///< the execute the attachment streams into
    bool m_decided = false;     ///< streamed or spooled, chosen at the attachment's first byte
    bool m_streamed = false;    ///< the attachment streams into m_job
    bool m_done = false;        ///< answered, refused or handed over: read no more
};

} // namespace ActionDeck
