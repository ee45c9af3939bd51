#include "usagemodel.h"

#include "loadprofile.h"
#include "random.h"
#include "toucalendar.h"

#include <algorithm>
#include <cmath>

namespace sim {

using namespace detail;

namespace {
constexpr double intervalNoise = 0.18; // +-18 % jitter of each interval's share
constexpr double cloudLoss = 0.72; // overcast keeps 28 % of clear-sky output
constexpr double cloudFlicker = 0.3; // passing clouds within a partly cloudy day

int finestInterval(const ServiceLocation &location)
{
    int minutes = 60;
    for (const Meter &m : location.meters)
        minutes = std::min(minutes, m.intervalMinutes);
    return std::max(minutes, 1);
}

int localHourOf(const coopdesk::WallClock &clock, qint64 utcMs)
{
    const qint64 fake = clock.toFakeUtc(utcMs);
    return int((fake - floorDiv(fake, msPerDay) * msPerDay) / msPerHour);
}
} // namespace

LocationUsage::LocationUsage(const ServiceLocation &location, quint64 seed,
                             const WeatherModel &weather, const coopdesk::WallClock &clock)
    : m_location(location)
    , m_seed(seed)
    , m_key(keyOf(location.number))
    , m_weather(weather)
    , m_clock(clock)
    , m_intervalMinutes(finestInterval(location))
{
    if (location.truth.solarKwhPerDayPeak > 0)
        m_solar.emplace(location.latitude, location.longitude, location.truth.solarKwhPerDayPeak);
    if (connected()) {
        m_originMs = clock.startOfDay(location.connectDate);
        m_nextDay = location.connectDate;
    }
}

void LocationUsage::extendTo(QDate day)
{
    if (!connected() || !day.isValid())
        return;
    if (m_location.disconnectDate.isValid())
        day = std::min(day, m_location.disconnectDate);
    if (m_nextDay >= day)
        return;
    const qint64 needed = (m_clock.startOfDay(day) - m_originMs) / intervalMs();
    m_consumptionWh.reserve(size_t(needed));
    if (m_solar)
        m_generationWh.reserve(size_t(needed));
    for (; m_nextDay < day; m_nextDay = m_nextDay.addDays(1))
        generateDay(m_nextDay);
}

void LocationUsage::generateDay(QDate day)
{
    const UsageTruth &truth = m_location.truth;
    const quint64 dayKey = quint64(day.toJulianDay());

    // The day's total from the documented truth, on the mean of the local day's hours.
    m_weather.hoursOfDay(m_location, day, m_hours);
    double mean = 0;
    for (double t : m_hours)
        mean += t;
    mean /= double(m_hours.size());
    const double z = std::clamp(normal(hash(m_seed, Stream::DailyNoise, m_key, dayKey)), -3.0, 3.0);
    const double factor = std::max(0.2, 1 + truth.noiseFraction * z);
    const double baseKwh = truth.baseloadKwhPerDay * factor;
    const double heatKwh
        = truth.heatingKwhPerHdd * std::max(truth.heatingBalanceF - mean, 0.0) * factor;
    const double coolKwh
        = truth.coolingKwhPerCdd * std::max(mean - truth.coolingBalanceF, 0.0) * factor;

    // Hourly weights of each part, times a per-interval jitter.
    const bool dayOff = TouCalendar::isDayOff(day);
    const qint64 dayStart = m_clock.startOfDay(day);
    const qint64 step = intervalMs();
    const int perHour = std::max(60 / m_intervalMinutes, 1);
    const size_t count = m_hours.size() * size_t(perHour);
    m_base.assign(count, 0);
    m_heat.assign(count, 0);
    m_cool.assign(count, 0);
    double baseSum = 0, heatSum = 0, coolSum = 0;
    const bool plainDay = m_hours.size() == 24; // no clock change: hour h is local hour h
    for (size_t h = 0; h < m_hours.size(); ++h) {
        const qint64 hourStart = dayStart + qint64(h) * msPerHour;
        const int localHour = plainDay ? int(h) : localHourOf(m_clock, hourStart);
        const double temperature = m_hours[h];
        double occupancy = loadprofile::occupancy(truth.profile, localHour, dayOff);
        if (truth.profile == LoadProfile::FarmWell
            && unit(hash(m_seed, Stream::Pump, m_key, dayKey, h))
                < loadprofile::pumpChance(localHour))
            occupancy += loadprofile::pumpWeight;
        const double heating = loadprofile::heating(temperature, truth.heatingBalanceF, localHour);
        const double cooling = loadprofile::cooling(temperature, truth.coolingBalanceF, localHour);
        for (int j = 0; j < perHour; ++j) {
            const size_t k = h * size_t(perHour) + size_t(j);
            const quint64 instant = quint64(floorDiv(hourStart, step) + j);
            const double jitter = 1
                + intervalNoise * symmetric(hash(m_seed, Stream::IntervalNoise, m_key, instant));
            m_base[k] = occupancy * jitter;
            m_heat[k] = heating * jitter;
            m_cool[k] = cooling * jitter;
            baseSum += m_base[k];
            heatSum += m_heat[k];
            coolSum += m_cool[k];
        }
    }

    // Whole Wh by cumulative rounding: the day still adds up to its total.
    double cumulative = 0;
    qint64 previousWh = 0;
    for (size_t k = 0; k < count; ++k) {
        cumulative += baseKwh * m_base[k] / baseSum + heatKwh * m_heat[k] / heatSum
            + coolKwh * m_cool[k] / coolSum;
        const qint64 wh = std::llround(cumulative * 1000);
        m_consumptionWh.push_back(qint32(wh - previousWh));
        previousWh = wh;
    }

    if (m_solar) {
        for (size_t k = 0; k < count; ++k) {
            const qint64 start = dayStart + qint64(k) * step;
            const double cloud = m_weather.cloudCover(start);
            const double flicker = 1
                - cloudFlicker * cloud
                    * unit(
                        hash(m_seed, Stream::SolarFlicker, m_key, quint64(floorDiv(start, step))));
            const double kwh = m_solar->clearSkyKwh(start, m_intervalMinutes)
                * (1 - cloudLoss * cloud) * flicker;
            m_generationWh.push_back(qint32(std::llround(kwh * 1000)));
        }
    }
}

UsageStore::UsageStore(quint64 seed, const WeatherModel &weather, const coopdesk::WallClock &clock)
    : m_seed(seed)
    , m_weather(weather)
    , m_clock(clock)
{
}

UsageStore::~UsageStore() = default;

const LocationUsage &UsageStore::upTo(const ServiceLocation &location, QDate day) const
{
    auto it = m_byNumber.constFind(location.number);
    size_t index;
    if (it == m_byNumber.constEnd()) {
        index = m_locations.size();
        m_locations.push_back(
            std::make_unique<LocationUsage>(location, m_seed, m_weather, m_clock));
        m_byNumber.insert(location.number, index);
    } else {
        index = *it;
    }
    LocationUsage &usage = *m_locations[index];
    usage.extendTo(day);
    return usage;
}

} // namespace sim
