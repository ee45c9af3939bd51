#include "usagechartview.h"

#include "models/decimation.h"
#include "timeaxis.h"
#include "ui/common/formatting.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGestureEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPinchGesture>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace coopdesk::ui {

namespace {

constexpr qint64 msPerHour = 3600LL * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;
constexpr double gap = std::numeric_limits<double>::quiet_NaN();
// Bars while each interval gets at least this many pixels, else the min/max band.
constexpr int minBarPixels = 6;

// Runs [first, last) of entries that are not gaps and have no jump in x wider than `maxJump`.
template<typename Emit>
void forEachRun(const std::vector<qint64> &x, const std::vector<double> &y, qint64 maxJump, Emit onRun)
{
    size_t first = 0;
    const size_t n = x.size();
    while (first < n) {
        while (first < n && std::isnan(y[first]))
            ++first;
        if (first >= n)
            break;
        size_t last = first + 1;
        while (last < n && !std::isnan(y[last]) && x[last] - x[last - 1] <= maxJump)
            ++last;
        onRun(first, last);
        first = last;
    }
}

} // namespace

UsageChartView::UsageChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_clock(QTimeZone::utc())
    , m_colors(ChartColors::from(palette()))
    , m_axisX(new QCategoryAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_axisT(new QValueAxis(this))
{
    setObjectName(QStringLiteral("usageChart"));
    setAccessibleName(tr("Usage and temperature chart"));
    setAccessibleDescription(tr("Mouse wheel, plus and minus keys or a pinch zoom; arrow keys "
                                "or Shift with the wheel move in time; Home shows everything. "
                                "The Table tab lists every value."));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->grabGesture(Qt::PinchGesture);
    setMinimumSize(320, 220);

    QChart *c = chart();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setAnimationOptions(QChart::NoAnimation);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setTruncateLabels(false);
    //: Axis title of the usage chart
    m_axisY->setTitleText(tr("kWh"));
    m_axisY->setLabelFormat(QStringLiteral("%.3g"));
    m_axisT->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    // The temperature axis joins the chart only while there are temperatures to show (a hidden
    // axis does not get its layout back reliably when shown again).
    setTemperatureUnit(TemperatureUnit::Fahrenheit);
    styleChart(c, m_colors);
    connect(m_axisX, &QValueAxis::rangeChanged, this, &UsageChartView::onAxisRangeChanged);
    // Axes and legend change the plot's width after a rebuild: decimate again for the new width.
    connect(c, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        if (int(plot.width()) != m_columnsUsed && !m_applying)
            scheduleRebuild();
    });
}

UsageChartView::~UsageChartView()
{
    // Out of the chart, the temperature axis belongs to nobody.
    if (!chart()->axes().contains(m_axisT))
        delete m_axisT;
}

void UsageChartView::setWallClock(const WallClock &clock)
{
    m_clock = clock;
    recomputeTemperatures();
    scheduleRebuild();
}

void UsageChartView::setData(UsageChartData data)
{
    m_data = std::move(data);
    m_exportNegative.assign(m_data.usage.exportKwh.size(), 0);
    std::transform(m_data.usage.exportKwh.begin(), m_data.usage.exportKwh.end(),
                   m_exportNegative.begin(), [](double v) { return -v; });
    m_dataFrom = m_data.usage.isEmpty() ? 0 : m_data.usage.startMs.front();
    m_dataTo = m_data.usage.isEmpty()
            ? 0
            : *std::max_element(m_data.usage.endMs.begin(), m_data.usage.endMs.end());
    recomputeTemperatures();
    m_from = m_dataFrom;
    m_to = m_dataTo;
    rebuild();
    Q_EMIT visibleRangeChanged(m_from, m_to);
}

void UsageChartView::setLastYear(UsageView lastYear)
{
    m_data.lastYear = std::move(lastYear);
    rebuild();
}

void UsageChartView::setTemperatureUnit(TemperatureUnit unit)
{
    m_unit = unit;
    //: Axis title: temperature with its unit (°F or °C)
    m_axisT->setTitleText(tr("Temperature (%1)").arg(temperatureUnitSymbol(unit)));
    recomputeTemperatures();
    if (!m_data.usage.isEmpty())
        rebuild();
}

