#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace coopdesk::ui {

bool ChartColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

ChartColors ChartColors::from(const QPalette &palette)
{
    const bool dark = isDark(palette);
    ChartColors c;
    c.usage = dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
    c.exported = QColor(0x00, 0x9E, 0x73);
    c.net = palette.color(QPalette::WindowText);
    c.lastYear = QColor(0xCC, 0x79, 0xA7);
    c.temperature = dark ? QColor(0xF0, 0x8A, 0x4B) : QColor(0xD5, 0x5E, 0x00);
    c.text = palette.color(QPalette::WindowText);
    c.grid = palette.color(QPalette::Mid);
    c.grid.setAlpha(110);
    c.background = palette.color(QPalette::Base);
    return c;
}

void styleChart(QChart *chart, const ChartColors &colors)
{
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(colors.text);
    chart->legend()->setLabelColor(colors.text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis, colors);
}

void styleAxis(QAbstractAxis *axis, const ChartColors &colors)
{
    axis->setLabelsBrush(colors.text);
    axis->setTitleBrush(colors.text);
    axis->setGridLineColor(colors.grid);
    axis->setLinePenColor(colors.grid);
    axis->setMinorGridLineColor(colors.grid);
}

} // namespace coopdesk::ui
