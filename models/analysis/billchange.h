#pragma once

#include "changepoint.h"
#include "models/billing.h"
#include "models/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace coopdesk::analysis {

// A bill's period: the local days it charged for, its energy, its amount and its weather.
struct BilledPeriod
{
    QString label;                  // "Aug 2026": the bill's period month, for a picker
    QDate billDate;
    QDate from;                     // local days, both inclusive
    QDate to;
    double kwh = kNoValue;
    Money amount;
    std::vector<double> dailyMeanF; // filled by the caller, one per day (NaN where unknown)

    int days() const { return int(from.daysTo(to)) + 1; }
};

// The periods of a bill history, oldest first: a bill's own period dates when the portal gave
// them, else from the previous bill's date to the day before this bill's date (SmartHub bills
// the day after a period closes). The oldest bill is left out when its start is unknown.
std::vector<BilledPeriod> billedPeriods(const QList<BillSummary> &bills);

// The period a year before `period` (the bill date closest to one year earlier, within 20 days),
// or nullopt.
std::optional<qsizetype> sameBillLastYear(std::span<const BilledPeriod> periods, qsizetype index);

// The member's average price per kWh over the most recent `lastBills` bills with positive kWh
// (amount / kWh, fixed charges included, as shared/analysis.md asks); NaN when there are none.
double averagePricePerKwh(const QList<BillSummary> &bills, int lastBills = 12);

// "Why did my bill change?" between an earlier period A and a later period B, with a model fitted
// on the year before B (shared/analysis.md):
//   weather      = model(B's weather, B's days) - model(A's weather, B's days)
//   billing days = (days B - days A) * the model's per-day usage at A's weather
//   own use      = actual B - actual A - weather - billing days
// In kWh the three parts add up to kWh B - kWh A. In dollars each part is priced at the
// member's average price, and "price and other charges" takes the rest, so the four add up to
// the cent to amount B - amount A.
struct BillChange
{
    BilledPeriod before;
    BilledPeriod after;
    ChangePointModel model;
    double pricePerKwh = kNoValue;

    double expectedBeforeKwh = kNoValue; // model at A's weather and days
    double expectedAfterKwh = kNoValue;  // model at B's weather and days
    double weatherKwh = 0;
    double billingDaysKwh = 0;
    double ownUseKwh = 0;

    Money weather;
    Money billingDays;
    Money ownUse;
    Money priceAndCharges;

    double differenceKwh() const { return after.kwh - before.kwh; }
    Money difference() const { return after.amount - before.amount; }
};

BillChange explainBillChange(const BilledPeriod &before, const BilledPeriod &after,
                             const ChangePointModel &model, double pricePerKwh);

} // namespace coopdesk::analysis
