#pragma once

#include "waituntil.h"

#include <QFuture>

#include <gtest/gtest.h>

namespace ActionDeck::TestSupport {

/// The future's result once it is finished (the event loop runs meanwhile), expected within
/// 20 s; a default value when it did not finish.
template <typename T> T await(QFuture<T> future) {
    EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }, 20000));
    return future.isFinished() ? future.result() : T{};
}

inline void await(QFuture<void> future) {
    EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }, 20000));
}

} // namespace ActionDeck::TestSupport
