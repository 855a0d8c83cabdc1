#include "benchdata.h"

#include "core/clock.h"
#include "core/idgenerator.h"
#include "jsondetailgenerator.h"
#include "looker/jsondetailreader.h"
#include "rudder/messageproducer.h"

namespace ActionDeck::Bench {

namespace {

class Keep : public MessageSink {
public:
    explicit Keep(std::vector<std::string>& out)
        : m_out(out) {}
    bool accept(std::string_view message, const MessageBuilder::RowResult&) override {
        m_out.emplace_back(message);
        return true;
    }

private:
    std::vector<std::string>& m_out;
};

} // namespace

const std::string& document() {
    static const std::string text = TestSupport::JsonDetailGenerator::generate({.rows = kRows});
    return text;
}

const std::vector<std::string>& identifyMessages() {
    static const std::vector<std::string> messages = [] {
        std::vector<std::string> out;
        SystemClock clock;
        RandomIdGenerator ids;
        MessageBuilder builder({}, clock, ids);
        Keep keep(out);
        MessageProducer producer(builder, keep);
        JsonDetailReader reader(producer);
        reader.feed(document());
        reader.finish();
        return out;
    }();
    return messages;
}

} // namespace ActionDeck::Bench
