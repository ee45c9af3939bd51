#pragma once

#include "world.h"

#include <vector>

namespace sim {

// Hourly outdoor temperature for the co-op's service area, Denver-like:
//   T = seasonal normal + persistent daily anomaly + daily cycle * day's range + hourly noise
//       + a small fixed microclimate offset per location.
// The daily anomaly is an AR(1) series computed forward once from a fixed epoch (2015-01-01) and
// cached, so a day's weather is the same whatever was asked before. Cloud cover is a second
// AR(1) series; cloudy days have a smaller daily range and less solar generation. Day-level
// values belong to local noon and are blended linearly in between, so nothing jumps at midnight.
class WeatherModel
{
public:
    WeatherModel(quint64 seed, const coopdesk::WallClock &clock);

    double temperatureF(const ServiceLocation &location, qint64 utcMs) const;
    // Temperatures of the hours of a local day (23, 24 or 25), from local midnight on.
    void hoursOfDay(const ServiceLocation &location, QDate day, std::vector<double> &out) const;
    DailyWeather daily(const ServiceLocation &location, QDate day) const;
    // Regional cloud cover at an instant: 0 clear .. 1 overcast.
    double cloudCover(qint64 utcMs) const;

private:
    // One local day's weather, as of its local noon.
    struct DayState
    {
        double anomalyLatent = 0; // AR(1), standard normal scale
        double cloudLatent = 0; // AR(1), standard normal scale
        double levelF = 0; // seasonal normal + anomaly
        double rangeF = 0; // low-to-high range of the daily cycle (smaller when cloudy)
        double cloudCover = 0; // 0..1
        double season = 0; // cos of the season: 1 coldest day, -1 warmest
    };
    DayState stateOfDay(qint64 epochDay) const;
    DayState finish(DayState state, qint64 epochDay) const;
    double temperature(quint64 locationKey, double offsetF, qint64 utcMs, qint64 fakeMs) const;
    double microclimateF(quint64 locationKey) const;

    quint64 m_seed;
    const coopdesk::WallClock &m_clock;
    mutable std::vector<DayState> m_days; // from the weather epoch on, grown on demand
};

} // namespace sim
