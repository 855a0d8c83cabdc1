#pragma once

#include "core/idgenerator.h"

namespace ActionDeck::TestSupport {

/// Well-formed version 4 UUIDs numbered 1, 2, 3...: 00000000-0000-4000-8000-000000000001.
class SequentialIdGenerator : public IdGenerator {
public:
    void appendUuid(std::string& out) override;
    static std::string uuid(unsigned number);

private:
    unsigned m_next = 1;
};

} // namespace ActionDeck::TestSupport
