#pragma once

#include "degreedays.h"

#include <QDate>

#include <span>
#include <vector>

namespace coopdesk::analysis {

// The model families of shared/analysis.md, fitted by least squares.
enum class ModelFamily { Intercept, Heating, Cooling, HeatingCooling };

// Usage per day = baseload + heating slope * HDD(heating balance) + cooling slope * CDD(cooling
// balance). A family without heating (cooling) has slope 0 and a NaN balance point.
struct ChangePointModel
{
    ModelFamily family = ModelFamily::Intercept;
    double baseloadKwhPerDay = 0;
    double heatingBalanceF = kNoValue;
    double heatingKwhPerDegreeDay = 0;
    double coolingBalanceF = kNoValue;
    double coolingKwhPerDegreeDay = 0;

    bool hasHeating() const { return family == ModelFamily::Heating || family == ModelFamily::HeatingCooling; }
    bool hasCooling() const { return family == ModelFamily::Cooling || family == ModelFamily::HeatingCooling; }
    // Expected kWh of one day with this mean temperature (NaN in, NaN out).
    double expectedKwh(double meanF) const;
    // Expected kWh over days with these mean temperatures; a NaN temperature counts as a day at
    // the model's least weather-driven use (its baseload), so a gap never removes a day.
    double expectedKwh(std::span<const double> meanF) const;
};

// How well the model explains the data (shared/analysis.md, "Outputs"). Ratios, not percents.
struct FitStatistics
{
    int observations = 0;         // n: usable days, or billing periods
    int explanatoryVariables = 0; // c: 0 intercept, 1 heating or cooling, 2 both
    double rSquared = kNoValue;
    double adjustedRSquared = kNoValue;
    double cvRmse = kNoValue;         // sqrt(SS_res / (n - c)) / mean(y)
    double nmbe = kNoValue;           // sum(y - yhat) / ((n - c) * mean(y))
    double residualStdDevKwh = kNoValue; // per day: sqrt(SS_res / (n - c - 1)) (periods: per day, weighted)
    double meanKwhPerDay = kNoValue;
};

// Said plainly in the UI: no fit at all, a fit to take with care, or a fit to trust.
enum class FitVerdict {
    NotEnoughData, // too few usable days (or bills): no model is given
    Unreliable,    // a model, but the statistics or the amount of data miss the limits below
    Reliable,
};

struct FitOptions
{
    double lowestBalanceF = 30;
    double highestBalanceF = 90;
    double balanceStepF = 1;
    int minimumDegreeDayDays = 10;        // days with non-zero degree days for a term to qualify
    double minimumDegreeDaysPerYear = 20; // degree days per year of data for a term to qualify
    // Daily data: fewer usable days than this and there is no fit (a 365-day baseline with at
    // most 37 days missing). Reliable: at least reliableDays and CV(RMSE) <= reliableCvRmse.
    int minimumDays = 328;
    int reliableDays = 350;
    double reliableCvRmse = 0.30;
    // Billing periods: at least minimumPeriods bills covering minimumDays, and ASHRAE Guideline 14
    // limits for reliability.
    int minimumPeriods = 11;
    double reliablePeriodCvRmse = 0.15;
    double reliablePeriodNmbe = 0.05;
    double outlierIqrs = 3; // usage this many IQRs above the median is flagged (not removed)
};

struct ChangePointFit
{
    FitVerdict verdict = FitVerdict::NotEnoughData;
    ChangePointModel model;       // meaningful unless NotEnoughData
    FitStatistics statistics;
    QDate from;                   // the first and last day of the data given
    QDate to;
    int usableDays = 0;           // days (or days covered by usable periods) that entered the fit
    int missingDays = 0;          // days of [from, to] without a usable observation
    int periods = 0;              // billing-period fits: the periods used
    std::vector<QDate> highUsageDays; // flagged: more than outlierIqrs IQRs above the median

    bool hasModel() const { return verdict != FitVerdict::NotEnoughData; }
};

// The daily change-point fit: every balance point from lowestBalanceF to highestBalanceF in
// balanceStepF steps (cooling >= heating), the four families, positive slopes only, the highest
// adjusted R². Fast enough to refit while the member drags a range (sufficient statistics per
// candidate; about 2 ms for three years).
ChangePointFit fitDaily(std::span<const DayObservation> days, const FitOptions &options = {});

// A billing period as the monthly variant needs it.
struct PeriodObservation
{
    QDate from;                     // local days, both inclusive
    QDate to;
    double kwh = kNoValue;          // the period's energy
    std::vector<double> dailyMeanF; // one per day of the period, NaN where unknown

    int days() const { return int(from.daysTo(to)) + 1; }
};

// The billing-period variant: average degree days per day over each period, weighted least
// squares with weight = days in the period; statistics on kWh per day.
ChangePointFit fitPeriods(std::span<const PeriodObservation> periods, const FitOptions &options = {});

} // namespace coopdesk::analysis
