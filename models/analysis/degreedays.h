#pragma once

#include "models/usageaggregate.h"
#include "models/wallclock.h"
#include "models/weather.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace coopdesk::analysis {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// One local day of a location: its energy and its mean outdoor temperature (°F).
struct DayObservation
{
    QDate day;
    double kwh = kNoValue;   // NaN: missing (no reading, a partial day, or exactly zero kWh)
    double meanF = kNoValue; // NaN: no mean (more than half of the day's hours missing)

    bool isUsable() const { return !std::isnan(kwh) && !std::isnan(meanF); }
};

// Degree days of one day for a balance temperature (°F).
inline double heatingDegrees(double meanF, double balanceF) { return std::max(balanceF - meanF, 0.0); }
inline double coolingDegrees(double meanF, double balanceF) { return std::max(meanF - balanceF, 0.0); }

// The mean temperature of each local day in [from, to] (one value per day, in order): the mean of
// the day's hourly values (23, 24 or 25 hours; at least half of them present), else the daily
// row's mean, else (high + low) / 2 of the row, else NaN.
std::vector<double> dailyMeanTemperatures(const TemperatureSeries &temperatures, QDate from,
                                          QDate to, const WallClock &clock);

// One observation per local day in [from, to]: the day's energy (the view's primary series summed
// per local day when its rows are shorter than a day; partial days and exactly 0 kWh count as
// missing) joined with dailyMeanTemperatures().
std::vector<DayObservation> dailyObservations(const UsageView &view,
                                              const TemperatureSeries &temperatures, QDate from,
                                              QDate to, const WallClock &clock);

// The observations whose day lies in [from, to] (both inclusive), as a view into `days`
// (which must be in ascending day order).
std::span<const DayObservation> daysBetween(std::span<const DayObservation> days, QDate from,
                                            QDate to);

} // namespace coopdesk::analysis
