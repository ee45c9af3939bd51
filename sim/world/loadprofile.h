#pragma once

#include "coop.h"

namespace sim {

// How a day's energy is spread over its hours. Each part of the daily total (baseload, heating,
// cooling) has its own hourly weights; the usage model normalizes them per day, so the shapes
// move energy within a day and never change the daily total.
namespace loadprofile {

// Occupancy weight of a local hour (0..23) for the baseload.
double occupancy(LoadProfile profile, int localHour, bool dayOff);
// FarmWell: chance that the well pump runs in a local hour (livestock water mornings/evenings),
// and the weight it adds when it does.
double pumpChance(int localHour);
constexpr double pumpWeight = 1.6;
// Heating runs when and as much as it is cold: weighted to the coldest hours, with a morning
// recovery push after the night setback.
double heating(double temperatureF, double balanceF, int localHour);
// Cooling follows the heat of the afternoon.
double cooling(double temperatureF, double balanceF, int localHour);

} // namespace loadprofile
} // namespace sim
