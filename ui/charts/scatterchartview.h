#pragma once

#include "chartstyle.h"
#include "models/usageaggregate.h"
#include "ui/common/preferences.h"

#include <QChartView>

class QScatterSeries;
class QValueAxis;

namespace coopdesk::ui {

// The home's energy signature: one dot per day, daily kWh against the day's mean temperature.
// Hovering or clicking a dot reads out its day (readoutChanged(), also a tooltip).
class ScatterChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ScatterChartView(QWidget *parent = nullptr);

    void setPoints(std::vector<SignaturePoint> points);
    void setTemperatureUnit(TemperatureUnit unit);
    void clear() { setPoints({}); }
    const std::vector<SignaturePoint> &points() const { return m_points; }
    int pointsInSeries() const;

Q_SIGNALS:
    void readoutChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void readOut(const QPointF &point, bool state);

    std::vector<SignaturePoint> m_points;
    TemperatureUnit m_unit = TemperatureUnit::Fahrenheit;
    ChartColors m_colors;
    QScatterSeries *m_series;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace coopdesk::ui
