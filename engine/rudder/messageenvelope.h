#pragma once

#include "rudder/calltype.h"

#include <string>
#include <string_view>

namespace ActionDeck {

/// What Looker says about the run (empty where it sent nothing), for `context.looker`.
struct LookerRun {
    std::string planId;
    std::string planTitle;
    std::string planType; ///< Look, Dashboard
    std::string url;      ///< the look or dashboard
    std::string queryId;
};

/// An id as Looker sent it: digits as a number, anything else as a string.
void appendLookerId(std::string& out, std::string_view id);

/// What every message carries around what its row says, made once per execute: the `context`
/// (the app, Looker's run when asked for, the library) and `type`, `channel` and `_metadata`.
class MessageEnvelope {
public:
    MessageEnvelope(CallType call, bool lookerContext, LookerRun run);

    /// Looker's `ran_at` goes into `context.looker`, when it is asked for.
    void setRanAt(std::string_view ranAt);

    /// `,"context":{"app":{…}`: what the caller adds next (context.traits) is inside context.
    const std::string& contextHead() const { return m_contextHead; }
    /// The rest of the context: `,"looker":{…},"library":{…}}`.
    const std::string& contextTail() const { return m_contextTail; }
    /// `,"type":"…","channel":"server","_metadata":{…}`.
    const std::string& typeAndMetadata() const { return m_typeAndMetadata; }

private:
    void buildContextTail(std::string_view ranAt);

    bool m_lookerContext;
    LookerRun m_run;
    std::string m_contextHead;
    std::string m_contextTail;
    std::string m_typeAndMetadata;
};

} // namespace ActionDeck
