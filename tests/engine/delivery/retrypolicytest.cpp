#include "delivery/retrypolicy.h"

#include <gtest/gtest.h>

using namespace ActionDeck;

TEST(RetryPolicy, BackoffDoublesUpToTheCap) {
    const RetryPolicy policy({1000, 60000});
    EXPECT_EQ(policy.ceilingMs(1), 1000);
    EXPECT_EQ(policy.ceilingMs(2), 2000);
    EXPECT_EQ(policy.ceilingMs(3), 4000);
    EXPECT_EQ(policy.ceilingMs(6), 32000);
    EXPECT_EQ(policy.ceilingMs(7), 60000);
    EXPECT_EQ(policy.ceilingMs(1000), 60000);
}

TEST(RetryPolicy, JitterStaysBetweenHalfTheCeilingAndTheCeiling) {
    const RetryPolicy policy({1000, 60000});
    EXPECT_EQ(policy.delayMs(3, 0.0, std::nullopt), 2000);
    EXPECT_EQ(policy.delayMs(3, 0.5, std::nullopt), 3000);
    EXPECT_EQ(policy.delayMs(3, 0.999999, std::nullopt), 3999);
    qint64 previousCeiling = 0;
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const qint64 low = policy.delayMs(attempt, 0.0, std::nullopt);
        EXPECT_GE(low, previousCeiling / 2) << attempt;
        previousCeiling = policy.ceilingMs(attempt);
    }
}

TEST(RetryPolicy, RetryAfterWinsWhenItAsksForLonger) {
    const RetryPolicy policy({1000, 60000});
    EXPECT_EQ(policy.delayMs(1, 0.0, 30000), 30000);
    EXPECT_EQ(policy.delayMs(5, 0.0, 100), 8000);
}

TEST(RetryPolicy, ParsesRetryAfterSecondsAndHttpDates) {
    EXPECT_EQ(RetryPolicy::parseRetryAfter("120", 0), 120000);
    EXPECT_EQ(RetryPolicy::parseRetryAfter(" 0 ", 0), 0);
    // 2015-10-21T07:28:00Z is 1445412480000 ms.
    EXPECT_EQ(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", 1445412470000), 10000);
    EXPECT_EQ(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", 1445412490000), 0);
    EXPECT_FALSE(RetryPolicy::parseRetryAfter("", 0));
    EXPECT_FALSE(RetryPolicy::parseRetryAfter("soon", 0));
    EXPECT_FALSE(RetryPolicy::parseRetryAfter("-5", 0));
}

TEST(RetryPolicy, RetriesNetworkErrorsTimeouts429And5xxOnly) {
    for (const int status : {0, 408, 429, 500, 502, 503, 504})
        EXPECT_TRUE(RetryPolicy::isRetryable(status)) << status;
    for (const int status : {400, 401, 403, 404, 413, 422})
        EXPECT_FALSE(RetryPolicy::isRetryable(status)) << status;
}

TEST(RetryPolicy, RetryAfterIsHonouredBeyondTheBackoffCapUpToItsOwnLimit) {
    const RetryPolicy policy({1000, 5000, 3600000});
    EXPECT_EQ(policy.delayMs(1, 0.0, 120000), 120000);
    EXPECT_EQ(policy.delayMs(1, 0.0, 86400000), 3600000);
}
