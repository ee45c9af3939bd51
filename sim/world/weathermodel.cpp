#include "weathermodel.h"

#include "random.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sim {

using namespace detail;

namespace {

constexpr double pi = 3.141592653589793;
constexpr double tropicalYear = 365.2425;
// Days since 1970-01-01 of 2000-01-17: the coldest day of the normal year.
constexpr double coldestDay = 10957 + 16;
// The anomaly series starts here and is computed forward (days since 1970-01-01 of 2015-01-01).
constexpr qint64 weatherEpochDay = 16436;
// Far enough for any request; later days get independent draws instead of a huge cache.
constexpr qint64 maxCachedDays = 40000;

constexpr double anomalyPersistence = 0.72; // day-to-day correlation of the anomaly
constexpr double cloudPersistence = 0.55;
constexpr double hourlyNoiseF = 0.8;

// Denver-like normals (season = 1 in mid January, -1 in mid July): January about 18/45 F
// low/high, July about 59/89 F.
double normalMeanF(double season)
{
    return 52.75 - 21.25 * season;
}

double normalRangeF(double season)
{
    return 28.5 - 1.5 * season;
}

// Standard deviation of the daily anomaly: winter weather swings more than summer.
double anomalySpreadF(double season)
{
    return 5.5 + 2.5 * season;
}

// Daily cycle in [-0.5, 0.5]: minimum at 06:00 near dawn, maximum at 15:00, mean zero.
double dailyCycle(double hour)
{
    if (hour >= 6 && hour < 15)
        return -0.5 * std::cos(pi * (hour - 6) / 9);
    const double sinceAfternoon = hour >= 15 ? hour - 15 : hour + 9;
    return 0.5 * std::cos(pi * sinceAfternoon / 15);
}

const std::array<double, 24> &dailyCycleByHour()
{
    static const std::array<double, 24> table = [] {
        std::array<double, 24> t {};
        for (int h = 0; h < 24; ++h)
            t[size_t(h)] = dailyCycle(h);
        return t;
    }();
    return table;
}

} // namespace

WeatherModel::WeatherModel(quint64 seed, const coopdesk::WallClock &clock)
    : m_seed(seed)
    , m_clock(clock)
{
}

WeatherModel::DayState WeatherModel::finish(DayState s, qint64 epochDay) const
{
    s.season = std::cos(2 * pi * (double(epochDay) + 0.5 - coldestDay) / tropicalYear);
    s.cloudCover = 1.0 / (1.0 + std::exp(0.9 - 1.6 * s.cloudLatent)); // sunny Colorado: ~1/3
    s.levelF = normalMeanF(s.season) + anomalySpreadF(s.season) * s.anomalyLatent;
    // Overcast days have a smaller range; the mean cloud cover keeps the normal range.
    s.rangeF = normalRangeF(s.season) * (1.2 - 0.6 * s.cloudCover);
    return s;
}

WeatherModel::DayState WeatherModel::stateOfDay(qint64 epochDay) const
{
    const qint64 index = epochDay - weatherEpochDay;
    if (index < 0 || index >= maxCachedDays) {
        // Outside the cached span: independent draws with the series' stationary spread.
        DayState s;
        s.anomalyLatent = normal(hash(m_seed, Stream::Anomaly, quint64(index)));
        s.cloudLatent = normal(hash(m_seed, Stream::Cloud, quint64(index)));
        return finish(s, epochDay);
    }
    if (m_days.empty()) {
        DayState first;
        first.anomalyLatent = normal(hash(m_seed, Stream::Anomaly, 0));
        first.cloudLatent = normal(hash(m_seed, Stream::Cloud, 0));
        m_days.push_back(finish(first, weatherEpochDay));
    }
    const double a = std::sqrt(1 - anomalyPersistence * anomalyPersistence);
    const double c = std::sqrt(1 - cloudPersistence * cloudPersistence);
    while (qint64(m_days.size()) <= index) {
        const quint64 i = m_days.size();
        const DayState &prev = m_days.back();
        DayState s;
        s.anomalyLatent = anomalyPersistence * prev.anomalyLatent
            + a * normal(hash(m_seed, Stream::Anomaly, i));
        s.cloudLatent
            = cloudPersistence * prev.cloudLatent + c * normal(hash(m_seed, Stream::Cloud, i));
        m_days.push_back(finish(s, weatherEpochDay + qint64(i)));
    }
    return m_days[size_t(index)];
}

