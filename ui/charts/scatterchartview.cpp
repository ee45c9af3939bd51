#include "scatterchartview.h"

#include "ui/common/formatting.h"

#include <QLegend>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace coopdesk::ui {

ScatterChartView::ScatterChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_colors(ChartColors::from(palette()))
    , m_series(new QScatterSeries(this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
{
    setObjectName(QStringLiteral("scatterChart"));
    setAccessibleName(tr("Daily usage against temperature"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    QChart *c = chart();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->hide();
    c->setAnimationOptions(QChart::NoAnimation);
    //: Axis title of the energy-signature scatter
    m_axisY->setTitleText(tr("kWh per day"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_series->setMarkerSize(7);
    c->addSeries(m_series);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    connect(m_series, &QScatterSeries::hovered, this, &ScatterChartView::readOut);
    connect(m_series, &QScatterSeries::clicked, this,
            [this](const QPointF &p) { readOut(p, true); });
    setTemperatureUnit(TemperatureUnit::Fahrenheit);
}

void ScatterChartView::setPoints(std::vector<SignaturePoint> points)
{
    m_points = std::move(points);
    rebuild();
}

void ScatterChartView::setTemperatureUnit(TemperatureUnit unit)
{
    m_unit = unit;
    //: Axis title of the scatter: the day's mean temperature with its unit
    m_axisX->setTitleText(tr("Daily mean temperature (%1)").arg(temperatureUnitSymbol(unit)));
    rebuild();
}

int ScatterChartView::pointsInSeries() const
{
    return int(m_series->count());
}

void ScatterChartView::rebuild()
{
    QList<QPointF> pts;
    pts.reserve(qsizetype(m_points.size()));
    double xMin = 0, xMax = 1, yMax = 1;
    bool first = true;
    for (const SignaturePoint &p : m_points) {
        const double t = toUnit(p.meanF, m_unit);
        pts.append(QPointF(t, p.kwhPerDay));
        xMin = first ? t : std::min(xMin, t);
        xMax = first ? t : std::max(xMax, t);
        yMax = first ? p.kwhPerDay : std::max(yMax, p.kwhPerDay);
        first = false;
    }
    m_series->replace(pts);
    QColor dot = m_colors.usage;
    dot.setAlpha(170);
    m_series->setColor(dot);
    m_series->setBorderColor(m_colors.usage);
    m_axisX->setRange(xMin - 2, xMax + 2);
    m_axisX->applyNiceNumbers();
    m_axisY->setRange(std::min(0.0, yMax), std::max(1.0, yMax * 1.08));
    m_axisY->applyNiceNumbers();
    styleChart(chart(), m_colors);
}

void ScatterChartView::readOut(const QPointF &point, bool state)
{
    if (!state)
        return;
    // The nearest day to the dot the pointer is on.
    const SignaturePoint *best = nullptr;
    double bestD = 0;
    for (const SignaturePoint &p : m_points) {
        const double d = std::hypot(toUnit(p.meanF, m_unit) - point.x(), p.kwhPerDay - point.y());
        if (!best || d < bestD) {
            best = &p;
            bestD = d;
        }
    }
    if (!best)
        return;
    const QLocale locale;
    //: Scatter read-out: "<date>: <kWh>, <mean temperature>"
    const QString text = tr("%1: %2, %3")
                                 .arg(locale.toString(best->day, QLocale::ShortFormat),
                                      formatKwh(best->kwhPerDay, locale),
                                      formatTemperature(best->meanF, m_unit, locale));
    Q_EMIT readoutChanged(text);
    QToolTip::showText(QCursor::pos(), text, this);
}

void ScatterChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_colors = ChartColors::from(palette());
        rebuild();
    }
    QChartView::changeEvent(event);
}

} // namespace coopdesk::ui
