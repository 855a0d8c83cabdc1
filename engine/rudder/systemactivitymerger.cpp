#include "rudder/systemactivitymerger.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <functional>

namespace ActionDeck {

namespace {

/// Written to a partition's file once its buffer holds this much.
constexpr std::size_t kWriteBuffer = 256 * 1024;

} // namespace

struct SystemActivityMerger::Spill {
    std::unique_ptr<QTemporaryDir> dir;
    std::array<std::unique_ptr<QFile>, kPartitions> files;
    std::array<std::string, kPartitions> buffers;

    bool write(std::size_t partition) {
        std::string& buffer = buffers[partition];
        const qint64 size = qint64(buffer.size());
        const bool ok = buffer.empty() || files[partition]->write(buffer.data(), size) == size;
        buffer.clear();
        return ok;
    }
};

SystemActivityMerger::SystemActivityMerger(std::size_t memoryLimit, QString spillDirectory)
    : m_memoryLimit(memoryLimit)
    , m_spillDirectory(std::move(spillDirectory)) {}

SystemActivityMerger::~SystemActivityMerger() = default;

bool SystemActivityMerger::add(SystemActivityEvent part) {
    if (!m_error.empty() || m_finishing)
        return false;
    m_bytes += part.bytes();
    const auto found = m_index.find(part.id);
    if (found != m_index.end()) {
        m_events[found->second].merge(std::move(part));
    } else {
        m_index.emplace(part.id, m_events.size());
        m_events.push_back(std::move(part));
    }
    return m_bytes <= m_memoryLimit || spillOpen();
}

bool SystemActivityMerger::fail(std::string why) {
    if (m_error.empty())
        m_error = std::move(why);
    return false;
}

bool SystemActivityMerger::spillOpen() {
    if (!m_spill) {
        auto spill = std::make_unique<Spill>();
        const QString base = m_spillDirectory.isEmpty() ? QDir::tempPath() : m_spillDirectory;
        spill->dir = std::make_unique<QTemporaryDir>(
            QDir(base).filePath(QStringLiteral("system-activity-XXXXXX")));
        if (!spill->dir->isValid())
            return fail("the events could not be set aside in " + base.toStdString() + ": " +
                        spill->dir->errorString().toStdString());
        for (std::size_t i = 0; i < kPartitions; ++i) {
            spill->files[i] = std::make_unique<QFile>(spill->dir->filePath(QString::number(i)));
            if (!spill->files[i]->open(QIODevice::ReadWrite))
                return fail("a spill file could not be opened: " +
                            spill->files[i]->errorString().toStdString());
        }
        m_spill = std::move(spill);
    }
    // Every open event goes: each partition's file then holds all it has seen of its events.
    const std::hash<std::string> hash;
    for (const SystemActivityEvent& event : m_events) {
        const std::size_t partition = hash(event.id) % kPartitions;
        event.write(m_spill->buffers[partition]);
        if (m_spill->buffers[partition].size() >= kWriteBuffer && !m_spill->write(partition))
            return fail("a spill file could not be written: " +
                        m_spill->files[partition]->errorString().toStdString());
    }
    std::vector<SystemActivityEvent>().swap(m_events);
    std::unordered_map<std::string, std::size_t>().swap(m_index);
    m_bytes = 0;
    return true;
}

bool SystemActivityMerger::startPartition() {
    // One partition at a time, merged in memory and handed out in the order first seen.
    QFile& file = *m_spill->files[m_partition];
    if (!m_spill->write(m_partition) || !file.seek(0))
        return fail("a spill file could not be read back: " + file.errorString().toStdString());
    const QByteArray bytes = file.readAll();
    file.close();
    file.remove();
    std::string_view in(bytes.constData(), std::size_t(bytes.size()));
    while (!in.empty()) {
        SystemActivityEvent event;
        if (!SystemActivityEvent::read(in, event))
            return fail("a spill file is damaged");
        const auto found = m_index.find(event.id);
        if (found != m_index.end()) {
            m_events[found->second].merge(std::move(event));
        } else {
            m_index.emplace(event.id, m_events.size());
            m_events.push_back(std::move(event));
        }
    }
    std::sort(m_events.begin(), m_events.end(),
              [](const SystemActivityEvent& a, const SystemActivityEvent& b) {
                  return a.firstRow < b.firstRow;
              });
    ++m_partition;
    return true;
}

bool SystemActivityMerger::next(std::vector<SystemActivityEvent>& out, std::size_t max) {
    if (!m_error.empty())
        return false;
    if (!m_finishing) {
        m_finishing = true;
        if (m_spill && !m_events.empty() && !spillOpen())
            return false;
    }
    std::size_t given = 0;
    while (given < max) {
        if (m_cursor == m_events.size()) {
            std::vector<SystemActivityEvent>().swap(m_events);
            std::unordered_map<std::string, std::size_t>().swap(m_index);
            m_cursor = 0;
            if (!m_spill || m_partition == kPartitions)
                return true;
            if (!startPartition())
                return false;
            continue;
        }
        out.push_back(std::move(m_events[m_cursor++]));
        ++given;
        ++m_eventsOut;
    }
    return m_cursor == m_events.size() && (!m_spill || m_partition == kPartitions);
}

} // namespace ActionDeck