double WeatherModel::microclimateF(quint64 locationKey) const
{
    return 1.5 * symmetric(hash(m_seed, Stream::Microclimate, locationKey));
}

double WeatherModel::temperature(quint64 locationKey, double offsetF, qint64 utcMs,
                                 qint64 fakeMs) const
{
    // Blend the day-level values of the two local noons around the instant.
    const qint64 sinceNoon = fakeMs - msPerDay / 2;
    const qint64 day = floorDiv(sinceNoon, msPerDay);
    const double w = double(sinceNoon - day * msPerDay) / double(msPerDay);
    const DayState s0 = stateOfDay(day);
    const DayState s1 = stateOfDay(day + 1);
    const double level = s0.levelF + w * (s1.levelF - s0.levelF);
    const double range = s0.rangeF + w * (s1.rangeF - s0.rangeF);

    const qint64 msOfDay = fakeMs - floorDiv(fakeMs, msPerDay) * msPerDay;
    const double cycle = msOfDay % msPerHour == 0 ? dailyCycleByHour()[size_t(msOfDay / msPerHour)]
                                                  : dailyCycle(double(msOfDay) / double(msPerHour));
    const double noise = hourlyNoiseF
        * quickNormal(hash(m_seed, Stream::HourlyTemperature, locationKey,
                           quint64(floorDiv(utcMs, msPerHour))));
    return level + offsetF + range * cycle + noise;
}

double WeatherModel::temperatureF(const ServiceLocation &location, qint64 utcMs) const
{
    const quint64 key = keyOf(location.number);
    return temperature(key, microclimateF(key), utcMs, m_clock.toFakeUtc(utcMs));
}

void WeatherModel::hoursOfDay(const ServiceLocation &location, QDate day,
                              std::vector<double> &out) const
{
    const quint64 key = keyOf(location.number);
    const double offset = microclimateF(key);
    const qint64 start = m_clock.startOfDay(day);
    const qint64 end = m_clock.startOfDay(day.addDays(1));
    // Without a transition inside the day, local time runs in step with real time.
    const bool plainDay = end - start == msPerDay;
    const qint64 fakeStart = coopdesk::WallClock::fakeUtcOf(day);
    out.clear();
    for (qint64 t = start; t < end; t += msPerHour)
        out.push_back(
            temperature(key, offset, t, plainDay ? fakeStart + (t - start) : m_clock.toFakeUtc(t)));
}

double WeatherModel::cloudCover(qint64 utcMs) const
{
    const qint64 sinceNoon = m_clock.toFakeUtc(utcMs) - msPerDay / 2;
    const qint64 day = floorDiv(sinceNoon, msPerDay);
    const double w = double(sinceNoon - day * msPerDay) / double(msPerDay);
    const double c0 = stateOfDay(day).cloudCover;
    return c0 + w * (stateOfDay(day + 1).cloudCover - c0);
}

DailyWeather WeatherModel::daily(const ServiceLocation &location, QDate day) const
{
    std::vector<double> hours;
    hoursOfDay(location, day, hours);
    DailyWeather w;
    w.day = day;
    w.highF = *std::max_element(hours.begin(), hours.end());
    w.lowF = *std::min_element(hours.begin(), hours.end());
    double sum = 0;
    for (double t : hours)
        sum += t;
    w.meanF = sum / double(hours.size());

    // Dew point and wind: plausible, not modelled physics. Dry Colorado air: dew points near
    // 14 F in January and 47 F in July, higher on cloudy days, never above the day's low.
    const quint64 key = keyOf(location.number);
    const quint64 dayKey = quint64(day.toJulianDay());
    const DayState s = stateOfDay(day.toJulianDay() - 2440588);
    const double dewNormal = 30.5 - 16.5 * s.season;
    const double dew = dewNormal + 0.5 * (w.meanF - normalMeanF(s.season))
        + 10 * (s.cloudCover - 0.35) + 2.5 * normal(hash(m_seed, Stream::DewPoint, key, dayKey));
    w.dewPointF = std::min(dew, w.lowF - 1);

    const quint64 windHash = hash(m_seed, Stream::Wind, dayKey);
    w.windMph = 4 + 10 * std::pow(unit(windHash), 1.5) + 2 * s.cloudCover;
    // Prevailing westerlies; overcast days tend to come with upslope (easterly) wind.
    const double u = unit(mix(windHash));
    w.windDirectionDeg = s.cloudCover > 0.7 ? int(30 + 90 * u) : int(200 + 100 * u) % 360;
    return w;
}

} // namespace sim
