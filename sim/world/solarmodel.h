#pragma once

#include <QtGlobal>

namespace sim {

// Clear-sky output of a fixed, south-facing rooftop array (a 6/12 roof: 25 degrees), from the
// sun's position at each real instant (no time zone involved). Scaled so a clear summer solstice
// yields `peakKwhPerDay`; a clear December day gives a little over half of that. Clouds are
// applied by the caller.
class SolarModel
{
public:
    SolarModel(double latitudeDeg, double longitudeDeg, double peakKwhPerDay);

    // Clear-sky kWh generated over [startMs, startMs + minutes).
    double clearSkyKwh(qint64 startMs, int minutes) const;

private:
    double relativePower(qint64 utcMs) const;

    double m_sinLat;
    double m_cosLat;
    double m_sinLatLessTilt; // a tilted panel sees the sun as a flat one at latitude - tilt
    double m_cosLatLessTilt;
    double m_longitudeDeg;
    double m_kwhPerPowerHour = 0;
};

} // namespace sim
