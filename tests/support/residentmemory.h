#pragma once

#include <QtGlobal>

namespace ActionDeck::TestSupport {

/// This process's resident memory now (VmRSS), in bytes; 0 when it can not be read.
qint64 residentBytes();

} // namespace ActionDeck::TestSupport