void UsageChartView::clear()
{
    setData({});
    m_readout.clear();
    Q_EMIT readoutChanged(QString());
}

void UsageChartView::recomputeTemperatures()
{
    const TemperatureSeries &t = m_data.temperatures;
    m_dayX.clear();
    m_dayLow.clear();
    m_dayHigh.clear();
    m_dayMean.clear();
    for (const DailyTemperature &d : t.daily) {
        // Drawn at local noon, the middle of a daily bar.
        const qint64 start = m_clock.startOfDay(d.day);
        m_dayX.push_back(start + qint64(m_clock.minutesInDay(d.day)) * 30'000);
        m_dayLow.push_back(toUnit(d.lowF, m_unit));
        m_dayHigh.push_back(toUnit(d.highF, m_unit));
        m_dayMean.push_back(toUnit(d.meanF, m_unit));
    }
    m_hourly.resize(t.hourlyF.size());
    std::transform(t.hourlyF.begin(), t.hourlyF.end(), m_hourly.begin(),
                   [this](double f) { return toUnit(f, m_unit); });
}

qint64 UsageChartView::rowWidth() const
{
    const UsageView &u = m_data.usage;
    if (u.isEmpty())
        return msPerHour;
    // The typical row: the shortest of the first few (a DST day or a short first period aside).
    qint64 w = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < std::min<qsizetype>(u.size(), 8); ++i)
        w = std::min(w, u.endMs[size_t(i)] - u.startMs[size_t(i)]);
    return std::max<qint64>(w, 60'000);
}

int UsageChartView::plotColumns() const
{
    const int w = int(chart()->plotArea().width());
    return w >= 16 ? w : std::max(100, width() - 120);
}

bool UsageChartView::hasTemperatureAxis() const
{
    return m_hasTemperature && chart()->axes(Qt::Vertical).contains(m_axisT);
}

void UsageChartView::setVisibleRange(qint64 from, qint64 to)
{
    if (m_data.usage.isEmpty())
        return;
    const qint64 full = m_dataTo - m_dataFrom;
    qint64 span = std::clamp(to - from, std::min(full, std::max(3 * rowWidth(), msPerHour)), full);
    if (to - from != span)
        from += (to - from - span) / 2; // keep the middle where it was asked
    from = std::clamp(from, m_dataFrom, m_dataTo - span);
    to = from + span;
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    rebuild();
    Q_EMIT visibleRangeChanged(m_from, m_to);
}

void UsageChartView::zoomBy(double factor, double anchor)
{
    if (factor <= 0 || m_to <= m_from)
        return;
    const double span = double(m_to - m_from);
    const double at = double(m_from) + std::clamp(anchor, 0.0, 1.0) * span;
    const double newSpan = span / factor;
    const qint64 from = qint64(std::llround(at - anchor * newSpan));
    setVisibleRange(from, from + qint64(std::llround(newSpan)));
}

void UsageChartView::panBy(double fraction)
{
    const qint64 shift = qint64(std::llround(double(m_to - m_from) * fraction));
    setVisibleRange(m_from + shift, m_to + shift);
}

void UsageChartView::showAll()
{
    setVisibleRange(m_dataFrom, m_dataTo);
}

void UsageChartView::scheduleRebuild()
{
    if (m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildQueued = false;
        rebuild();
    });
}

void UsageChartView::onAxisRangeChanged(qreal min, qreal max)
{
    if (m_applying)
        return;
    // The rubber band (or a right-click zoom out) moved the axis: take it as the new range and
    // decimate again once the chart has finished its own zoom.
    const qint64 from = qint64(min);
    const qint64 to = qint64(max);
    QTimer::singleShot(0, this, [this, from, to] {
        m_from = m_to = 0; // force: the axis already shows the new range
        setVisibleRange(from, to);
    });
}

void UsageChartView::track(double v, bool temperature)
{
    if (std::isnan(v))
        return;
    double &lo = temperature ? m_tMin : m_yMin;
    double &hi = temperature ? m_tMax : m_yMax;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
}

