#include "usageseries.h"

#include "common.h"
#include "jsonwriter.h"

#include <algorithm>

namespace sim::payloads::detail {

using coopdesk::WallClock;

bool isConsumption(const Meter &meter)
{
    return meter.flow == FlowDirection::Forward || meter.flow == FlowDirection::Net
        || meter.flow == FlowDirection::Total;
}

namespace {

// One meter's readings summed into buckets.
struct MeterSums
{
    const Meter *meter = nullptr;
    int meterIndex = 0;
    std::vector<Bucket> own; // HOURLY: one bucket per interval
    const std::vector<Bucket> *shared = nullptr; // DAILY/MONTHLY: the buckets all meters share
    std::vector<int> count;
    std::vector<double> kwh;
    std::vector<double> cost; // dollars
    std::vector<double> kw; // highest interval demand
    std::vector<std::vector<double>> tou; // [period][bucket]
    std::vector<int> touOf; // HOURLY: the interval's period, -1 unclassified

    const std::vector<Bucket> &buckets() const { return shared ? *shared : own; }
};

std::vector<Bucket> sharedBuckets(const World &world, const Account &account,
                                  const UsageQuery &query, qint64 from, qint64 to)
{
    const WallClock &clock = world.wallClock();
    if (query.timeFrame == TimeFrame::Daily)
        return dailyBuckets(clock, from, to);
    QList<BillingPeriod> periods;
    const QList<Bill> bills = world.bills(account);
    periods.reserve(bills.size());
    for (const Bill &bill : bills)
        periods.append({ bill.periodStart, bill.periodEnd, monthLabel(billMonth(bill)) });
    const QDate openStart = account.inactive ? QDate() : world.openPeriodStart(account);
    return monthlyBuckets(clock, periods, openStart, world.dataEndMs(), from, to);
}

struct Flags
{
    bool tou = false;
    bool cost = false;
    bool demand = false;
};

MeterSums sumMeter(const World &world, const ServiceLocation &location, int meterIndex,
                   const UsageQuery &query, const std::vector<Bucket> &shared, qint64 fetchFrom,
                   qint64 fetchTo, const Flags &flags, const QStringList &periodNames)
{
    const Meter &meter = location.meters.at(meterIndex);
    const RateSchedule &rate = location.rate;
    const bool hourly = query.timeFrame == TimeFrame::Hourly;
    MeterSums m;
    m.meter = &meter;
    m.meterIndex = meterIndex;

    IntervalSeries readings;
    if (fetchFrom < fetchTo)
        readings = world.usage(location, meter, fetchFrom, fetchTo);
    const int minutes
        = readings.intervalMinutes > 0 ? readings.intervalMinutes : meter.intervalMinutes;
    const size_t n = std::min(readings.startMs.size(), readings.kwh.size());

    std::vector<int> bucketOf;
    if (hourly) {
        bucketOf.assign(n, -1);
        m.own.reserve(n);
        for (size_t i = 0; i < n; ++i) {
            const qint64 start = readings.startMs[i];
            if (start < query.startMs || start >= query.endMs)
                continue;
            bucketOf[i] = int(m.own.size());
            m.own.push_back(intervalBucket(world.wallClock(), start, minutes));
        }
    } else {
        bucketOf = assignToBuckets(readings.startMs, shared);
        m.shared = &shared;
    }

    const size_t buckets = m.buckets().size();
    const bool consumption = isConsumption(meter);
    m.count.assign(buckets, 0);
    m.kwh.assign(buckets, 0.0);
    if (consumption && flags.cost)
        m.cost.assign(buckets, 0.0);
    if (consumption && flags.demand)
        m.kw.assign(buckets, 0.0);
    if (consumption && flags.tou) {
        m.tou.assign(size_t(periodNames.size()), std::vector<double>(buckets, 0.0));
        if (hourly)
            m.touOf.assign(buckets, -1);
    }

    const double kwPerKwh = 60.0 / minutes;
    for (size_t i = 0; i < n; ++i) {
        const int b = bucketOf[i];
        if (b < 0)
            continue;
        const double v = readings.kwh[i];
        const qint64 start = readings.startMs[i];
        ++m.count[size_t(b)];
        m.kwh[size_t(b)] += v;
        if (!consumption)
            continue;
        if (flags.cost) {
            // Exported energy (negative on a NET meter) is credited at the export rate when the
            // schedule has one, else at the retail price (simple net metering).
            const qint64 micro = v < 0 && rate.netExportCreditMicroDollarsPerKwh > 0
                ? rate.netExportCreditMicroDollarsPerKwh
                : world.priceAt(rate, start);
            m.cost[size_t(b)] += v * double(micro) / 1e6;
        }
        if (flags.demand)
            m.kw[size_t(b)] = std::max(m.kw[size_t(b)], v * kwPerKwh);
        if (flags.tou) {
            const int p = int(periodNames.indexOf(world.touPeriodAt(rate, start)));
            if (p >= 0) {
                m.tou[size_t(p)][size_t(b)] += v;
                if (hourly)
                    m.touOf[size_t(b)] = p;
            }
        }
    }
    return m;
}

// Points of one series: every bucket the meter has readings in (for an HOURLY period series,
// only the intervals that fall in that period).
SeriesPoints makeSeries(const MeterSums &m, const QString &seriesId, const QString &rateName,
                        const std::vector<double> &values, int decimals, int onlyPeriod)
{
    SeriesPoints s;
    s.meter = m.meter;
    s.meterIndex = m.meterIndex;
    s.seriesId = seriesId;
    s.rateName = rateName;
    s.decimals = decimals;
    const size_t buckets = m.count.size();
    s.x.reserve(buckets);
    s.y.reserve(buckets);
    for (size_t b = 0; b < buckets; ++b) {
        if (m.count[b] == 0)
            continue;
        if (onlyPeriod >= 0 && m.touOf[b] != onlyPeriod)
            continue;
        s.x.push_back(m.buckets()[b].x);
        s.y.push_back(JsonWriter::roundTo(values[b], decimals));
    }
    return s;
}

// baseSeries: the total per point of the series that add up (consumption series; for
// TIME_OF_USE the period series). DAILY/MONTHLY sum the written (rounded) values per bucket as
// the portal does, so a TOU total can read 57.029999999999994. HOURLY uses the first contributing
// series (its points may repeat an x on the fall-back day, which a sum by x would merge).
void fillBase(UsageEntry &entry, const std::vector<Bucket> &shared, bool hourly)
{
    std::vector<const SeriesPoints *> parts;
    for (const SeriesPoints &s : entry.series) {
        if (entry.kind != EntryKind::Usage || isConsumption(*s.meter))
            parts.push_back(&s);
    }
    if (parts.empty() && !entry.series.empty())
        parts.push_back(&entry.series.front());
    if (parts.empty())
        return;
    if (hourly) {
        if (entry.kind == EntryKind::TimeOfUse)
            return; // filled by the caller from the meter's USAGE series
        entry.baseX = parts.front()->x;
        entry.baseY = parts.front()->y;
        return;
    }
    std::vector<double> sum(shared.size(), 0.0);
    std::vector<char> has(shared.size(), 0);
    for (const SeriesPoints *s : parts) {
        // x values are the shared buckets' x, ascending: walk both together.
        size_t b = 0;
        for (size_t i = 0; i < s->x.size(); ++i) {
            while (b < shared.size() && shared[b].x < s->x[i])
                ++b;
            if (b < shared.size() && shared[b].x == s->x[i]) {
                sum[b] += s->y[i];
                has[b] = 1;
            }
        }
    }
    for (size_t b = 0; b < shared.size(); ++b) {
        if (has[b]) {
            entry.baseX.push_back(shared[b].x);
            entry.baseY.push_back(sum[b]);
        }
    }
}

} // namespace

UsageAnswer computeUsage(const World &world, const Account &account,
                         const ServiceLocation &location, const UsageQuery &query)
{
    const WallClock &clock = world.wallClock();
    const RateSchedule &rate = location.rate;
    const bool hourly = query.timeFrame == TimeFrame::Hourly;

    // Clip to data that can exist before making buckets: a 100-year DAILY request must not
    // make 36,500 empty days.
    qint64 from = query.startMs;
    if (location.connectDate.isValid())
        from = std::max(from, clock.startOfDay(location.connectDate));
    const qint64 to = std::min(query.endMs, world.dataEndMs());

    std::vector<Bucket> shared;
    qint64 fetchFrom = from;
    qint64 fetchTo = to;
    if (!hourly) {
        if (from < to)
            shared = sharedBuckets(world, account, query, from, to);
        if (shared.empty()) {
            fetchTo = fetchFrom;
        } else {
            fetchFrom = shared.front().realStart;
            fetchTo = shared.back().realEnd;
        }
    }

    Flags flags;
    flags.tou = rate.isTimeOfUse();
    flags.cost = rate.publishesCost;
    flags.demand = query.includeDemand && rate.hasDemand();
    QStringList periodNames;
    for (const TouPeriod &period : rate.touPeriods) {
        if (!periodNames.contains(period.name))
            periodNames.append(period.name);
    }
    std::sort(periodNames.begin(), periodNames.end()); // the portal lists periods alphabetically

    std::vector<MeterSums> sums;
    sums.reserve(size_t(location.meters.size()));
    for (int i = 0; i < location.meters.size(); ++i)
        sums.push_back(
            sumMeter(world, location, i, query, shared, fetchFrom, fetchTo, flags, periodNames));

    const int kwhDecimals = hourly ? 3 : 2;
    UsageAnswer answer;

    UsageEntry usage;
    usage.kind = EntryKind::Usage;
    for (const MeterSums &m : sums)
        usage.series.push_back(makeSeries(m, m.meter->number, {}, m.kwh, kwhDecimals, -1));
    fillBase(usage, shared, hourly);

    if (flags.tou) {
        UsageEntry tou;
        tou.kind = EntryKind::TimeOfUse;
        for (const MeterSums &m : sums) {
            if (m.tou.empty())
                continue;
            for (int p = 0; p < periodNames.size(); ++p) {
                const QString &name = periodNames.at(p);
                tou.series.push_back(makeSeries(m, m.meter->number + u" - " + name, name,
                                                m.tou[size_t(p)], kwhDecimals, hourly ? p : -1));
            }
        }
        fillBase(tou, shared, hourly);
        if (hourly) {
            for (const SeriesPoints &s : usage.series) {
                if (isConsumption(*s.meter)) {
                    tou.baseX = s.x;
                    tou.baseY = s.y;
                    break;
                }
            }
        }
        answer.entries.push_back(std::move(tou));
    }
    answer.entries.insert(answer.entries.begin(), std::move(usage));

    if (flags.cost) {
        UsageEntry cost;
        cost.kind = EntryKind::Cost;
        for (const MeterSums &m : sums) {
            if (!m.cost.empty())
                cost.series.push_back(
                    makeSeries(m, m.meter->number, {}, m.cost, hourly ? 4 : 2, -1));
        }
        fillBase(cost, shared, hourly);
        answer.entries.push_back(std::move(cost));
    }
    if (flags.demand) {
        UsageEntry demand;
        demand.kind = EntryKind::Demand;
        for (const MeterSums &m : sums) {
            if (!m.kw.empty())
                demand.series.push_back(
                    makeSeries(m, m.meter->number, {}, m.kw, hourly ? 3 : 2, -1));
        }
        fillBase(demand, shared, hourly);
        answer.entries.push_back(std::move(demand));
    }

    // xToOrderedInterval: every x any meter has a point at, first occurrence first.
    if (hourly) {
        size_t total = 0;
        for (const MeterSums &m : sums)
            total += m.own.size();
        answer.columns.reserve(total);
        for (const MeterSums &m : sums)
            answer.columns.insert(answer.columns.end(), m.own.begin(), m.own.end());
        std::stable_sort(answer.columns.begin(), answer.columns.end(),
                         [](const Bucket &a, const Bucket &b) { return a.x < b.x; });
        answer.columns.erase(
            std::unique(answer.columns.begin(), answer.columns.end(),
                        [](const Bucket &a, const Bucket &b) { return a.x == b.x; }),
            answer.columns.end());
    } else {
        for (size_t b = 0; b < shared.size(); ++b) {
            const bool any = std::any_of(sums.begin(), sums.end(),
                                         [b](const MeterSums &m) { return m.count[b] > 0; });
            if (any)
                answer.columns.push_back(shared[b]);
        }
    }
    return answer;
}

} // namespace sim::payloads::detail
