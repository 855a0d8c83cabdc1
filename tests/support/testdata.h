#pragma once

#include <string>

namespace ActionDeck::TestSupport {

/// The contents of a file under tests/data.
std::string readTestData(const std::string& relativePath);
std::string testDataPath(const std::string& relativePath);

} // namespace ActionDeck::TestSupport
