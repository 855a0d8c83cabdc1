#pragma once

// A call posted to another thread through Qt's event queue, made visible to ThreadSanitizer.
//
// Debian's Qt is not built with TSan: the mutex of its event queue orders what the posting
// thread wrote before posting with what the receiving thread reads when the call runs, but TSan
// cannot see that mutex, so every capture of a posted functor looks unsynchronised. Wrapping the
// functor in handedOver() tells TSan about that edge at the one place it exists (the poster
// releases once the functor is in place, the receiver acquires before it runs or is destroyed),
// so a real race on the same data is still reported. Outside the TSan build it is the functor.

#include <utility>

#ifdef ACTIONDECK_THREAD_SANITIZER
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
#endif

namespace ActionDeck {

#ifdef ACTIONDECK_THREAD_SANITIZER

// The synchronisation address is the wrapper itself: reading a member to find it would be a read
// of the handed-over memory before the acquire. Qt moves the wrapper into its call object after it
// is made, so each move releases again at its new place, the one the receiver will use.
template <class F> class HandedOver {
public:
    explicit HandedOver(F f)
        : m_f(std::move(f)) {
        __tsan_release(this);
    }
    HandedOver(HandedOver&& other) noexcept
        : m_f(std::move(other.m_f)) {
        __tsan_release(this);
    }
    HandedOver& operator=(HandedOver&&) = delete;
    // Whichever thread drops Qt's last reference destroys the functor (Qt's reference count is
    // invisible too): after what the other did with it.
    ~HandedOver() { __tsan_acquire(this); }
    // Released after the call as well: a blocking call's poster reads what the call wrote.
    void operator()() {
        __tsan_acquire(this);
        m_f();
        __tsan_release(this);
    }

private:
    F m_f;
};

template <class F> HandedOver<F> handedOver(F f) {
    return HandedOver<F>(std::move(f));
}

#else

template <class F> F handedOver(F f) {
    return f;
}

#endif

} // namespace ActionDeck
