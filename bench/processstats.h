#pragma once

#include <QtGlobal>

namespace ActionDeck::Bench {

/// A /proc/PID/status figure in kB ("VmHWM:" is the peak RSS), or -1.
qint64 procStatusKb(qint64 pid, const char* key);
/// User and system CPU seconds the process used so far, or -1.
double procCpuSeconds(qint64 pid);

} // namespace ActionDeck::Bench