void UsageChartView::addToChart(QAbstractSeries *series, const QString &name, QAbstractAxis *y)
{
    series->setName(name);
    chart()->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(y);
    if (m_legendNames.contains(name)) {
        const auto markers = chart()->legend()->markers(series);
        for (QLegendMarker *m : markers)
            m->setVisible(false);
    }
    m_legendNames.insert(name);
}

int UsageChartView::addBand(const QString &name, const QColor &color, std::span<const qint64> x,
                            std::span<const double> low, std::span<const double> high,
                            QAbstractAxis *y, int columns, qint64 step, int alpha, bool fromZero)
{
    const qint64 from = m_from - step;
    const auto band = Decimation::envelope(x, low, high, from, m_to, columns);
    const qint64 columnMs = std::max<qint64>(1, (m_to - from) / std::max(1, columns));
    const bool temperature = y == m_axisT;
    int points = 0;
    // One area between two lines, parented to the area so it owns them.
    const auto addArea = [&](const QList<QPointF> &up, const QList<QPointF> &down, const QColor &fill) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(up);
        lower->append(down);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setBrush(fill);
        area->setPen(fromZero ? QPen(Qt::NoPen) : QPen(color, 1));
        addToChart(area, name, y);
        points = std::max(points, int(up.size() + down.size()));
        m_largestSeries = std::max(m_largestSeries, int(std::max(up.size(), down.size())));
    };
    forEachRun(band.x, band.low, std::max(3 * columnMs, step + step / 2), [&](size_t first, size_t last) {
        QList<QPointF> outer, inner;
        outer.reserve(qsizetype(last - first + 1));
        inner.reserve(qsizetype(last - first + 1));
        for (size_t i = first; i < last; ++i) {
            // From zero: the reading farthest from zero (the peak) light, the nearest (the
            // floor, e.g. the baseload) solid. Else: the plain low..high band.
            const bool up = band.high[i] + band.low[i] >= 0;
            outer.append(QPointF(double(band.x[i]), fromZero && !up ? band.low[i] : band.high[i]));
            inner.append(QPointF(double(band.x[i]), fromZero && !up ? band.high[i] : band.low[i]));
            track(band.low[i], temperature);
            track(band.high[i], temperature);
        }
        if (last - first == 1) { // a lone column: give it its width
            outer.append(QPointF(double(band.x[first] + columnMs), outer.back().y()));
            inner.append(QPointF(double(band.x[first] + columnMs), inner.back().y()));
        }
        if (!fromZero) {
            QColor fill = color;
            fill.setAlpha(alpha);
            addArea(outer, inner, fill);
            return;
        }
        const QList<QPointF> zero{ QPointF(outer.front().x(), 0), QPointF(outer.back().x(), 0) };
        QColor light = color;
        light.setAlpha(alpha);
        addArea(outer, zero, light);
        addArea(inner, zero, color);
    });
    return points;
}

int UsageChartView::addBars(const QString &name, const QColor &color,
                            const std::vector<double> &values, double sign, QAbstractAxis *y)
{
    const UsageView &u = m_data.usage;
    const auto r = Decimation::visible(u.startMs, m_from - rowWidth(), m_to);
    if (r.first >= r.last)
        return 0;
    QList<QPointF> up;
    up.reserve(4 * (r.last - r.first));
    for (qsizetype k = r.first; k < r.last; ++k) {
        const size_t i = size_t(k);
        const double v = values[i] * sign;
        if (std::isnan(v))
            continue; // a gap: no bar (the table says "no reading")
        const qint64 s = u.startMs[i];
        const qint64 e = u.endMs[i];
        const qint64 pad = (e - s) / 8;
        up.append(QPointF(double(s + pad), 0));
        up.append(QPointF(double(s + pad), v));
        up.append(QPointF(double(e - pad), v));
        up.append(QPointF(double(e - pad), 0));
        track(v, false);
    }
    if (up.isEmpty())
        return 0;
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    upper->append(up);
    lower->append({ QPointF(up.front().x(), 0), QPointF(up.back().x(), 0) });
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setBrush(color);
    area->setPen(QPen(color, 1));
    addToChart(area, name, y);
    m_largestSeries = std::max(m_largestSeries, int(up.size()));
    return int(up.size()) + 2;
}

