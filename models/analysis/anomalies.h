#pragma once

#include "changepoint.h"

#include <QDate>

#include <span>
#include <vector>

namespace coopdesk::analysis {

// A day (or a run of days) far above what the model expects for its weather.
struct Anomaly
{
    enum class Kind {
        HighDay,      // one day's residual above k standard deviations of the fit's residuals
        BaseloadStep, // a sustained step up: every day of a run of at least a week above the limit
    };
    Kind kind = Kind::HighDay;
    QDate from;  // both inclusive; from == to for HighDay
    QDate to;
    double actualKwh = 0;   // over [from, to]
    double expectedKwh = 0; // what the model expects for those days' weather
    double sigmas = 0;      // HighDay: the residual in residual standard deviations; step: the run's mean

    double excessKwh() const { return actualKwh - expectedKwh; }
    int days() const { return int(from.daysTo(to)) + 1; }
};

struct AnomalyOptions
{
    double highDaySigmas = 3;  // k
    int stepDays = 7;          // the shortest run that counts as a step
    double stepSigmas = 1;     // every day of the run at least this far above the model
};

// Anomalies among `days` (ascending; unusable days are skipped and end a run), judged against
// `fit` (which must have a model), newest first.
std::vector<Anomaly> findAnomalies(std::span<const DayObservation> days, const ChangePointFit &fit,
                                   const AnomalyOptions &options = {});

} // namespace coopdesk::analysis
