#pragma once

#include <QRandomGenerator64>

#include <string>

namespace ActionDeck {

/// The source of message ids and generated anonymous ids, injected so that tests are exact.
class IdGenerator {
public:
    virtual ~IdGenerator() = default;
    /// Appends a new UUID in its 36-character text form.
    virtual void appendUuid(std::string& out) = 0;
};

/// Random (version 4) UUIDs from a generator seeded once from the system's entropy source;
/// QUuid::createUuid() would make a system call for every id.
class RandomIdGenerator : public IdGenerator {
public:
    RandomIdGenerator();
    void appendUuid(std::string& out) override;

private:
    QRandomGenerator64 m_random;
};

} // namespace ActionDeck
