// POST utility-usage/poll: RawPoll -> UsageData. The rules (smarthub-api.md §4.3-4.4):
// - one UsageSeries per entry type (USAGE, TIME_OF_USE, COST, DEMAND) and series; the meter of a
//   series (meters[], by seriesId) gives its flow direction; an unknown direction is kept as
//   consumption, with a log line;
// - x is the co-op's wall clock written as UTC. On the fall-back day the repeated hour comes
//   back with the same x as its first pass, so an x not later than one already seen in the
//   series is read as the second occurrence;
// - interval ends come from xToOrderedInterval (same clock convention) when it lists the x,
//   else from the interval kind: native = start + the smallest step between points, daily =
//   next local midnight, monthly = next point (the last: the request's end). The open MONTHLY
//   period ("Dec 9999") keeps its label and ends at the request's end.
#include "jsonsupport.h"
#include "parsers.h"
#include "pollraw.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace coopdesk::net::parse {

using namespace detail;

namespace {

constexpr qint64 msPerHour = 3600LL * 1000;
// Any end at or after this fake-UTC instant (year 9000) is the portal's "no end yet" sentinel.
const qint64 openEndThreshold = WallClock::fakeUtcOf(QDate(9000, 1, 1));

std::optional<UsageQuantity> quantityOf(const QString &type)
{
    if (type == u"USAGE")
        return UsageQuantity::Usage;
    if (type == u"TIME_OF_USE")
        return UsageQuantity::TimeOfUse;
    if (type == u"COST")
        return UsageQuantity::Cost;
    if (type == u"DEMAND")
        return UsageQuantity::Demand;
    return std::nullopt;
}

QString defaultUnit(UsageQuantity q)
{
    switch (q) {
    case UsageQuantity::Cost:
        return QStringLiteral("USD");
    case UsageQuantity::Demand:
        return QStringLiteral("KW");
    case UsageQuantity::Usage:
    case UsageQuantity::TimeOfUse:
        break;
    }
    return QStringLiteral("KWH");
}

std::optional<FlowDirection> knownFlow(const QString &name)
{
    static const struct
    {
        const char16_t *name;
        FlowDirection flow;
    } names[] = { { u"FORWARD", FlowDirection::Forward },
                  { u"NET", FlowDirection::Net },
                  { u"RETURN", FlowDirection::Return },
                  { u"REVERSE", FlowDirection::Reverse },
                  { u"TOTAL", FlowDirection::Total } };
    for (const auto &n : names) {
        if (name.compare(QStringView(n.name), Qt::CaseInsensitive) == 0)
            return n.flow;
    }
    return std::nullopt;
}

// Meters of the whole answer: an entry's own first, then any entry's (a COST or DEMAND entry may
// list no meters of its own).
class MeterIndex
{
public:
    explicit MeterIndex(const std::vector<RawEntry> &entries)
        : m_entries(entries)
    {
    }

    const RawMeter *find(const RawEntry &own, const RawSeries &s) const
    {
        if (const RawMeter *m = inEntry(own, s))
            return m;
        for (const RawEntry &e : m_entries) {
            if (const RawMeter *m = inEntry(e, s))
                return m;
        }
        return nullptr;
    }

private:
    static const RawMeter *inEntry(const RawEntry &e, const RawSeries &s)
    {
        for (const RawMeter &m : e.meters) {
            if (!s.name.isEmpty() && m.seriesId == s.name)
                return &m;
        }
        const QString meter
            = s.meterNumber.isEmpty() ? s.name.section(u" - "_qs, 0, 0) : s.meterNumber;
        for (const RawMeter &m : e.meters) {
            if (!meter.isEmpty() && m.meterNumber == meter)
                return &m;
        }
        return nullptr;
    }

    const std::vector<RawEntry> &m_entries;
};

// The native interval: the smallest step between consecutive points of any series.
qint64 nativeLength(const RawPoll &raw)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (const RawEntry &e : raw.entries) {
        for (const RawSeries &s : e.series) {
            for (size_t i = 1; i < s.x.size(); ++i) {
                const qint64 step = s.x[i] - s.x[i - 1];
                if (step > 0 && step < best)
                    best = step;
            }
        }
    }
    return best == std::numeric_limits<qint64>::max() ? msPerHour : best;
}

