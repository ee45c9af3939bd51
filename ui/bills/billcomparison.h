#pragma once

#include "models/billing.h"
#include "models/weather.h"

#include <QDate>

#include <optional>

namespace coopdesk::ui {

// The figures of one bill that a side-by-side comparison shows, worked out from the bill and the
// temperatures of its period. Plain values: no widgets, unit-testable.
struct BillFigures
{
    QDate periodStart;
    QDate periodEnd;
    int days = 0;                               // 0: period unknown
    double kwh = 0;
    Money amount;
    std::optional<double> averageDailyKwh;      // kwh / days, when days are known
    std::optional<double> averageTemperatureF;  // mean of the period's daily means

    static BillFigures of(const BillSummary &bill, std::optional<double> averageTemperatureF);
};

// The mean of the daily mean temperatures (°F) of the local days [from, to] in `series`,
// skipping gaps (NaN); nullopt when no day of the range has a value.
std::optional<double> meanOfDailyMeans(const TemperatureSeries &series, QDate from, QDate to);

} // namespace coopdesk::ui
