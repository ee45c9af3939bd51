#include "usagebuckets.h"

namespace sim::payloads::detail {

using coopdesk::WallClock;

std::vector<Bucket> dailyBuckets(const WallClock &clock, qint64 fromMs, qint64 toMs)
{
    std::vector<Bucket> out;
    if (toMs <= fromMs)
        return out;
    QDate day = clock.localDate(fromMs);
    if (clock.startOfDay(day) < fromMs)
        day = day.addDays(1);
    const QDate last = clock.localDate(toMs - 1);
    if (day > last)
        return out;
    out.reserve(size_t(day.daysTo(last) + 1));
    qint64 start = clock.startOfDay(day);
    for (; day <= last; day = day.addDays(1)) {
        const QDate next = day.addDays(1);
        const qint64 end = clock.startOfDay(next);
        out.push_back({ start, end, WallClock::fakeUtcOf(day), WallClock::fakeUtcOf(next), {} });
        start = end;
    }
    return out;
}

std::vector<Bucket> monthlyBuckets(const WallClock &clock, const QList<BillingPeriod> &closed,
                                   QDate openStart, qint64 dataEndMs, qint64 fromMs, qint64 toMs)
{
    std::vector<Bucket> out;
    const auto overlaps = [&](qint64 start, qint64 end) {
        return start < toMs && end > fromMs;
    };
    for (const BillingPeriod &period : closed) {
        const QDate next = period.end.addDays(1);
        const qint64 start = clock.startOfDay(period.start);
        const qint64 end = clock.startOfDay(next);
        if (overlaps(start, end))
            out.push_back({ start, end, WallClock::fakeUtcOf(period.start),
                            WallClock::fakeUtcOf(next), period.label });
    }
    if (openStart.isValid()) {
        const qint64 start = clock.startOfDay(openStart);
        const qint64 end = qMax(start, dataEndMs);
        // An empty open period (billed today) still counts as a period reaching to its start.
        if (overlaps(start, qMax(end, start + 1))) {
            if (out.empty() || out.back().realEnd <= start)
                out.push_back({ start, end, WallClock::fakeUtcOf(openStart), openPeriodEndX,
                                QString::fromLatin1(openPeriodLabel) });
        }
    }
    return out;
}

std::vector<int> assignToBuckets(const std::vector<qint64> &starts,
                                 const std::vector<Bucket> &buckets)
{
    std::vector<int> out(starts.size(), -1);
    size_t b = 0;
    for (size_t i = 0; i < starts.size(); ++i) {
        const qint64 t = starts[i];
        while (b < buckets.size() && buckets[b].realEnd <= t)
            ++b;
        if (b == buckets.size())
            break;
        if (t >= buckets[b].realStart)
            out[i] = int(b);
    }
    return out;
}

} // namespace sim::payloads::detail
