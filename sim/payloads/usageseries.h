#pragma once

#include "payloads.h"
#include "usagebuckets.h"

#include <QString>

#include <vector>

// The numbers of a usage poll answer before they are written: which entries (USAGE,
// TIME_OF_USE, COST, DEMAND), which series each has, and every series' points.
namespace sim::payloads::detail {

enum class EntryKind { Usage, TimeOfUse, Cost, Demand };

struct SeriesPoints
{
    const Meter *meter = nullptr;
    int meterIndex = 0;
    QString seriesId; // "DN15A00417" or "DN15A00417 - On Peak"
    QString rateName; // the TOU period, else empty
    std::vector<qint64> x; // fake UTC
    std::vector<double> y; // rounded as written
    int decimals = 2;
};

struct UsageEntry
{
    EntryKind kind = EntryKind::Usage;
    std::vector<SeriesPoints> series;
    std::vector<qint64> baseX; // baseSeries: the entry's total per point
    std::vector<double> baseY;
};

struct UsageAnswer
{
    std::vector<UsageEntry> entries;
    std::vector<Bucket> columns; // xToOrderedInterval: one per distinct x, ascending
};

// Meters that measure consumption (FORWARD, NET, TOTAL); RETURN/REVERSE measure generation and
// carry no cost, demand or time-of-use split.
bool isConsumption(const Meter &meter);

UsageAnswer computeUsage(const World &world, const Account &account,
                         const ServiceLocation &location, const UsageQuery &query);

} // namespace sim::payloads::detail
