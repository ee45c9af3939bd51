#pragma once

#include "solarmodel.h"
#include "weathermodel.h"

#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace sim {

// Interval consumption (and solar generation) of one service location at its finest meter
// interval, in whole watt-hours, generated day by day from the connect date and kept.
//
// A day: the daily total follows the location's UsageTruth on the day's mean temperature, times
// multiplicative noise; it is split into baseload, heating and cooling parts, and each part is
// spread over the day's real intervals by its own hourly weights (occupancy, cold hours, hot
// hours). The day's intervals add up to the day's total (rounded to the Wh). Every random term is
// a hash of (seed, location, day or interval instant), never of the order of generation.
class LocationUsage
{
public:
    LocationUsage(const ServiceLocation &location, quint64 seed, const WeatherModel &weather,
                  const coopdesk::WallClock &clock);

    int intervalMinutes() const { return m_intervalMinutes; }
    qint64 intervalMs() const { return qint64(m_intervalMinutes) * 60000; }
    // Real instant of local midnight on the connect date: interval 0 starts there.
    qint64 originMs() const { return m_originMs; }
    bool connected() const { return m_location.connectDate.isValid(); }
    bool hasSolar() const { return m_solar.has_value(); }

    // Generates every day before `day` not generated yet (never past the disconnect date).
    void extendTo(QDate day);
    size_t size() const { return m_consumptionWh.size(); }
    const std::vector<qint32> &consumptionWh() const { return m_consumptionWh; }
    const std::vector<qint32> &generationWh() const { return m_generationWh; } // empty: no solar

private:
    void generateDay(QDate day);

    ServiceLocation m_location;
    quint64 m_seed;
    quint64 m_key;
    const WeatherModel &m_weather;
    const coopdesk::WallClock &m_clock;
    std::optional<SolarModel> m_solar;
    int m_intervalMinutes = 60;
    qint64 m_originMs = 0;
    QDate m_nextDay;
    std::vector<qint32> m_consumptionWh;
    std::vector<qint32> m_generationWh;
    // Scratch buffers of the day being generated.
    std::vector<double> m_hours, m_base, m_heat, m_cool;
};

// The LocationUsage of every location asked about, created and extended lazily.
class UsageStore
{
public:
    UsageStore(quint64 seed, const WeatherModel &weather, const coopdesk::WallClock &clock);
    ~UsageStore();

    // The location's intervals, generated at least for every day before `day`.
    const LocationUsage &upTo(const ServiceLocation &location, QDate day) const;

private:
    quint64 m_seed;
    const WeatherModel &m_weather;
    const coopdesk::WallClock &m_clock;
    mutable std::vector<std::unique_ptr<LocationUsage>> m_locations;
    mutable QHash<QString, size_t> m_byNumber;
};

} // namespace sim