int UsageChartView::addLine(const QString &name, const QColor &color, std::span<const qint64> x,
                            std::span<const double> y, QAbstractAxis *axis, int columns,
                            qint64 step, Qt::PenStyle style, qreal width, qint64 xOffset)
{
    const qint64 from = m_from - step;
    const auto line = Decimation::minMax(x, y, from, m_to, std::max(1, columns));
    const qint64 columnMs = std::max<qint64>(1, (m_to - from) / std::max(1, columns));
    const bool temperature = axis == m_axisT;
    int points = 0;
    forEachRun(line.x, line.y, std::max(3 * columnMs, step + step / 2), [&](size_t first, size_t last) {
        auto *series = new QLineSeries;
        QList<QPointF> pts;
        pts.reserve(qsizetype(last - first));
        for (size_t i = first; i < last; ++i) {
            pts.append(QPointF(double(line.x[i] + xOffset), line.y[i]));
            track(line.y[i], temperature);
        }
        series->append(pts);
        series->setPen(QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin));
        series->setColor(color);
        if (pts.size() == 1) {
            series->setPointsVisible(true);
            series->setMarkerSize(4);
        }
        points += int(pts.size());
        m_largestSeries = std::max(m_largestSeries, int(pts.size()));
        addToChart(series, name, axis);
    });
    return points;
}

void UsageChartView::rebuild()
{
    m_applying = true;
    QChart *c = chart();
    c->removeAllSeries();
    m_legendNames.clear();
    m_usagePoints = 0;
    m_largestSeries = 0;
    m_hasTemperature = false;
    m_yMin = m_tMin = std::numeric_limits<double>::infinity();
    m_yMax = m_tMax = -std::numeric_limits<double>::infinity();
    const UsageView &u = m_data.usage;
    const int columns = plotColumns();
    m_columnsUsed = columns;
    const bool wantsTemperatureAxis = !m_dayX.empty() || !m_hourly.empty();
    const bool hasAxis = c->axes(Qt::Vertical).contains(m_axisT);
    if (wantsTemperatureAxis && !hasAxis)
        c->addAxis(m_axisT, Qt::AlignRight);
    else if (!wantsTemperatureAxis && hasAxis)
        c->removeAxis(m_axisT);

    // Time axis ticks in the co-op's calendar.
    const auto labels = m_axisX->categoriesLabels();
    for (const QString &l : labels)
        m_axisX->remove(l);
    if (u.isEmpty()) {
        m_axisX->setRange(0, 1);
        m_axisY->setRange(0, 1);
        m_bars = false;
        m_applying = false;
        return;
    }
    m_axisX->setStartValue(double(m_from));
    QSet<QString> used;
    for (const TimeTick &t : timeTicks(m_clock, m_from, m_to, columns)) {
        QString label = t.label;
        while (used.contains(label)) // labels are keys: repeat ones get an invisible mark
            label.append(QChar(0x200B));
        used.insert(label);
        m_axisX->append(label, double(t.ms));
    }

    // Temperature: the band goes under the usage, the lines over it. Hourly while hours can be
    // told apart (short rows, up to about six weeks in view); else the daily band and mean.
    const bool shortRows = u.resolution == UsageResolution::Native
            || u.resolution == UsageResolution::Hourly;
    const bool hourlyTemperature = shortRows && !m_hourly.empty()
            && (m_to - m_from <= 45 * msPerDay || m_dayX.empty());
    if (!hourlyTemperature && !m_dayX.empty()) {
        m_hasTemperature = addBand(tr("Daily low–high"), m_colors.temperature, m_dayX, m_dayLow,
                                   m_dayHigh, m_axisT, columns, msPerDay, 45, false) > 0;
    }

    const qint64 w = rowWidth();
    const auto visibleRows = Decimation::visible(u.startMs, m_from - w, m_to);
    const qsizetype rows = visibleRows.last - visibleRows.first;
    m_bars = rows * minBarPixels <= columns;
    if (m_bars) {
        if (u.netMetered) {
            m_usagePoints = addBars(tr("Import"), m_colors.usage, u.importKwh, 1, m_axisY);
            m_usagePoints = std::max(m_usagePoints, addBars(tr("Export"), m_colors.exported,
                                                            u.exportKwh, -1, m_axisY));
            addLine(tr("Net"), m_colors.net, u.startMs, u.netKwh, m_axisY, columns, w,
                    Qt::SolidLine, 2, w / 2);
        } else {
            m_usagePoints = addBars(tr("Usage"), m_colors.usage, u.importKwh, 1, m_axisY);
        }
    } else if (u.netMetered) {
        m_usagePoints = addBand(tr("Import"), m_colors.usage, u.startMs, u.importKwh,
                                u.importKwh, m_axisY, columns, w, 130, true);
        m_usagePoints = std::max(m_usagePoints,
                                 addBand(tr("Export"), m_colors.exported, u.startMs,
                                         m_exportNegative, m_exportNegative, m_axisY, columns, w, 130, true));
        addLine(tr("Net"), m_colors.net, u.startMs, u.netKwh, m_axisY, columns / 2, w,
                Qt::SolidLine, 1);
    } else {
        m_usagePoints = addBand(tr("Usage"), m_colors.usage, u.startMs, u.importKwh, u.importKwh,
                                m_axisY, columns, w, 130, true);
    }

    if (hourlyTemperature) {
        m_hasTemperature = addLine(tr("Temperature"), m_colors.temperature,
                                   m_data.temperatures.hourStartMs, m_hourly, m_axisT,
                                   columns / 2, msPerHour, Qt::SolidLine, 1.5) > 0;
    } else if (!m_dayX.empty()) {
        m_hasTemperature = addLine(tr("Daily mean temperature"), m_colors.temperature, m_dayX,
                                   m_dayMean, m_axisT, columns / 2, msPerDay, Qt::SolidLine, 2) > 0
                || m_hasTemperature;
    }

    const UsageView &ly = m_data.lastYear;
    if (!ly.isEmpty()) {
        addLine(tr("Same period last year"), m_colors.lastYear, ly.startMs, ly.primary(), m_axisY,
                m_bars ? columns : columns / 2, w, Qt::DashLine, 2, m_bars ? w / 2 : 0);
    }

    m_axisX->setRange(double(m_from), double(m_to));
    if (std::isinf(m_yMin)) {
        m_yMin = 0;
        m_yMax = 1;
    }
    m_axisY->setRange(std::min(0.0, m_yMin * 1.05), std::max(m_yMax * 1.05, 0.001));
    m_axisY->applyNiceNumbers();
    if (m_hasTemperature) {
        const double pad = std::max(1.0, (m_tMax - m_tMin) * 0.08);
        m_axisT->setRange(m_tMin - pad, m_tMax + pad);
        m_axisT->applyNiceNumbers();
    }
    styleChart(c, m_colors);
    m_applying = false;
}

