#include "usageaggregate.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace coopdesk {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 msPerHour = 3600LL * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;

qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 m = a % b;
    return m < 0 ? m + b : m;
}

// Sums meters of one direction onto a shared grid of interval starts: an interval is a gap when
// no meter read it or any meter that should have read it has a gap there.
std::vector<double> sumOnGrid(const std::vector<const UsageSeries *> &group,
                              const std::vector<qint64> &grid)
{
    std::vector<double> sum(grid.size(), nan);
    if (group.empty())
        return sum;
    std::vector<quint8> broken(grid.size(), 0);
    for (const UsageSeries *s : group) {
        const bool sameGrid = s->startMs == grid;
        for (qsizetype i = 0; i < s->size(); ++i) {
            size_t at = size_t(i);
            if (!sameGrid) {
                const auto it = std::lower_bound(grid.begin(), grid.end(), s->startMs[size_t(i)]);
                at = size_t(it - grid.begin());
            }
            const double v = s->values[size_t(i)];
            if (std::isnan(v))
                broken[at] = 1;
            else
                sum[at] = std::isnan(sum[at]) ? v : sum[at] + v;
        }
    }
    for (size_t i = 0; i < grid.size(); ++i) {
        if (broken[i])
            sum[i] = nan;
    }
    return sum;
}

UsageResolution resolutionOf(UsageInterval interval)
{
    switch (interval) {
    case UsageInterval::Native:
        return UsageResolution::Native;
    case UsageInterval::Daily:
        return UsageResolution::Daily;
    case UsageInterval::Monthly:
        return UsageResolution::BillingPeriod;
    }
    return UsageResolution::Native;
}

// Running sums of one bucket: a value per flow, and how much of the bucket has readings.
struct Accumulator
{
    double in = nan;
    double out = nan;
    double net = nan;
    qint64 coveredMs = 0;
    bool sawGap = false;
    bool any = false;

    static void add(double &sum, const std::vector<double> &values, size_t i)
    {
        if (i >= values.size() || std::isnan(values[i]))
            return;
        sum = std::isnan(sum) ? values[i] : sum + values[i];
    }
};

// Groups consecutive rows of `view` into buckets: `bucketOf(row)` gives the [start, end) the row
// belongs to (rows are ascending, so equal buckets are adjacent).
template<typename BucketOf>
UsageView bucketize(const UsageView &view, UsageResolution resolution, BucketOf bucketOf)
{
    UsageView out;
    out.resolution = resolution;
    out.netMetered = view.netMetered;
    const auto &primary = view.primary();
    Accumulator acc;
    qint64 bucketStart = 0;
    qint64 bucketEnd = 0;
    const auto flush = [&] {
        if (!acc.any)
            return;
        out.startMs.push_back(bucketStart);
        out.endMs.push_back(bucketEnd);
        out.importKwh.push_back(acc.in);
        if (view.netMetered) {
            out.exportKwh.push_back(acc.out);
            out.netKwh.push_back(acc.net);
        }
        out.partial.push_back(acc.sawGap || acc.coveredMs < bucketEnd - bucketStart ? 1 : 0);
        acc = Accumulator();
    };
    for (qsizetype r = 0; r < view.size(); ++r) {
        const size_t i = size_t(r);
        const auto [s, e] = bucketOf(i);
        if (!acc.any || s != bucketStart) {
            flush();
            bucketStart = s;
            bucketEnd = e;
        }
        bucketEnd = std::max(bucketEnd, e);
        acc.any = true;
        Accumulator::add(acc.in, view.importKwh, i);
        Accumulator::add(acc.out, view.exportKwh, i);
        Accumulator::add(acc.net, view.netKwh, i);
        if (std::isnan(primary[i]) || (i < view.partial.size() && view.partial[i]))
            acc.sawGap = true;
        else
            acc.coveredMs += view.endMs[i] - view.startMs[i];
    }
    flush();
    return out;
}

} // namespace

double UsageView::total() const
{
    double sum = 0;
    for (double v : primary()) {
        if (!std::isnan(v))
            sum += v;
    }
    return sum;
}

