#pragma once

#include "changepoint.h"
#include "models/billing.h"
#include "models/money.h"
#include "normals.h"

#include <QDate>
#include <QList>

#include <optional>
#include <span>

namespace coopdesk::analysis {

// The open billing cycle: from the day after the last billed period to the day before the next
// bill is expected (one month after the latest bill date); nullopt without a bill.
struct BillingCycle
{
    QDate from;
    QDate to; // both inclusive
    int days() const { return int(from.daysTo(to)) + 1; }
};
std::optional<BillingCycle> openBillingCycle(const QList<BillSummary> &bills);

// The cycle's energy and cost: actual use so far plus the model's expectation for the days left
// at normal temperatures, with a band that holds the given probability (residual spread of the
// remaining days plus the spread of the normal years' weather). Dollars at the average price.
struct BillForecast
{
    BillingCycle cycle;
    QDate asOf;                    // the last day with data (today - 1)
    int daysElapsed = 0;           // cycle days up to asOf
    int daysRemaining = 0;
    double kwhSoFar = 0;           // actual (missing days so far are filled with the model)
    double expectedRemainingKwh = 0;
    double kwh = 0;                // so far + expected remaining
    double lowKwh = 0;
    double highKwh = 0;
    double probability = 0.9;
    double pricePerKwh = kNoValue;
    Money cost;
    Money lowCost;
    Money highCost;
};

// `days` covers at least the cycle's elapsed days (others are ignored); `fit` must have a model.
// nullopt when the cycle has ended or normals are missing.
std::optional<BillForecast> forecastBill(std::span<const DayObservation> days,
                                         const BillingCycle &cycle, QDate asOf,
                                         const ChangePointFit &fit,
                                         const TemperatureNormals &normals, double pricePerKwh,
                                         double probability = 0.9);

} // namespace coopdesk::analysis
