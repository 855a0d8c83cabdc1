#include "hub/executeupload.h"

#include "core/spoolfile.h"
#include "http/httpexchange.h"
#include "hub/executejob.h"
#include "hub/executeresponsestream.h"
#include "hub/hub.h"

#include <QLoggingCategory>

namespace ActionDeck {

namespace {

Q_LOGGING_CATEGORY(uploadLog, "actiondeck.http")

} // namespace

ExecuteUpload::ExecuteUpload(Hub& hub, HttpExchange* exchange, QString actionName, QString region)
    : QObject(exchange)
    , m_hub(hub)
    , m_exchange(exchange)
    , m_actionName(std::move(actionName))
    , m_region(std::move(region))
    , m_stream(std::make_shared<ExecuteResponseStream>(exchange, hub.config().keepAliveMs))
    , m_parser(std::make_unique<ExecuteRequestParser>(
          [this](std::string_view text) { return takeAttachment(text); })) {
    m_timer.start();
    connect(exchange, &HttpExchange::bodyData, this, &ExecuteUpload::bodyData);
    connect(exchange, &HttpExchange::bodyEnd, this, &ExecuteUpload::bodyEnd);
    connect(exchange, &HttpExchange::bodyFailed, this, &ExecuteUpload::bodyFailed);
    connect(exchange, &HttpExchange::clientGone, this, [this] {
        endStreamed(QStringLiteral("The connection to Looker was lost while the request was "
                                   "read."));
    });
    exchange->readBody(hub.config().maxBodyBytes);
}

ExecuteUpload::~ExecuteUpload() {
    // The exchange went before the body ended (the connection closed, or the hub is stopping):
    // the execute must not wait for the rest for ever.
    endStreamed(QStringLiteral("The request could not be read to its end: its connection "
                               "closed."));
}

bool ExecuteUpload::settingsCameFirst() const {
    const ExecuteRequest& request = m_parser->request();
    return m_parser->memberRead("data") && m_parser->memberRead("form_params") &&
           m_parser->memberRead("scheduled_plan") && !request.attachmentMimetype.empty();
}

bool ExecuteUpload::takeAttachment(std::string_view text) {
    if (!m_decided) {
        m_decided = true;
        if (settingsCameFirst()) {
            ExecuteRequest request = m_parser->request();
            request.hasAttachment = true;
            request.attachmentStreamed = true;
            m_streamed = true;
            if (!start(std::move(request)))
                return false;
        }
    }
    if (m_streamed) {
        if (m_job)
            m_job->pushAttachment(text);
        return true; // an execute that already ended takes no more, and needs no more
    }
    if (m_done)
        return false;
    if (!m_spool) {
        m_spool = SpoolFile::create(m_hub.dataDirectory(), &m_spoolError);
        if (!m_spool)
            return false;
    }
    if (m_spool->append(text))
        return true;
    m_spoolError = m_spool->errorString();
    return false;
}

bool ExecuteUpload::start(ExecuteRequest request) {
    const auto stream = m_stream;
    const QString path = m_exchange ? m_exchange->head().path : QString();
    const QElapsedTimer timer = m_timer;
    const Hub::ExecuteStart started =
        m_hub.execute(m_actionName, m_region, std::move(request),
                      [stream, path, timer](const ExecuteResult& result) {
                          stream->finish(lookerAnswer(result.success, result.message));
                          qCInfo(uploadLog).noquote() << "POST" << path << 200 << timer.elapsed()
                                                      << "ms" << result.messages << "messages";
                      });
    if (!started.error.isEmpty()) {
        refuse(started.httpStatus, started.error);
        return false;
    }
    m_job = started.job;
    if (m_job && m_exchange) {
        // Reading follows the execute: paused while it is queued or its appends commit.
        m_exchange->pauseBody();
        connect(m_job, &ExecuteJob::inputWanted, m_exchange, [exchange = m_exchange](bool more) {
            if (more)
                exchange->resumeBody();
            else
                exchange->pauseBody();
        });
        if (m_job->isStarted())
            m_exchange->resumeBody();
    }
    m_stream->begin();
    return true;
}

void ExecuteUpload::bodyData(const QByteArray& piece) {
    if (m_done)
        return;
    if (!m_parser->feed(std::string_view(piece.constData(), std::size_t(piece.size()))))
        parseFailed();
}

void ExecuteUpload::bodyEnd() {
    if (m_done)
        return;
    if (!m_parser->finish())
        return parseFailed();
    if (m_streamed)
        return endStreamed({});
    ExecuteRequest request = std::move(m_parser->request());
    if (m_spool) {
        if (!m_spool->finishWriting())
            return refuse(503, QStringLiteral("The hub could not keep the request while reading "
                                              "it: %1. Nothing was sent.")
                                   .arg(m_spool->errorString()));
        request.attachmentSpool = std::move(m_spool);
    }
    m_parser.reset();
    m_done = true;
    start(std::move(request));
}

void ExecuteUpload::bodyFailed(int status, const QString& reason) {
    const qint64 limit = m_hub.config().maxBodyBytes;
    const QString size = limit >= (1 << 20) ? QStringLiteral("%1 MB").arg(limit >> 20)
                                            : QStringLiteral("%1 KB").arg(limit >> 10);
    const QString message =
        status == 413 ? QStringLiteral("The request body is over this hub's limit of %1.").arg(size)
                      : reason;
    if (m_streamed)
        return endStreamed(message);
    if (!m_done)
        refuse(status, message);
}

void ExecuteUpload::parseFailed() {
    const QString message =
        QStringLiteral("The request body is not valid JSON: %1.")
            .arg(QString::fromStdString(m_parser ? m_parser->error().message : std::string()));
    if (m_streamed)
        return endStreamed(message);
    if (m_done)
        return;
    if (!m_spoolError.isEmpty())
        return refuse(503, QStringLiteral("The hub could not keep the request while reading it: "
                                          "%1. Nothing was sent.")
                               .arg(m_spoolError));
    refuse(400, message);
}

void ExecuteUpload::endStreamed(const QString& error) {
    if (!m_streamed || m_done)
        return;
    m_done = true;
    if (const QPointer<ExecuteJob> job = std::exchange(m_job, {}))
        job->endAttachment(error);
}

void ExecuteUpload::refuse(int status, const QString& message) {
    m_done = true;
    m_stream->respond(status, lookerAnswer(false, message));
    if (m_exchange)
        qCInfo(uploadLog).noquote()
            << "POST" << m_exchange->head().path << status << m_timer.elapsed() << "ms";
}

} // namespace ActionDeck
