#include "loadprofile.h"

#include <algorithm>

namespace sim::loadprofile {

namespace {

// Hourly shapes (relative; each day is normalized). Hour 0 = midnight to 01:00.
constexpr double familyWorkday[24]
    = { 0.45, 0.40, 0.38, 0.38, 0.40, 0.55, 0.95, 1.25, 1.00, 0.70, 0.60, 0.58,
        0.60, 0.62, 0.68, 0.85, 1.10, 1.45, 1.65, 1.60, 1.45, 1.20, 0.85, 0.60 };
constexpr double familyDayOff[24]
    = { 0.50, 0.45, 0.42, 0.40, 0.40, 0.45, 0.60, 0.85, 1.15, 1.25, 1.20, 1.10,
        1.05, 1.00, 1.00, 1.05, 1.20, 1.45, 1.60, 1.55, 1.40, 1.20, 0.90, 0.65 };
constexpr double homeAllDay[24]
    = { 0.45, 0.42, 0.40, 0.40, 0.42, 0.50, 0.75, 1.05, 1.20, 1.15, 1.05, 1.00,
        1.05, 1.00, 0.95, 0.95, 1.05, 1.30, 1.45, 1.40, 1.25, 1.05, 0.80, 0.55 };
constexpr double apartmentWorkday[24]
    = { 0.50, 0.45, 0.42, 0.42, 0.45, 0.60, 1.10, 1.20, 0.70, 0.50, 0.45, 0.45,
        0.45, 0.45, 0.50, 0.60, 0.90, 1.40, 1.70, 1.70, 1.55, 1.30, 0.95, 0.65 };

} // namespace

double occupancy(LoadProfile profile, int hour, bool dayOff)
{
    hour = std::clamp(hour, 0, 23);
    switch (profile) {
    case LoadProfile::FamilyHome:
        return dayOff ? familyDayOff[hour] : familyWorkday[hour];
    case LoadProfile::HomeAllDay:
        return homeAllDay[hour];
    case LoadProfile::Apartment:
        return dayOff ? familyDayOff[hour] : apartmentWorkday[hour];
    case LoadProfile::FarmWell:
        // Night loads (waterers, yard light); the shop adds tools and lights on workdays.
        // Pump cycles are added by the usage model, they are random per hour.
        return 0.5 + ((!dayOff && hour >= 7 && hour < 17) ? 0.9 : 0.0);
    }
    return 1.0;
}

double pumpChance(int hour)
{
    return ((hour >= 5 && hour < 9) || (hour >= 17 && hour < 21)) ? 0.55 : 0.25;
}

double heating(double temperatureF, double balanceF, int hour)
{
    const double recovery = (hour >= 5 && hour < 9) ? 1.25 : 1.0;
    return (std::max(balanceF + 6 - temperatureF, 0.0) + 0.6) * recovery;
}

double cooling(double temperatureF, double balanceF, int hour)
{
    const double afternoon = (hour >= 14 && hour < 20) ? 1.2 : 1.0;
    return (std::max(temperatureF - (balanceF - 8), 0.0) + 0.3) * afternoon;
}

} // namespace sim::loadprofile