namespace UsageAggregate {

UsageView flows(const UsageData &data)
{
    std::vector<const UsageSeries *> imports, exports, nets;
    for (const UsageSeries &s : data.series) {
        if (s.quantity != UsageQuantity::Usage)
            continue;
        switch (s.flow) {
        case FlowDirection::Forward:
        case FlowDirection::Total:
        case FlowDirection::Unknown:
            imports.push_back(&s);
            break;
        case FlowDirection::Return:
        case FlowDirection::Reverse:
            exports.push_back(&s);
            break;
        case FlowDirection::Net:
            nets.push_back(&s);
            break;
        }
    }

    UsageView view;
    view.resolution = resolutionOf(data.interval);
    view.netMetered = !exports.empty() || !nets.empty();

    // One grid of interval starts for every meter (they normally share it exactly).
    const UsageSeries *gridSource = nullptr;
    std::vector<qint64> grid;
    for (const auto *group : {&imports, &exports, &nets}) {
        for (const UsageSeries *s : *group) {
            if (!gridSource) {
                gridSource = s;
                grid = s->startMs;
            } else if (s->startMs != grid) {
                grid.insert(grid.end(), s->startMs.begin(), s->startMs.end());
                std::sort(grid.begin(), grid.end());
                grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
            }
        }
    }
    if (!gridSource)
        return view;
    view.startMs = grid;
    view.endMs.assign(grid.size(), 0);
    const bool labelled = data.interval == UsageInterval::Monthly;
    if (labelled)
        view.labels = QStringList(qsizetype(grid.size()));
    for (const auto *group : {&imports, &exports, &nets}) {
        for (const UsageSeries *s : *group) {
            for (qsizetype i = 0; i < s->size(); ++i) {
                const size_t at = size_t(std::lower_bound(grid.begin(), grid.end(),
                                                          s->startMs[size_t(i)]) - grid.begin());
                view.endMs[at] = std::max(view.endMs[at], s->endMs[size_t(i)]);
                if (labelled && i < s->labels.size() && view.labels[qsizetype(at)].isEmpty())
                    view.labels[qsizetype(at)] = s->labels[i];
            }
        }
    }

    std::vector<double> in = sumOnGrid(imports, grid);
    std::vector<double> out = sumOnGrid(exports, grid);
    std::vector<double> net = sumOnGrid(nets, grid);
    if (view.netMetered) {
        for (size_t i = 0; i < grid.size(); ++i) {
            if (!nets.empty() && imports.empty()) {
                // NET + RETURN meters: what came in is what NET counts plus what went out.
                if (!exports.empty())
                    in[i] = net[i] + out[i];
                else
                    in[i] = std::isnan(net[i]) ? nan : std::max(net[i], 0.0);
            }
            if (exports.empty())
                out[i] = std::isnan(net[i]) ? nan : std::max(-net[i], 0.0);
            if (nets.empty())
                net[i] = in[i] - out[i];
        }
        view.exportKwh = std::move(out);
        view.netKwh = std::move(net);
    }
    view.importKwh = std::move(in);
    view.partial.assign(grid.size(), 0);
    return view;
}

UsageView hourly(const UsageView &view, const WallClock &clock)
{
    return bucketize(view, UsageResolution::Hourly, [&](size_t i) {
        const qint64 s = view.startMs[i];
        // The local hour's start as a real instant: subtracting from the real instant keeps the
        // two 1 a.m. hours of a fall-back night apart.
        const qint64 start = s - floorMod(clock.toFakeUtc(s), msPerHour);
        return std::pair{ start, std::max(start + msPerHour, view.endMs[i]) };
    });
}

UsageView daily(const UsageView &view, const WallClock &clock)
{
    qint64 dayStart = 0;
    qint64 dayEnd = 0; // cached: most rows fall on the day of the row before
    return bucketize(view, UsageResolution::Daily, [&](size_t i) {
        const qint64 s = view.startMs[i];
        if (!(s >= dayStart && s < dayEnd)) {
            const QDate day = clock.localDate(s);
            dayStart = clock.startOfDay(day);
            dayEnd = clock.startOfDay(day.addDays(1));
        }
        return std::pair{ dayStart, std::max(dayEnd, view.endMs[i]) };
    });
}

UsageView byPeriods(const UsageView &view, std::span<const qint64> boundaries,
                    const QStringList &labels)
{
    UsageView out;
    out.resolution = UsageResolution::BillingPeriod;
    out.netMetered = view.netMetered;
    if (boundaries.size() < 2)
        return out;
    const size_t periods = boundaries.size() - 1;
    out.startMs.assign(boundaries.begin(), boundaries.end() - 1);
    out.endMs.assign(boundaries.begin() + 1, boundaries.end());
    out.importKwh.assign(periods, nan);
    if (view.netMetered) {
        out.exportKwh.assign(periods, nan);
        out.netKwh.assign(periods, nan);
    }
    std::vector<qint64> covered(periods, 0);
    std::vector<quint8> gaps(periods, 0);
    const auto &primary = view.primary();
    for (qsizetype r = 0; r < view.size(); ++r) {
        const size_t i = size_t(r);
        const auto it = std::upper_bound(boundaries.begin(), boundaries.end(), view.startMs[i]);
        if (it == boundaries.begin() || it == boundaries.end())
            continue;
        const size_t p = size_t(it - boundaries.begin()) - 1;
        Accumulator::add(out.importKwh[p], view.importKwh, i);
        if (view.netMetered) {
            Accumulator::add(out.exportKwh[p], view.exportKwh, i);
            Accumulator::add(out.netKwh[p], view.netKwh, i);
        }
        if (std::isnan(primary[i]) || (i < view.partial.size() && view.partial[i]))
            gaps[p] = 1;
        else
            covered[p] += view.endMs[i] - view.startMs[i];
    }
    out.partial.resize(periods);
    for (size_t p = 0; p < periods; ++p)
        out.partial[p] = gaps[p] || covered[p] < out.endMs[p] - out.startMs[p] ? 1 : 0;
    if (labels.size() == qsizetype(periods))
        out.labels = labels;
    return out;
}

UsageView atResolution(const UsageView &view, UsageResolution resolution, const WallClock &clock)
{
    switch (resolution) {
    case UsageResolution::Hourly:
        return view.resolution == UsageResolution::Native ? hourly(view, clock) : view;
    case UsageResolution::Daily:
        return view.resolution == UsageResolution::Native
                        || view.resolution == UsageResolution::Hourly
                ? daily(view, clock)
                : view;
    case UsageResolution::Native:
    case UsageResolution::BillingPeriod:
        break;
    }
    return view;
}

UsageView shiftedByYears(const UsageView &view, int years, const WallClock &clock)
{
    UsageView out = view;
    const auto shift = [&](qint64 ms) {
        // Move the local wall time, not the instant, so 6 p.m. stays 6 p.m. across DST.
        const qint64 fake = clock.toFakeUtc(ms);
        const qint64 dayMs = fake - floorMod(fake, msPerDay);
        const QDate day = QDate(1970, 1, 1).addDays(dayMs / msPerDay);
        const qint64 days = day.daysTo(day.addYears(years));
        return clock.fromFakeUtc(fake + days * msPerDay);
    };
    for (auto &s : out.startMs)
        s = shift(s);
    for (auto &e : out.endMs)
        e = shift(e);
    return out;
}

namespace {

const DailyTemperature *dayIn(const std::vector<DailyTemperature> &daily, QDate day)
{
    const auto it = std::lower_bound(daily.begin(), daily.end(), day,
                                     [](const DailyTemperature &t, QDate d) { return t.day < d; });
    return it != daily.end() && it->day == day ? &*it : nullptr;
}

double meanOverDays(const std::vector<DailyTemperature> &daily, QDate first, QDate last)
{
    double sum = 0;
    int n = 0;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const DailyTemperature *t = dayIn(daily, d);
        if (t && !std::isnan(t->meanF)) {
            sum += t->meanF;
            ++n;
        }
    }
    return n ? sum / n : nan;
}

} // namespace