struct Range
{
    qint64 from = 0;
    qint64 to = 0;
};

// The requested range: the caller's, else the request echo, else the entries' own bounds (real
// instants on every entry but TIME_OF_USE, which states them on the wall clock).
Range requestRange(const RawPoll &raw, const WallClock &clock, qint64 fromMs, qint64 toMs)
{
    Range r { fromMs, toMs };
    for (const RawEntry &e : raw.entries) {
        if (r.from == 0 && e.requestStart)
            r.from = *e.requestStart;
        if (r.to == 0 && e.requestEnd)
            r.to = *e.requestEnd;
    }
    for (const RawEntry &e : raw.entries) {
        const bool fake = e.type == u"TIME_OF_USE";
        if (r.from == 0 && e.startDateTime)
            r.from = fake ? clock.fromFakeUtc(*e.startDateTime) : *e.startDateTime;
        if (r.to == 0 && e.endDateTime)
            r.to = fake ? clock.fromFakeUtc(*e.endDateTime) : *e.endDateTime;
    }
    return r;
}

// Looks up columns by x; points come mostly in ascending order, so a cursor usually suffices.
class ColumnCursor
{
public:
    explicit ColumnCursor(const RawColumns *columns)
        : m_columns(columns)
    {
    }

    const RawColumns::Column *find(qint64 x)
    {
        if (!m_columns || m_columns->list.empty())
            return nullptr;
        const auto &list = m_columns->list;
        if (m_at >= list.size() || list[m_at].x > x) {
            m_at = size_t(
                std::lower_bound(list.begin(), list.end(), x,
                                 [](const RawColumns::Column &c, qint64 v) { return c.x < v; })
                - list.begin());
        } else {
            while (m_at < list.size() && list[m_at].x < x)
                ++m_at;
        }
        if (m_at < list.size() && list[m_at].x == x)
            return &list[m_at];
        return nullptr;
    }

private:
    const RawColumns *m_columns;
    size_t m_at = 0;
};

// Fake-UTC -> real instants for runs of points. Most fake days have one UTC offset from
// midnight to midnight; for those the conversion is a subtraction. Days with a transition (and
// anything unusual) go through WallClock::fromFakeUtc, which resolves repeated and skipped
// wall times.
class FakeUtcConverter
{
public:
    explicit FakeUtcConverter(const WallClock &clock)
        : m_clock(clock)
    {
    }

    qint64 toReal(qint64 fake, bool secondOccurrence)
    {
        const qint64 day = floorDiv(fake, msPerDay);
        if (day != m_day) {
            m_day = day;
            const qint64 start = day * msPerDay;
            const qint64 first = start - m_clock.fromFakeUtc(start);
            const qint64 last = start + msPerDay - m_clock.fromFakeUtc(start + msPerDay);
            m_plain = first == last;
            m_offset = first;
        }
        return m_plain ? fake - m_offset : m_clock.fromFakeUtc(fake, secondOccurrence);
    }

private:
    static constexpr qint64 msPerDay = 24 * msPerHour;
    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - (a % b < 0 ? 1 : 0); }

    const WallClock &m_clock;
    qint64 m_day = std::numeric_limits<qint64>::min();
    qint64 m_offset = 0;
    bool m_plain = false;
};

struct BuildContext
{
    const WallClock &clock;
    UsageInterval interval;
    qint64 nativeMs;
    Range range;
};

