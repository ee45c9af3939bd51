#include "solarmodel.h"

#include <QDateTime>

#include <cmath>

namespace sim {

namespace {
constexpr double pi = 3.141592653589793;
constexpr double degree = pi / 180;
constexpr qint64 msPerMinute = 60000;
// Midpoint samples this far apart: fine enough for a smooth curve, cheap for years of data.
constexpr int stepMinutes = 15;
// 2000-01-01 12:00 UTC, and the March equinox about 79.3 days later.
constexpr qint64 j2000Ms = 946728000000LL;
constexpr double equinoxDays = 79.3;
constexpr double roofTiltDeg = 25;
// Clear-air beam transmission per air mass (Beer-Lambert), diffuse light folded in.
constexpr double extinction = 0.25;
} // namespace

SolarModel::SolarModel(double latitudeDeg, double longitudeDeg, double peakKwhPerDay)
    : m_sinLat(std::sin(latitudeDeg * degree))
    , m_cosLat(std::cos(latitudeDeg * degree))
    , m_sinLatLessTilt(std::sin((latitudeDeg - roofTiltDeg) * degree))
    , m_cosLatLessTilt(std::cos((latitudeDeg - roofTiltDeg) * degree))
    , m_longitudeDeg(longitudeDeg)
{
    // Integrate a clear solstice (any 24 hours around it) to find the scale.
    const qint64 solstice = QDateTime(QDate(2021, 6, 21), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_kwhPerPowerHour = 1;
    const double powerHours = clearSkyKwh(solstice, 24 * 60);
    m_kwhPerPowerHour = powerHours > 0 ? peakKwhPerDay / powerHours : 0;
}

double SolarModel::relativePower(qint64 utcMs) const
{
    const double days = double(utcMs - j2000Ms) / 86400000.0;
    // Local solar time from the longitude; the equation of time is ignored (minutes).
    const double utcDayFraction = days + 0.5 - std::floor(days + 0.5);
    const double cosHourAngle = std::cos(2 * pi * (utcDayFraction + m_longitudeDeg / 360.0) - pi);
    if (cosHourAngle <= -0.5)
        return 0; // deep night: skip the rest
    const double declination = 23.44 * degree * std::sin(2 * pi * (days - equinoxDays) / 365.2425);
    const double sinDec = std::sin(declination);
    const double cosDec = std::cos(declination);
    const double sinElevation = m_sinLat * sinDec + m_cosLat * cosDec * cosHourAngle;
    const double cosIncidence
        = m_sinLatLessTilt * sinDec + m_cosLatLessTilt * cosDec * cosHourAngle;
    if (sinElevation <= 0.02 || cosIncidence <= 0)
        return 0; // below the horizon, or behind the panel's plane
    return cosIncidence * std::exp(-extinction / sinElevation);
}

double SolarModel::clearSkyKwh(qint64 startMs, int minutes) const
{
    const int step = minutes < stepMinutes ? minutes : stepMinutes;
    double powerHours = 0;
    for (int m = 0; m < minutes; m += step)
        powerHours += relativePower(startMs + (2 * m + step) * msPerMinute / 2) * step / 60.0;
    return powerHours * m_kwhPerPowerHour;
}

} // namespace sim
