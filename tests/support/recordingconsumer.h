#pragma once

#include "looker/jsondetailreader.h"

#include <string>
#include <vector>

namespace ActionDeck::TestSupport {

/// Records what a JsonDetailReader delivers, each row as one line of text, so that runs can be
/// compared exactly.
class RecordingConsumer : public JsonDetailConsumer {
public:
    bool onFields(const JsonDetailFieldSet& fields) override;
    bool onRanAt(std::string_view ranAt) override;
    bool onRow(const JsonDetailRow& row) override;

    JsonDetailFieldSet fields;
    int fieldsCalls = 0;
    std::vector<std::string> ranAt;
    std::vector<std::string> rows;
    /// Stop after this many rows (0: never).
    std::size_t stopAfterRows = 0;
};

} // namespace ActionDeck::TestSupport