// Converts x in place into real starts and fills ends (and MONTHLY labels).
void convertTimes(UsageSeries &out, const RawColumns *columns, const BuildContext &c)
{
    std::vector<qint64> &starts = out.startMs; // holds x on entry
    const size_t n = starts.size();
    out.endMs.resize(n);
    ColumnCursor cursor(columns);
    FakeUtcConverter convert(c.clock);
    qint64 latestX = std::numeric_limits<qint64>::min();
    const bool monthly = c.interval == UsageInterval::Monthly;
    if (monthly)
        out.labels.reserve(qsizetype(n));
    std::vector<char> openEnded; // MONTHLY points whose end is the next point's start
    if (monthly)
        openEnded.assign(n, 0);

    for (size_t i = 0; i < n; ++i) {
        const qint64 x = starts[i];
        const bool repeated = x <= latestX;
        latestX = std::max(latestX, x);
        const qint64 start = convert.toReal(x, repeated);
        const RawColumns::Column *column = cursor.find(x);
        qint64 end = 0;
        switch (c.interval) {
        case UsageInterval::Native: {
            // A length, not an instant: the end of a repeated hour's first pass is not on the
            // wall clock's second reading.
            const qint64 length = column && column->end > x ? column->end - x : c.nativeMs;
            end = start + length;
            break;
        }
        case UsageInterval::Daily:
            end = column && column->end > x ? convert.toReal(column->end, false) : 0;
            if (end <= start)
                end = c.clock.startOfDay(c.clock.localDate(start).addDays(1));
            break;
        case UsageInterval::Monthly:
            if (column && column->end >= openEndThreshold)
                end = c.range.to;
            else if (column && column->end > x)
                end = c.clock.fromFakeUtc(column->end);
            else
                openEnded[i] = 1;
            out.labels.append(column && column->label >= 0 ? columns->labels.at(column->label)
                                                           : QString());
            break;
        }
        starts[i] = start;
        out.endMs[i] = end;
    }
    if (monthly) {
        for (size_t i = 0; i < n; ++i) {
            if (!openEnded[i] && out.endMs[i] > starts[i])
                continue;
            out.endMs[i] = i + 1 < n ? starts[i + 1] : c.range.to;
            if (out.endMs[i] <= starts[i]) // no request end known: a calendar month
                out.endMs[i] = c.clock.startOfDay(c.clock.localDate(starts[i]).addMonths(1));
        }
    }
}

// Starts must ascend strictly. Anything else (a portal listing points out of order, or the same
// instant twice) is put right here: sorted, the first of equal starts kept.
void normalizeOrder(UsageSeries &s)
{
    const size_t n = s.startMs.size();
    bool ascending = true;
    for (size_t i = 1; i < n && ascending; ++i)
        ascending = s.startMs[i] > s.startMs[i - 1];
    if (ascending)
        return;
    qCWarning(lcParse) << "poll: points out of order or repeated in a series; sorted";
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&s](size_t a, size_t b) { return s.startMs[a] < s.startMs[b]; });
    UsageSeries sorted;
    const bool labelled = s.labels.size() == qsizetype(n);
    for (size_t i : order) {
        if (!sorted.startMs.empty() && sorted.startMs.back() == s.startMs[i])
            continue;
        sorted.startMs.push_back(s.startMs[i]);
        sorted.endMs.push_back(s.endMs[i]);
        sorted.values.push_back(s.values[i]);
        if (labelled)
            sorted.labels.append(s.labels.at(qsizetype(i)));
    }
    s.startMs = std::move(sorted.startMs);
    s.endMs = std::move(sorted.endMs);
    s.values = std::move(sorted.values);
    s.labels = std::move(sorted.labels);
}

