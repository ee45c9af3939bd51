#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace coopdesk {

// Reduces a sorted x/y series to what a plot of `columns` pixel columns can show, so a chart is
// never handed more points than it can draw and peaks survive (the min and max of each column are
// kept, not an average or every n-th point). x are milliseconds, ascending; y NaN marks a gap.
//
// The visible range [from, to) is found by binary search, so the work is proportional to the
// points in view, not to the whole history.
namespace Decimation {

// A decimated line: at most 2 points per column (its min and max, in x order). A column whose
// points are all gaps gives one NaN point (consecutive ones collapse), so the line breaks there;
// a gap narrower than a column inside a column with readings is not shown.
struct Line
{
    std::vector<qint64> x;
    std::vector<double> y;
    qsizetype size() const { return qsizetype(x.size()); }
};

// A decimated band: one entry per column that holds points, at the x of the column's first point,
// with the lowest and highest reading of the column. All-gap columns give NaN low/high.
struct Envelope
{
    std::vector<qint64> x;
    std::vector<double> low;
    std::vector<double> high;
    qsizetype size() const { return qsizetype(x.size()); }
};

// Index range [first, last) of the points with from <= x < to.
struct IndexRange
{
    qsizetype first = 0;
    qsizetype last = 0;
};
IndexRange visible(std::span<const qint64> x, qint64 from, qint64 to);

Line minMax(std::span<const qint64> x, std::span<const double> y, qint64 from, qint64 to,
            int columns);
// Two y arrays: per column the min of `low` and the max of `high` (a daily low/high band).
Envelope envelope(std::span<const qint64> x, std::span<const double> low,
                  std::span<const double> high, qint64 from, qint64 to, int columns);
inline Envelope envelope(std::span<const qint64> x, std::span<const double> y, qint64 from,
                         qint64 to, int columns)
{
    return envelope(x, y, y, from, to, columns);
}

} // namespace Decimation
} // namespace coopdesk
