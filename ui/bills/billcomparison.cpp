#include "billcomparison.h"

#include "models/items/billsmodel.h"

#include <cmath>

namespace coopdesk::ui {

BillFigures BillFigures::of(const BillSummary &bill, std::optional<double> averageTemperatureF)
{
    BillFigures f;
    f.periodStart = bill.periodStart;
    f.periodEnd = bill.periodEnd;
    f.days = BillsModel::periodDays(bill);
    f.kwh = bill.kwh;
    f.amount = bill.amount;
    if (f.days > 0)
        f.averageDailyKwh = bill.kwh / f.days;
    f.averageTemperatureF = averageTemperatureF;
    return f;
}

std::optional<double> meanOfDailyMeans(const TemperatureSeries &series, QDate from, QDate to)
{
    double sum = 0;
    int count = 0;
    for (const DailyTemperature &day : series.daily) {
        if (day.day < from || day.day > to || !std::isfinite(day.meanF))
            continue;
        sum += day.meanF;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

} // namespace coopdesk::ui
