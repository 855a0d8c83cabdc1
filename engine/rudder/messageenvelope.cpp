#include "rudder/messageenvelope.h"

#include "core/jsonescape.h"
#include "version.h"

#include <QtGlobal>

#include <algorithm>

namespace ActionDeck {

/// An id as Looker sent it: digits as a number, anything else as a string.
void appendLookerId(std::string& out, std::string_view id) {
    const bool digits =
        !id.empty() && id.size() < 16 &&
        std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && (id.size() == 1 || id.front() != '0'))
        out += id;
    else
        appendJsonString(out, id);
}

MessageEnvelope::MessageEnvelope(CallType call, bool lookerContext, LookerRun run)
    : m_lookerContext(lookerContext)
    , m_run(std::move(run)) {
    m_contextHead = R"(,"context":{"app":{"name":"looker/actions","version":)";
    appendJsonString(m_contextHead, std::string(kVersion));
    m_contextHead += '}';
    buildContextTail({});

    m_typeAndMetadata = R"(,"type":")";
    m_typeAndMetadata += callTypeName(call);
    m_typeAndMetadata += R"(","channel":"server","_metadata":{"qtVersion":)";
    appendJsonString(m_typeAndMetadata, qVersion());
    m_typeAndMetadata += '}';
}

void MessageEnvelope::setRanAt(std::string_view ranAt) {
    if (m_lookerContext)
        buildContextTail(ranAt);
}

void MessageEnvelope::buildContextTail(std::string_view ranAt) {
    m_contextTail.clear();
    if (m_lookerContext) {
        const LookerRun& run = m_run;
        m_contextTail += R"(,"looker":{)";
        bool first = true;
        const auto member = [&](std::string_view name) -> std::string& {
            if (!first)
                m_contextTail += ',';
            first = false;
            appendJsonString(m_contextTail, name);
            m_contextTail += ':';
            return m_contextTail;
        };
        if (!run.planId.empty())
            appendLookerId(member("scheduled_plan_id"), run.planId);
        if (!run.planTitle.empty())
            appendJsonString(member("title"), run.planTitle);
        if (!run.planType.empty())
            appendJsonString(member("type"), run.planType);
        if (!run.queryId.empty())
            appendLookerId(member("query_id"), run.queryId);
        if (!ranAt.empty())
            appendJsonString(member("ran_at"), ranAt);
        if (!run.url.empty())
            appendJsonString(member("url"), run.url);
        m_contextTail += '}';
    }
    m_contextTail += R"(,"library":{"name":"ActionDeck","version":)";
    appendJsonString(m_contextTail, std::string(kVersion));
    m_contextTail += "}}";
}

} // namespace ActionDeck
