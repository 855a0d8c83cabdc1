#pragma once

#include "rudder/systemactivityevent.h"

#include <QString>

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

class QFile;
class QTemporaryDir;

namespace ActionDeck {

/// Merges the rows of a System Activity result into one SystemActivityEvent per event.id,
/// wherever the rows of an event are (results need not be sorted), in bounded memory: beyond
/// `memoryLimit` the open events go to spill files, partitioned by id, and each partition is
/// merged alone at the end — so the memory is that of the limit plus one partition.
class SystemActivityMerger {
public:
    static constexpr std::size_t kDefaultMemoryLimit = 32u << 20;
    static constexpr std::size_t kPartitions = 64;

    /// Spill files go to a temporary directory in `spillDirectory` (the system's when empty).
    explicit SystemActivityMerger(std::size_t memoryLimit = kDefaultMemoryLimit,
                                  QString spillDirectory = {});
    ~SystemActivityMerger();
    SystemActivityMerger(const SystemActivityMerger&) = delete;
    SystemActivityMerger& operator=(const SystemActivityMerger&) = delete;

    /// A row's part of event `part.id`. False (see error()) when a spill file can't be written.
    bool add(SystemActivityEvent part);
    /// After the last add(): moves up to `max` merged events to `out`; true once every event
    /// has been handed out (false also on an error: see error()).
    bool next(std::vector<SystemActivityEvent>& out, std::size_t max);

    /// The events handed out so far.
    std::uint64_t eventsOut() const { return m_eventsOut; }
    bool spilled() const { return m_spill != nullptr; }
    const std::string& error() const { return m_error; }

private:
    struct Spill;

    bool spillOpen();
    bool startPartition();
    bool fail(std::string why);

    std::size_t m_memoryLimit;
    QString m_spillDirectory;
    std::vector<SystemActivityEvent> m_events;
    std::unordered_map<std::string, std::size_t> m_index; ///< id → position in m_events
    std::size_t m_bytes = 0;
    std::unique_ptr<Spill> m_spill;
    bool m_finishing = false;
    std::size_t m_cursor = 0;    ///< next of m_events to hand out
    std::size_t m_partition = 0; ///< the next partition to merge, once finishing
    std::uint64_t m_eventsOut = 0;
    std::string m_error;
};

} // namespace ActionDeck
