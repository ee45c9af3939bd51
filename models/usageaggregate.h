#pragma once

#include "usage.h"
#include "wallclock.h"
#include "weather.h"

#include <QStringList>

#include <span>
#include <vector>

namespace coopdesk {

// The resolutions a usage chart and its table offer.
enum class UsageResolution { Native, Hourly, Daily, BillingPeriod };

// A location's energy at one resolution, as a chart and a table need it: one row per interval
// [start, end), real instants. For an ordinary location only `importKwh` is filled (the energy
// taken from the grid); for a net-metered one also `exportKwh` (sent to the grid, >= 0) and
// `netKwh` (import - export, negative when the location gave more than it took).
// NaN is a gap (no reading), never zero; `partial` marks a row built from fewer readings than its
// span holds (a day with a missing quarter hour, the edges of the pulled range).
struct UsageView
{
    UsageResolution resolution = UsageResolution::Native;
    bool netMetered = false;
    std::vector<qint64> startMs;
    std::vector<qint64> endMs;
    std::vector<double> importKwh;
    std::vector<double> exportKwh; // empty unless netMetered
    std::vector<double> netKwh;    // empty unless netMetered
    std::vector<quint8> partial;   // 1 = incomplete row
    QStringList labels;            // billing periods: the portal's name ("Jun 2026"), else empty

    qsizetype size() const { return qsizetype(startMs.size()); }
    bool isEmpty() const { return startMs.empty(); }
    // What the chart shows as "usage": net for a net-metered location, else import.
    const std::vector<double> &primary() const { return netMetered ? netKwh : importKwh; }
    // Sum of the primary values that are not gaps.
    double total() const;
};

// One scatter point: a day's (or a billing period's average daily) kWh against its mean °F.
struct SignaturePoint
{
    QDate day;          // first day of the row
    double meanF = 0;
    double kwhPerDay = 0;
};

// Turns a usage pull into the series a chart shows, at any resolution. Buckets follow the co-op's
// local calendar through WallClock, so a spring-forward day holds 23 hours and a fall-back day 25.
namespace UsageAggregate {

// The energy series of a pull (quantity Usage; TOU, cost and demand series are left out), meters
// of the same direction summed per interval. Import is FORWARD/TOTAL (or NET + RETURN when the
// location only has NET and RETURN meters), export RETURN/REVERSE, net NET (or import - export).
UsageView flows(const UsageData &data);

// Sums of the rows per local hour, per local day, or per period [b[i], b[i+1]) of ascending
// boundaries (rows starting outside every period are left out). A bucket none of whose rows has
// a reading stays a gap.
UsageView hourly(const UsageView &view, const WallClock &clock);
UsageView daily(const UsageView &view, const WallClock &clock);
UsageView byPeriods(const UsageView &view, std::span<const qint64> boundaries,
                    const QStringList &labels = {});
UsageView atResolution(const UsageView &view, UsageResolution resolution, const WallClock &clock);

// The same rows one or more years later on the local calendar (last year's usage drawn over this
// year's). Rows landing on a day that does not exist (Feb 29) move to the next instant that does.
UsageView shiftedByYears(const UsageView &view, int years, const WallClock &clock);

// Temperature (°F) for each row: the hourly value of the hour a row starts in for rows shorter
// than a day, else the mean of the daily means of the days it covers. NaN when unknown.
std::vector<double> temperatureFor(const UsageView &view, const TemperatureSeries &temperatures,
                                   const WallClock &clock);

// Daily kWh against daily mean temperature, one point per row that has both (rows of a day or
// longer; shorter rows are summed to days first).
std::vector<SignaturePoint> signature(const UsageView &view, const TemperatureSeries &temperatures,
                                      const WallClock &clock);

} // namespace UsageAggregate
} // namespace coopdesk
