#pragma once

#include "changepoint.h"

#include <QDate>
#include <QString>

#include <span>

namespace coopdesk::analysis {

// Something the member noted about a location on a date or a range of dates ("new heat pump").
struct UsageMarker
{
    QString id;          // a UUID, stable across saves
    QString portal;      // the portal host the location belongs to
    QString location;    // service location number
    QDate from;
    QDate to;            // == from for a single day
    QString note;

    bool isRange() const { return to > from; }
    friend bool operator==(const UsageMarker &, const UsageMarker &) = default;
};

// Before and after a marker, normalized for weather: a model fitted on up to a year before the
// marker predicts what the days after it would have used at their own weather; the difference
// from what they did use is the member's change.
struct MarkerComparison
{
    enum class Outcome { Compared, NotEnoughBefore, NotEnoughAfter };
    Outcome outcome = Outcome::NotEnoughBefore;
    ChangePointFit before;         // fitted on [marker.from - 365 days, marker.from - 1]
    QDate afterFrom;               // marker.to + 1
    QDate afterTo;                 // the last usable day given
    int afterDays = 0;             // usable days after the marker
    double actualAfterKwh = 0;
    double expectedAfterKwh = 0;   // the before model at the after days' weather

    double changeKwh() const { return actualAfterKwh - expectedAfterKwh; }
    double changeRatio() const { return expectedAfterKwh > 0 ? changeKwh() / expectedAfterKwh : 0; }
};

struct MarkerOptions
{
    FitOptions fit;          // for the before model (its minimumDays applies)
    int minimumAfterDays = 14;
};

MarkerComparison compareAroundMarker(std::span<const DayObservation> days,
                                     const UsageMarker &marker, const MarkerOptions &options = {});

} // namespace coopdesk::analysis