qint64 UsageChartView::timeAtX(qreal x) const
{
    const QRectF plot = chart()->plotArea();
    const QPointF inChart = chart()->mapFromScene(mapToScene(QPoint(int(x), 0)));
    if (plot.width() <= 0)
        return m_from;
    const double f = (inChart.x() - plot.left()) / plot.width();
    return m_from + qint64(std::llround(f * double(m_to - m_from)));
}

QString UsageChartView::rowText(qsizetype row) const
{
    const UsageView &u = m_data.usage;
    const size_t i = size_t(row);
    const QLocale locale;
    const QDateTime start = m_clock.toLocal(u.startMs[i]);
    const QDateTime end = m_clock.toLocal(u.endMs[i]);
    QString when;
    switch (u.resolution) {
    case UsageResolution::Native:
    case UsageResolution::Hourly:
        //: A time span in a chart read-out: "Sep 8, 3:15 PM – 3:30 PM"
    {
        // Minutes are enough (some locales' short time format has seconds).
        const QString hm = locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
        when = tr("%1, %2 – %3").arg(monthDay(start.date(), locale),
                                     locale.toString(start.time(), hm),
                                     locale.toString(end.time(), hm));
    }
        break;
    case UsageResolution::Daily:
        when = locale.toString(start.date(), QLocale::ShortFormat);
        break;
    case UsageResolution::BillingPeriod:
        //: A billing period in a chart read-out: "7/20/26 – 8/19/26"
        when = tr("%1 – %2").arg(locale.toString(start.date(), QLocale::ShortFormat),
                                 locale.toString(end.addMSecs(-1).date(), QLocale::ShortFormat));
        break;
    }
    const auto kwh = [&](double v) {
        //: In a chart read-out: an interval the meter did not report (not zero)
        return std::isnan(v) ? tr("no reading") : formatKwh(v, locale);
    };
    QString energy = u.netMetered
            //: Chart read-out of a net-metered location
            ? tr("import %1, export %2, net %3").arg(kwh(u.importKwh[i]), kwh(u.exportKwh[i]),
                                                    kwh(u.netKwh[i]))
            : kwh(u.importKwh[i]);
    if (i < u.partial.size() && u.partial[i])
        //: Read-out of an interval with some readings missing
        energy = tr("%1 (incomplete)").arg(energy);
    const double t = i < m_data.rowTemperatureF.size() ? m_data.rowTemperatureF[i] : gap;
    if (std::isnan(t))
        //: Chart read-out: "<when>: <energy>"
        return tr("%1: %2").arg(when, energy);
    //: Chart read-out: "<when>: <energy>, <temperature>"
    return tr("%1: %2, %3").arg(when, energy, formatTemperature(t, m_unit, locale));
}

