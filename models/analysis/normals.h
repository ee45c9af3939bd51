#pragma once

#include "changepoint.h"

#include <QDate>

#include <array>
#include <span>
#include <vector>

namespace coopdesk::analysis {

// The location's normal weather: for each calendar day, that day's mean temperature in each of
// several recent years. Degree-day normals are averaged from the days themselves (not from an
// averaged temperature), so a balance point below most days' means still counts the cold ones.
class TemperatureNormals
{
public:
    TemperatureNormals() = default;
    // From daily means (same length as `days`); NaN values are skipped; February 29 is folded
    // onto February 28.
    static TemperatureNormals fromDays(std::span<const QDate> days, std::span<const double> meanF);
    // From dailyMeanTemperatures() of the local days [from, to].
    static TemperatureNormals fromRange(QDate from, std::span<const double> meanF);

    bool isEmpty() const { return m_years == 0; }
    int years() const { return m_years; } // distinct years that contributed
    // The normal mean temperature of `day`'s calendar day (month and day; the year is ignored);
    // NaN when no year has it.
    double meanF(QDate day) const;
    // Mean over the years of the degree days on `day`'s calendar day.
    double heatingDegrees(QDate day, double balanceF) const;
    double coolingDegrees(QDate day, double balanceF) const;
    // What `model` expects on `day`'s calendar day under normal weather (mean over the years).
    double expectedKwh(const ChangePointModel &model, QDate day) const;
    // What `model` expects over local days [from, to] in each of the normal years' weather, one
    // total per year (for a forecast's weather spread).
    std::vector<double> expectedKwhPerYear(const ChangePointModel &model, QDate from, QDate to) const;

private:
    std::array<std::vector<double>, 366> m_byDayOfYear; // index: day of a leap year - 1
    int m_years = 0;
};

// Normal-year consumption (NAC, PRISM): 365 * (mu + bH * HDDnormal/day + bC * CDDnormal/day).
double normalYearKwh(const ChangePointModel &model, const TemperatureNormals &normals);

} // namespace coopdesk::analysis
