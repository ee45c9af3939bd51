#pragma once

#include "models/wallclock.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

// How the usage poll groups native-interval readings into the points it answers with. Pure
// functions of a WallClock and plain values, so DST behaviour is unit-tested without a World.
namespace sim::payloads::detail {

// One point's interval: the real instants it covers, and the fake-UTC x / end the wire shows.
struct Bucket
{
    qint64 realStart = 0; // [realStart, realEnd)
    qint64 realEnd = 0;
    qint64 x = 0; // fake-UTC start (the point's x)
    qint64 xEnd = 0; // fake-UTC end (xToOrderedInterval.interval.end)
    QString orderedName; // MONTHLY only: "Jun 2026", "Dec 9999"
};

// A closed billing period for MONTHLY: local days [start, end] and its label.
struct BillingPeriod
{
    QDate start;
    QDate end; // inclusive
    QString label; // "Jun 2026"
};

// Fake-UTC end of the open billing period: 9999-12-31T00:00Z, the portal's "no end yet" sentinel.
inline constexpr qint64 openPeriodEndX = 253402214400000LL;
inline constexpr char openPeriodLabel[] = "Dec 9999";

// DAILY: one bucket per local day whose midnight lies in [fromMs, toMs). A 23- or 25-hour day
// is still one bucket; its x is the fake-UTC midnight and its end the next fake-UTC midnight.
std::vector<Bucket> dailyBuckets(const coopdesk::WallClock &clock, qint64 fromMs, qint64 toMs);

// MONTHLY: the closed periods that overlap [fromMs, toMs), then the open period (from
// `openStart`, running to `dataEndMs`) when it overlaps too. Periods are taken whole.
std::vector<Bucket> monthlyBuckets(const coopdesk::WallClock &clock,
                                   const QList<BillingPeriod> &closed, QDate openStart,
                                   qint64 dataEndMs, qint64 fromMs, qint64 toMs);

// HOURLY: the interval itself. On the fall-back day the repeated hour's intervals map to the same
// fake-UTC x as the first occurrence (wall clock reads the same), so x goes back by an hour once;
// the end is always x + the interval, never before x.
inline Bucket intervalBucket(const coopdesk::WallClock &clock, qint64 startMs, int intervalMinutes)
{
    const qint64 length = qint64(intervalMinutes) * 60000;
    const qint64 x = clock.toFakeUtc(startMs);
    return { startMs, startMs + length, x, x + length, {} };
}

// For ascending interval starts and ascending, non-overlapping buckets: the bucket index of each
// interval, or -1 when it falls in none. One linear pass.
std::vector<int> assignToBuckets(const std::vector<qint64> &starts,
                                 const std::vector<Bucket> &buckets);

} // namespace sim::payloads::detail
