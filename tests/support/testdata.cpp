#include "testdata.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ActionDeck::TestSupport {

std::string testDataPath(const std::string& relativePath) {
    return std::string(ACTIONDECK_TEST_DATA_DIR) + "/" + relativePath;
}

std::string readTestData(const std::string& relativePath) {
    std::ifstream file(testDataPath(relativePath), std::ios::binary);
    if (!file)
        throw std::runtime_error("missing test data: " + relativePath);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

} // namespace ActionDeck::TestSupport
