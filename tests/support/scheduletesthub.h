#pragma once

#include "core/clock.h"
#include "core/idgenerator.h"
#include "httpclient.h"
#include "hub/hub.h"
#include "lookerrequests.h"
#include "testsink.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryDir>

#include <memory>

namespace ActionDeck::TestSupport {

/// A started hub for tests of scheduled executes, in a temporary directory: region US, source
/// Prod delivering to a local sink, executes posted over real HTTP. Fixtures inherit it, so
/// their tests use the members, and LookerRequests' usersResult and executeBody, by name.
class ScheduleTestHub : public LookerRequests {
public:
    /// Starts the sink and the hub, Prod sending `sendRows`; false with `error`.
    bool startHub(SendRows sendRows, QString* error);

    /// Posts `body` to /actions/ACTION/execute, signed for US.
    HttpClient::Response post(const QByteArray& body, const QString& action = u"rudder_event"_qs);
    /// The `looker` object of the answer to an execute of `detail` (see executeBody), with the
    /// form's `send_rows` when given.
    QJsonObject execute(const QByteArray& detail, const QJsonValue& planId = 17,
                        const QString& sendRows = {});
    /// Waits until the outbox has nothing pending: every batch delivered or failed.
    bool settled(int timeoutMs = 20000);

    QTemporaryDir dir;
    SystemClock clock;
    RandomIdGenerator ids;
    TestSink sink;
    HttpClient client;
    std::unique_ptr<Hub> hub;
};

} // namespace ActionDeck::TestSupport
