#pragma once

#include <string>
#include <unordered_map>

namespace ActionDeck {

/// Counts open connections in all and per client address, so that one address can not take
/// every descriptor the hub has. Used on the network thread only.
class ConnectionLimiter {
public:
    enum class Verdict { Admitted, TooManyInAll, TooManyFromAddress };

    void setLimits(int maxInAll, int maxPerAddress);
    /// Counts one more connection (or proxied request) from `address` when the limits allow it.
    Verdict admit(const std::string& address, bool countInAll = true);
    void release(const std::string& address, bool countedInAll = true);
    /// Counts a connection in all only (a trusted proxy's: its clients are counted one by one).
    bool admitUncounted();
    void releaseUncounted();

    int open() const { return m_open; }
    int openFrom(const std::string& address) const;

private:
    int m_maxInAll = 512;
    int m_maxPerAddress = 64;
    int m_open = 0;
    std::unordered_map<std::string, int> m_perAddress;
};

} // namespace ActionDeck
