#pragma once

#include "ui/common/membercontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace coopdesk::ui {

class BillChangePanel;
class MarkersPanel;
class ScatterChartView;
class TaskProgress;

// Insights for one service location, from LocationInsights: the energy signature (daily kWh
// against mean temperature with the fitted change-point model over it, baseload, balance points,
// slopes, R², CV(RMSE) and the verdict in plain words), why a bill changed, the anomalous days
// (a click opens that day on the usage chart), the forecast of the open bill with its band, and
// the member's usage markers.
class InsightsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit InsightsScreen(MemberContext &context, QWidget *parent = nullptr);

    void setLocation(const QString &location);
    QString location() const;
    void reload();
    bool isLoading() const;

    ScatterChartView *signature() const { return m_signature; }
    BillChangePanel *billChange() const { return m_billChange; }
    MarkersPanel *markers() const { return m_markers; }
    QTableWidget *anomalies() const { return m_anomalies; }
    // The texts shown (tests, screen readers).
    QString verdictText() const;
    QString modelText() const;
    QString forecastText() const;

Q_SIGNALS:
    void loaded();
    // Show `day` of `location` on the usage chart.
    void openDayRequested(const QString &location, const QDate &day);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onAccountChanged();
    void present();
    MemberContext &m_context;
    QComboBox *m_location;
    TaskProgress *m_progress;
    ScatterChartView *m_signature;
    QLabel *m_verdict;
    QLabel *m_model;
    QLabel *m_forecast;
    QTableWidget *m_anomalies;
    BillChangePanel *m_billChange;
    MarkersPanel *m_markers;
};

} // namespace coopdesk::ui
