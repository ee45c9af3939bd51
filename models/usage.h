#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <cmath>
#include <vector>

namespace coopdesk {

enum class UsageInterval { Native, Daily, Monthly };   // poll timeFrame HOURLY / DAILY / MONTHLY

enum class FlowDirection { Forward, Net, Return, Reverse, Total, Unknown };

// What a series measures (the poll entry's type).
enum class UsageQuantity { Usage, TimeOfUse, Cost, Demand };

// One series of a poll answer, stored compactly: parallel arrays, one element per interval.
// Times are real instants (the fake-UTC x already converted with the co-op's zone); a gap
// (y: null) is NaN, never zero.
struct UsageSeries
{
    QString meterNumber;
    QString seriesId;             // "MV15A00417", "MV15A00417 - On Peak"
    FlowDirection flow = FlowDirection::Forward;
    QString flowName;             // as the portal wrote it (kept when Unknown)
    UsageQuantity quantity = UsageQuantity::Usage;
    QString touPeriod;            // "On Peak" for TimeOfUse, else empty
    QString unit;                 // "KWH", "USD", "KW"
    std::vector<qint64> startMs;  // interval starts, ascending
    std::vector<qint64> endMs;    // interval ends (exclusive)
    std::vector<double> values;   // NaN = gap
    QStringList labels;           // MONTHLY: orderedName per point ("Jun 2026", "Dec 9999")

    qsizetype size() const { return qsizetype(startMs.size()); }
    static bool isGap(double v) { return std::isnan(v); }
    // True for a series that counts energy taken from the grid (Forward, Total, Net, Unknown).
    bool isConsumption() const;
};

// Everything a pull returned for one location over one range.
struct UsageData
{
    QString accountNumber;
    QString locationNumber;
    UsageInterval interval = UsageInterval::Daily;
    qint64 fromMs = 0;            // the requested range [from, to)
    qint64 toMs = 0;
    QList<UsageSeries> series;

    // The series for one meter/flow/quantity (and TOU period), or null.
    const UsageSeries *find(const QString &seriesId, UsageQuantity quantity) const;
};

// A usage pull: one location, one interval, a range of local days.
struct UsageRequest
{
    QString accountNumber;
    QString locationNumber;
    UsageInterval interval = UsageInterval::Daily;
    QDate from; // local dates in the co-op's zone, both inclusive
    QDate to;
    bool includeDemand = true;
};

} // namespace coopdesk