std::vector<double> temperatureFor(const UsageView &view, const TemperatureSeries &temperatures,
                                   const WallClock &clock)
{
    std::vector<double> out(size_t(view.size()), nan);
    const auto &hours = temperatures.hourStartMs;
    for (qsizetype r = 0; r < view.size(); ++r) {
        const size_t i = size_t(r);
        const qint64 s = view.startMs[i];
        const qint64 e = view.endMs[i];
        if (e - s < 20 * msPerHour) {
            const auto it = std::upper_bound(hours.begin(), hours.end(), s);
            if (it != hours.begin() && s < *std::prev(it) + msPerHour) {
                out[i] = temperatures.hourlyF[size_t(it - hours.begin()) - 1];
                continue;
            }
            const DailyTemperature *t = dayIn(temperatures.daily, clock.localDate(s));
            if (t)
                out[i] = t->meanF;
            continue;
        }
        out[i] = meanOverDays(temperatures.daily, clock.localDate(s), clock.localDate(e - 1));
    }
    return out;
}

std::vector<SignaturePoint> signature(const UsageView &view, const TemperatureSeries &temperatures,
                                      const WallClock &clock)
{
    const UsageView days = view.resolution == UsageResolution::Native
                    || view.resolution == UsageResolution::Hourly
            ? daily(view, clock)
            : view;
    const std::vector<double> temps = temperatureFor(days, temperatures, clock);
    const auto &kwh = days.primary();
    std::vector<SignaturePoint> out;
    out.reserve(size_t(days.size()));
    for (qsizetype r = 0; r < days.size(); ++r) {
        const size_t i = size_t(r);
        if (std::isnan(kwh[i]) || std::isnan(temps[i]) || (i < days.partial.size() && days.partial[i]))
            continue;
        const QDate first = clock.localDate(days.startMs[i]);
        const qint64 n = std::max<qint64>(1, first.daysTo(clock.localDate(days.endMs[i] - 1)) + 1);
        out.push_back({ first, temps[i], kwh[i] / double(n) });
    }
    return out;
}

} // namespace UsageAggregate
} // namespace coopdesk
