#pragma once

#include <string>
#include <vector>

namespace ActionDeck::Bench {

constexpr unsigned kRows = 100000;

/// The generated 100,000-row json_detail the benchmarks share.
const std::string& document();
/// The identify messages built from it (without sentAt), as the outbox receives them.
const std::vector<std::string>& identifyMessages();

} // namespace ActionDeck::Bench
