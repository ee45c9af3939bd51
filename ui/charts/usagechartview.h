#pragma once

#include "chartstyle.h"
#include "models/usageaggregate.h"
#include "models/wallclock.h"
#include "ui/common/preferences.h"

#include <QChartView>
#include <QPointer>
#include <QSet>

class QAbstractSeries;
class QAbstractAxis;
class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;
class QXYSeries;

namespace coopdesk::ui {

// Everything the usage chart draws, at full resolution (the chart only keeps and draws decimated
// copies of the visible part).
struct UsageChartData
{
    UsageView usage;                     // the rows at the chosen resolution
    UsageView lastYear;                  // the same period a year earlier, moved onto this year
    TemperatureSeries temperatures;      // °F
    std::vector<double> rowTemperatureF; // per usage row (for the read-out), may be empty
};

// The usage-versus-temperature chart. Usage is drawn as bars while every interval gets a few
// pixels, and as a min/max band per pixel column once the intervals outnumber the columns; no
// series is ever handed more points than the plot has pixel columns. Temperature sits on a right
// axis: the hourly line for short intervals, else the daily low-high band and the daily mean.
// The time axis is labelled in the co-op's local calendar.
//
// Zoom and pan: mouse wheel (Shift or a sideways wheel pans), a horizontal rubber band, keyboard
// (+/- zoom, arrows pan, Home shows everything), touch pinch. Every change of the visible range
// decimates the full data again. Hovering, clicking or tapping reads out the interval under the
// pointer (readoutChanged(), also a tooltip).
class UsageChartView : public QChartView
{
    Q_OBJECT
public:
    explicit UsageChartView(QWidget *parent = nullptr);
    ~UsageChartView() override;

    void setWallClock(const WallClock &clock);
    // New data: shows all of it.
    void setData(UsageChartData data);
    // Turns the overlay on (non-empty) or off without changing the visible range.
    void setLastYear(UsageView lastYear);
    void setTemperatureUnit(TemperatureUnit unit);
    void clear();
    const UsageChartData &data() const { return m_data; }

    // The visible time range [from, to), real instants in ms.
    QPair<qint64, qint64> visibleRange() const { return { m_from, m_to }; }
    void setVisibleRange(qint64 from, qint64 to);
    QPair<qint64, qint64> fullRange() const { return { m_dataFrom, m_dataTo }; }
    void zoomBy(double factor, double anchor = 0.5); // > 1 zooms in; anchor: 0 left, 1 right
    void panBy(double fraction);                     // of the visible span; > 0 goes later
    void showAll();

    // Points handed to the chart for usage: the largest count given to one usage area (its upper
    // and lower lines together). Bars: 4 per interval; band: one per pixel column for the peaks
    // (drawn light) and one for the floor (solid), each over a two-point zero line.
    int pointsInUsageSeries() const { return m_usagePoints; }
    // Points handed to any single QXYSeries at the last update.
    int largestSeriesPoints() const { return m_largestSeries; }
    bool hasTemperatureAxis() const;
    bool showsBars() const { return m_bars; }
    int plotColumns() const;
    // The read-out for the interval at `ms` ("" outside the data), as a hover would show it.
    QString readoutAt(qint64 ms) const;
    QString readout() const { return m_readout; }

Q_SIGNALS:
    void visibleRangeChanged(qint64 from, qint64 to);
    void readoutChanged(const QString &text);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();
    void scheduleRebuild();
    void recomputeTemperatures();
    qint64 timeAtX(qreal x) const;
    void showReadout(const QPoint &pos, bool tooltip);
    void onAxisRangeChanged(qreal min, qreal max);
    QString rowText(qsizetype row) const;

    int addBand(const QString &name, const QColor &color, std::span<const qint64> x,
                std::span<const double> low, std::span<const double> high, QAbstractAxis *y,
                int columns, qint64 step, int alpha, bool fromZero);
    int addBars(const QString &name, const QColor &color, const std::vector<double> &values,
                double sign, QAbstractAxis *y);
    int addLine(const QString &name, const QColor &color, std::span<const qint64> x,
                std::span<const double> y, QAbstractAxis *axis, int columns, qint64 step,
                Qt::PenStyle style, qreal width, qint64 xOffset = 0);
    void track(double v, bool temperature);
    void addToChart(QAbstractSeries *series, const QString &name, QAbstractAxis *y);
    qint64 rowWidth() const;

    UsageChartData m_data;
    WallClock m_clock;
    TemperatureUnit m_unit = TemperatureUnit::Fahrenheit;
    ChartColors m_colors;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QValueAxis *m_axisT;

    // Temperatures in the chosen unit, by day (x at local noon) and by hour.
    std::vector<qint64> m_dayX;
    std::vector<double> m_dayLow, m_dayHigh, m_dayMean;
    std::vector<double> m_hourly;

    qint64 m_dataFrom = 0;
    qint64 m_dataTo = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_usagePoints = 0;
    int m_columnsUsed = 0;
    int m_largestSeries = 0;
    bool m_bars = false;
    bool m_applying = false;
    bool m_rebuildQueued = false;
    double m_yMin = 0, m_yMax = 0, m_tMin = 0, m_tMax = 0;
    QPoint m_pressPos;
    QString m_readout;
    QSet<QString> m_legendNames; // a series cut at gaps shows in the legend once
    std::vector<double> m_exportNegative; // export drawn below zero
    bool m_hasTemperature = false;
};

} // namespace coopdesk::ui
