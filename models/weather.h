#pragma once

#include <QDate>
#include <QtGlobal>

#include <vector>

namespace coopdesk {

// One local day's air temperature, in degrees Fahrenheit. NaN when the source had no value.
struct DailyTemperature
{
    QDate day;
    double highF = 0;
    double lowF = 0;
    double meanF = 0;
};

// Temperatures over a range: daily rows and/or an hourly series (parallel arrays).
// Instants are real (ms since the epoch); values in °F, NaN = gap.
struct TemperatureSeries
{
    std::vector<DailyTemperature> daily;
    std::vector<qint64> hourStartMs;
    std::vector<double> hourlyF;
};

} // namespace coopdesk
