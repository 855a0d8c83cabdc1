#include "sequentialidgenerator.h"

#include <cstdio>

namespace ActionDeck::TestSupport {

void SequentialIdGenerator::appendUuid(std::string& out) {
    out += uuid(m_next++);
}

std::string SequentialIdGenerator::uuid(unsigned number) {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012u", number);
    return text;
}

} // namespace ActionDeck::TestSupport
