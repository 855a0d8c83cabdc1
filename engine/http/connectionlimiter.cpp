#include "http/connectionlimiter.h"

namespace ActionDeck {

void ConnectionLimiter::setLimits(int maxInAll, int maxPerAddress) {
    m_maxInAll = maxInAll;
    m_maxPerAddress = maxPerAddress;
}

ConnectionLimiter::Verdict ConnectionLimiter::admit(const std::string& address, bool countInAll) {
    if (countInAll && m_open >= m_maxInAll)
        return Verdict::TooManyInAll;
    int& fromAddress = m_perAddress[address];
    if (fromAddress >= m_maxPerAddress) {
        if (fromAddress == 0)
            m_perAddress.erase(address);
        return Verdict::TooManyFromAddress;
    }
    ++fromAddress;
    if (countInAll)
        ++m_open;
    return Verdict::Admitted;
}

void ConnectionLimiter::release(const std::string& address, bool countedInAll) {
    if (countedInAll)
        --m_open;
    const auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it->second <= 0)
        m_perAddress.erase(it);
}

bool ConnectionLimiter::admitUncounted() {
    if (m_open >= m_maxInAll)
        return false;
    ++m_open;
    return true;
}

void ConnectionLimiter::releaseUncounted() {
    --m_open;
}

int ConnectionLimiter::openFrom(const std::string& address) const {
    const auto it = m_perAddress.find(address);
    return it == m_perAddress.end() ? 0 : it->second;
}

} // namespace ActionDeck
