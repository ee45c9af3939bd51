#pragma once

#include "models/usageaggregate.h"
#include "ui/common/membercontext.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace coopdesk {
class UsageTableModel;
}

namespace coopdesk::ui {

class ScatterChartView;
class TaskProgress;
class UsageChartView;

// The Usage screen: a location's usage against temperature over a chosen range and interval, as
// a chart, an energy-signature scatter and a table twin; the same period last year on request;
// export to CSV, PNG and PDF.
//
// Pulls: the meter's native interval (15 or 60 min) for "meter interval" and "hourly" (hourly is
// summed here, per local hour), DAILY for daily, and the portal's MONTHLY answer for billing
// periods (SmartHub's MONTHLY buckets are the location's billing periods). Temperatures come with
// every pull. Long pulls show progress and can be cancelled.
class UsageScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Week, Month, CurrentBill, Year, ThreeYears, Custom };

    UsageScreen(MemberContext &context, QWidget *parent = nullptr);
    ~UsageScreen() override;

    void setResolution(UsageResolution resolution);
    UsageResolution resolution() const;
    void setPreset(Preset preset);
    Preset preset() const;
    // A custom range of local days [from, to] (switches the preset to Custom).
    void setCustomRange(QDate from, QDate to);
    void setLocation(const QString &location);
    QString location() const;
    void setShowLastYear(bool show);
    // The local days [from, to] the current preset means today.
    QPair<QDate, QDate> range() const;

    // Pulls the data again (normally automatic on any change).
    void reload();
    bool isLoading() const;
    void cancel();

    // Export of what is shown: "" on success, else the reason (also reported to the banner).
    QString exportCsv(const QString &path);
    QString exportPng(const QString &path);
    QString exportPdf(const QString &path);

    UsageChartView *chart() const { return m_chart; }
    ScatterChartView *scatter() const { return m_scatter; }
    UsageTableModel *tableModel() const { return m_model; }
    const UsageData &data() const { return m_data; }

Q_SIGNALS:
    // New data is on screen (after every successful pull or a change of interval).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Pull;
    void onAccountChanged();
    void fillLocations();
    void scheduleReload();
    void present();
    void presentLastYear();
    void pullLastYear();
    void clearData();
    UsageRequest requestFor(QDate from, QDate to) const;
    QString title() const;
    static QString readoutHint();
    QString saveFileName(const QString &suffix, const QString &filter);
    void updateSummary();
    void updateUnits();

    MemberContext &m_context;
    QComboBox *m_location;
    QLabel *m_locationLabel;
    QComboBox *m_interval;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_lastYear;
    QPushButton *m_csv;
    QPushButton *m_png;
    QPushButton *m_pdf;
    TaskProgress *m_progress;
    QTabWidget *m_tabs;
    UsageChartView *m_chart;
    QLabel *m_readout;
    ScatterChartView *m_scatter;
    QLabel *m_scatterReadout;
    QTableView *m_table;
    UsageTableModel *m_model;
    QLabel *m_summary;

    UsageData m_data;
    UsageData m_lastYearData;
    TemperatureSeries m_temperatures;
    UsageView m_view;
    QPointer<Task> m_usageTask;
    QPointer<Task> m_temperatureTask;
    QPointer<Task> m_lastYearTask;
    int m_pending = 0;
    quint64 m_generation = 0;
    bool m_dirty = true;
    bool m_reloadQueued = false;
    QString m_loadedKey; // account/location/interval/range of m_data
};

} // namespace coopdesk::ui
