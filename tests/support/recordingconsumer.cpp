#include "recordingconsumer.h"

namespace ActionDeck::TestSupport {

bool RecordingConsumer::onFields(const JsonDetailFieldSet& f) {
    fields = f;
    ++fieldsCalls;
    return true;
}

bool RecordingConsumer::onRanAt(std::string_view value) {
    ranAt.emplace_back(value);
    return true;
}

bool RecordingConsumer::onRow(const JsonDetailRow& row) {
    std::string line = std::to_string(row.index) + ":";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const JsonDetailCell& cell = row.cells[i];
        if (!cell.present)
            continue;
        line += " " + fields[i].name + "=";
        if (cell.hasValue)
            cell.value.appendJson(line);
        for (const PivotValue& pivot : cell.pivots) {
            line += " [" + pivot.key + "]";
            pivot.value.appendJson(line);
        }
    }
    rows.push_back(std::move(line));
    return stopAfterRows == 0 || rows.size() < stopAfterRows;
}

} // namespace ActionDeck::TestSupport
