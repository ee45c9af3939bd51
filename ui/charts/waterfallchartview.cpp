#include "waterfallchartview.h"

// Placeholder while issue 5 is written.
namespace coopdesk::ui {

WaterfallChartView::WaterfallChartView(QWidget *parent) : QChartView(parent) {}
void WaterfallChartView::setSteps(const QList<WaterfallStep> &steps, std::function<QString(double)> format)
{
    m_steps = steps;
    m_format = std::move(format);
}
QList<QPair<double, double>> WaterfallChartView::barSpans() const { return {}; }
void WaterfallChartView::changeEvent(QEvent *event) { QChartView::changeEvent(event); }
void WaterfallChartView::rebuild() {}

} // namespace coopdesk::ui
