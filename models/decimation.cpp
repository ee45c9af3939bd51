#include "decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace coopdesk::Decimation {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Maps x to its pixel column; (x - from) * columns stays far inside 64 bits for any realistic
// span (centuries of milliseconds times thousands of columns).
struct ColumnMap
{
    qint64 from;
    qint64 span;
    int columns;
    int operator()(qint64 x) const
    {
        return int(std::min<qint64>((x - from) * columns / span, columns - 1));
    }
    // The first x that falls in a later column than `col` (comparing against it keeps the
    // division out of the per-point loop).
    qint64 endOf(int col) const
    {
        if (col >= columns - 1)
            return std::numeric_limits<qint64>::max();
        return from + (qint64(col + 1) * span + columns - 1) / columns;
    }
};

} // namespace

IndexRange visible(std::span<const qint64> x, qint64 from, qint64 to)
{
    const auto first = std::lower_bound(x.begin(), x.end(), from);
    const auto last = std::lower_bound(first, x.end(), std::max(from, to));
    return { qsizetype(first - x.begin()), qsizetype(last - x.begin()) };
}

Line minMax(std::span<const qint64> x, std::span<const double> y, qint64 from, qint64 to,
            int columns)
{
    Line out;
    const IndexRange r = visible(x, from, to);
    if (r.first >= r.last || columns <= 0)
        return out;
    const qsizetype n = r.last - r.first;
    out.x.reserve(size_t(std::min<qsizetype>(n, 2 * qsizetype(columns))));
    out.y.reserve(out.x.capacity());
    const ColumnMap column{ from, to - from, columns };

    const auto emitGap = [&](qint64 at) {
        if (out.y.empty() || !std::isnan(out.y.back())) {
            out.x.push_back(at);
            out.y.push_back(nan);
        }
    };

    const qint64 *xs = x.data();
    const double *ys = y.data();
    qsizetype i = r.first;
    while (i < r.last) {
        const int col = column(xs[i]);
        const qint64 colStartX = xs[i];
        const qint64 colEnd = column.endOf(col);
        // NaN compares false both ways, so gaps never become the min or the max.
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
        qsizetype minAt = -1;
        qsizetype maxAt = -1;
        for (; i < r.last && xs[i] < colEnd; ++i) {
            const double v = ys[i];
            if (v < lo) {
                lo = v;
                minAt = i;
            }
            if (v > hi) {
                hi = v;
                maxAt = i;
            }
        }
        if (minAt < 0) {
            // Only gaps (or only infinities, which a meter never reports): a break.
            emitGap(colStartX);
            continue;
        }
        const qsizetype a = std::min(minAt, maxAt);
        const qsizetype b = std::max(minAt, maxAt);
        out.x.push_back(xs[a]);
        out.y.push_back(ys[a]);
        if (b != a) {
            out.x.push_back(xs[b]);
            out.y.push_back(ys[b]);
        }
    }
    return out;
}

Envelope envelope(std::span<const qint64> x, std::span<const double> low,
                  std::span<const double> high, qint64 from, qint64 to, int columns)
{
    Envelope out;
    const IndexRange r = visible(x, from, to);
    if (r.first >= r.last || columns <= 0)
        return out;
    const size_t cap = size_t(std::min<qsizetype>(r.last - r.first, columns));
    out.x.reserve(cap);
    out.low.reserve(cap);
    out.high.reserve(cap);
    const ColumnMap column{ from, to - from, columns };

    qsizetype i = r.first;
    while (i < r.last) {
        const int col = column(x[size_t(i)]);
        const qint64 colStartX = x[size_t(i)];
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
        const qint64 colEnd = column.endOf(col);
        for (; i < r.last && x[size_t(i)] < colEnd; ++i) {
            // NaN compares false: gaps never win.
            const double l = low[size_t(i)];
            const double h = high[size_t(i)];
            lo = l < lo ? l : lo;
            hi = h > hi ? h : hi;
        }
        const bool empty = std::isinf(lo) && std::isinf(hi);
        if (empty && !out.low.empty() && std::isnan(out.low.back()))
            continue; // one break per run of empty columns
        out.x.push_back(colStartX);
        out.low.push_back(empty ? nan : (std::isinf(lo) ? hi : lo));
        out.high.push_back(empty ? nan : (std::isinf(hi) ? lo : hi));
    }
    return out;
}

} // namespace coopdesk::Decimation