UsageSeries buildSeries(RawSeries &raw, const RawEntry &entry, UsageQuantity quantity,
                        const MeterIndex &meters, const BuildContext &c)
{
    UsageSeries s;
    const RawMeter *meter = meters.find(entry, raw);
    s.seriesId = raw.name;
    s.meterNumber = !raw.meterNumber.isEmpty()   ? raw.meterNumber
        : meter && !meter->meterNumber.isEmpty() ? meter->meterNumber
                                                 : raw.name.section(u" - "_qs, 0, 0);
    if (s.seriesId.isEmpty())
        s.seriesId = s.meterNumber;
    s.quantity = quantity;
    s.unit = !entry.unit.isEmpty() ? entry.unit : defaultUnit(quantity);
    if (quantity == UsageQuantity::TimeOfUse) {
        s.touPeriod = !raw.rateName.isEmpty()     ? raw.rateName
            : meter && !meter->rateName.isEmpty() ? meter->rateName
            : raw.name.contains(u" - "_qs)        ? raw.name.section(u" - "_qs, 1).trimmed()
                                                  : QString();
    }

    s.flowName = meter ? meter->flowDirection : QString();
    if (const auto flow = knownFlow(s.flowName)) {
        s.flow = *flow;
    } else if (s.flowName.isEmpty()
               && ((meter && meter->isNetMeter) || raw.isNet.value_or(false))) {
        s.flow = FlowDirection::Net;
    } else {
        s.flow = FlowDirection::Unknown;
        qCInfo(lcParse).noquote() << "poll: a" << entry.type << "series has flow direction"
                                  << (s.flowName.isEmpty() ? u"(none)"_qs
                                                           : u'"' + s.flowName + u'"')
                                  << "- kept as consumption";
    }

    if (raw.y.size() != raw.x.size())
        raw.y.resize(raw.x.size(), std::numeric_limits<double>::quiet_NaN());
    s.startMs = std::move(raw.x);
    s.values = std::move(raw.y);
    convertTimes(s, entry.columns.get(), c);
    normalizeOrder(s);
    return s;
}

PollStatus statusOf(const QString &status)
{
    if (status.compare(u"COMPLETE"_qs, Qt::CaseInsensitive) == 0)
        return PollStatus::Complete;
    if (status.compare(u"PENDING"_qs, Qt::CaseInsensitive) == 0)
        return PollStatus::Pending;
    if (status.compare(u"FAILED"_qs, Qt::CaseInsensitive) == 0)
        return PollStatus::Failed;
    return PollStatus::Other;
}

} // namespace

Parsed<PollAnswer> poll(const QByteArray &json, const WallClock &clock, UsageInterval interval,
                        qint64 fromMs, qint64 toMs)
{
    QString error;
    std::optional<RawPoll> raw = walkPoll(json, &error);
    if (!raw)
        return Parsed<PollAnswer>::failure(u"usage poll: " + error);
    if (raw->status.isEmpty())
        return Parsed<PollAnswer>::failure(QStringLiteral("usage poll: no status"));

    PollAnswer answer;
    answer.rawStatus = raw->status;
    answer.status = statusOf(raw->status);
    answer.data.interval = interval;
    if (answer.status != PollStatus::Complete)
        return Parsed<PollAnswer>::success(std::move(answer));
    if (!raw->hasData)
        return Parsed<PollAnswer>::failure(QStringLiteral("usage poll: COMPLETE without data"));
    for (const QString &industry : std::as_const(raw->otherIndustries))
        qCInfo(lcParse).noquote() << "poll: industry" << industry << "not read";

    const Range range = requestRange(*raw, clock, fromMs, toMs);
    answer.data.fromMs = range.from;
    answer.data.toMs = range.to;
    const BuildContext context { clock, interval, nativeLength(*raw), range };
    const MeterIndex meters(raw->entries);
    for (RawEntry &entry : raw->entries) {
        if (answer.data.accountNumber.isEmpty())
            answer.data.accountNumber = entry.accountNumber;
        if (answer.data.locationNumber.isEmpty())
            answer.data.locationNumber = entry.locationNumber;
        const auto quantity = quantityOf(entry.type);
        if (!quantity) {
            qCInfo(lcParse).noquote() << "poll: entry type" << entry.type << "not read";
            continue;
        }
        for (RawSeries &series : entry.series)
            answer.data.series.append(buildSeries(series, entry, *quantity, meters, context));
    }
    return Parsed<PollAnswer>::success(std::move(answer));
}

Parsed<PollAnswer> poll(const QByteArray &json, const WallClock &clock, UsageInterval interval)
{
    return poll(json, clock, interval, 0, 0);
}

} // namespace coopdesk::net::parse