QString UsageChartView::readoutAt(qint64 ms) const
{
    const UsageView &u = m_data.usage;
    const auto it = std::upper_bound(u.startMs.begin(), u.startMs.end(), ms);
    if (it == u.startMs.begin())
        return {};
    const qsizetype row = qsizetype(it - u.startMs.begin()) - 1;
    if (ms >= u.endMs[size_t(row)])
        return {};
    return rowText(row);
}

void UsageChartView::showReadout(const QPoint &pos, bool tooltip)
{
    const QPointF inChart = chart()->mapFromScene(mapToScene(pos));
    if (!chart()->plotArea().contains(inChart))
        return;
    const QString text = readoutAt(timeAtX(pos.x()));
    if (text != m_readout) {
        m_readout = text;
        Q_EMIT readoutChanged(text);
    }
    if (tooltip && !text.isEmpty())
        QToolTip::showText(mapToGlobal(pos), text, this);
}

void UsageChartView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.x() != 0 || event->modifiers() & Qt::ShiftModifier) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panBy(-double(d) / 120.0 * 0.1);
    } else if (delta.y() != 0) {
        const QRectF plot = chart()->plotArea();
        const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
        const double anchor = plot.width() > 0 ? (at.x() - plot.left()) / plot.width() : 0.5;
        zoomBy(std::pow(1.25, double(delta.y()) / 120.0), anchor);
    }
    event->accept();
}

void UsageChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        break;
    case Qt::Key_Left:
        panBy(-0.2);
        break;
    case Qt::Key_Right:
        panBy(0.2);
        break;
    case Qt::Key_Home:
        showAll();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void UsageChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() == Qt::NoButton)
        showReadout(event->position().toPoint(), true);
    QChartView::mouseMoveEvent(event);
}

void UsageChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    QChartView::mousePressEvent(event);
}

void UsageChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // A click or tap without a drag reads out the interval (no hover-only information).
    if (event->button() == Qt::LeftButton
        && (event->position().toPoint() - m_pressPos).manhattanLength() < 4) {
        showReadout(event->position().toPoint(), true);
    }
    QChartView::mouseReleaseEvent(event);
}

void UsageChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    scheduleRebuild(); // the plot's column count changed
}

void UsageChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_colors = ChartColors::from(palette());
        scheduleRebuild();
    }
    QChartView::changeEvent(event);
}

bool UsageChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QRectF plot = chart()->plotArea();
                const QPointF at = chart()->mapFromScene(
                        mapToScene(viewport()->mapFromGlobal(pinch->centerPoint().toPoint())));
                const double anchor = plot.width() > 0 ? (at.x() - plot.left()) / plot.width() : 0.5;
                zoomBy(pinch->scaleFactor(), anchor);
            }
            gesture->accept(pinch);
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

} // namespace coopdesk::ui
