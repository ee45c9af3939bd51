#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QAbstractAxis;

namespace coopdesk::ui {

// Colours of the usage charts: the Okabe-Ito set (told apart with every common colour-vision
// deficiency), lighter variants on a dark window, axes and text from the widget's palette.
struct ChartColors
{
    QColor usage;       // import / usage: blue
    QColor exported;    // export to the grid: bluish green
    QColor net;         // net line: the text colour
    QColor lastYear;    // same period last year: reddish purple
    QColor temperature; // vermillion
    QColor text;
    QColor grid;
    QColor background;

    static ChartColors from(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

// Applies the palette to a chart's background, legend and title (series keep their own colours).
void styleChart(QChart *chart, const ChartColors &colors);
void styleAxis(QAbstractAxis *axis, const ChartColors &colors);

} // namespace coopdesk::ui
