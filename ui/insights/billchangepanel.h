#pragma once

#include "models/analysis/billchange.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QRadioButton;

namespace coopdesk::ui {

struct LocationAnalysis;
class WaterfallChartView;

// "Why did my bill change?": two bills of the location (by default the latest and the same bill
// a year earlier; any two can be picked), the change split into weather, billing days, the
// member's own use (and, in dollars, price and other charges), as a waterfall in kWh or dollars
// and one plain sentence. The model is fitted on the 365 days before the later bill ends.
class BillChangePanel : public QWidget
{
    Q_OBJECT
public:
    explicit BillChangePanel(QWidget *parent = nullptr);

    // The location's bills, days and weather; null empties the panel.
    void setAnalysis(const LocationAnalysis *analysis);
    // Compares two periods of analysis->periods (earlier, later).
    void compare(qsizetype before, qsizetype after);
    void setShowDollars(bool dollars);
    bool showsDollars() const;

    const std::optional<analysis::BillChange> &change() const { return m_change; }
    // The one-sentence explanation shown under the chart ("" when nothing is compared), or why
    // no comparison is possible.
    QString sentence() const;
    WaterfallChartView *chart() const { return m_chart; }

Q_SIGNALS:
    void changed();

private:
    void recompute();
    void present();
    const LocationAnalysis *m_analysis = nullptr;
    QComboBox *m_before;
    QComboBox *m_after;
    QRadioButton *m_kwh;
    QRadioButton *m_dollars;
    WaterfallChartView *m_chart;
    QLabel *m_sentence;
    std::optional<analysis::BillChange> m_change;
};

} // namespace coopdesk::ui
