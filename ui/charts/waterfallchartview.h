#pragma once

#include "chartstyle.h"

#include <QChartView>
#include <QList>
#include <QString>

#include <functional>

namespace coopdesk::ui {

// One bar of a waterfall: a total drawn from zero (the first and the last), or a step that
// floats from the running total (up in the "more" colour, down in the "less" colour).
struct WaterfallStep
{
    QString label;
    double value = 0;
    bool isTotal = false;
};

// "Why did my bill change?" as a waterfall chart: last year's bill, then each part of the change,
// then this bill. The value axis is labelled with `format` (kWh or dollars); each bar carries its
// value as a label. The colours come from the colour-blind-safe palette (chartstyle.h).
class WaterfallChartView : public QChartView
{
    Q_OBJECT
public:
    explicit WaterfallChartView(QWidget *parent = nullptr);

    void setSteps(const QList<WaterfallStep> &steps, std::function<QString(double)> format);
    const QList<WaterfallStep> &steps() const { return m_steps; }
    // Where each bar starts and ends on the value axis, in order (tests, the table twin).
    QList<QPair<double, double>> barSpans() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QList<WaterfallStep> m_steps;
    std::function<QString(double)> m_format;
    ChartColors m_colors;
};

} // namespace coopdesk::ui
